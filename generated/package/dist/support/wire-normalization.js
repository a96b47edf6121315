// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { $at } from "./validation.js";
const DIGIT_STRING = /^(0|[1-9][0-9]{0,14})$/;
const DOTNET_DATE_TIME = /^[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{4} [0-9]{1,2}:[0-9]{2}:[0-9]{2} [AP]M [+-][0-9]{2}:[0-9]{2}$/;
function ownValue(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : void 0;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function rewritten(object, from, to, value) {
  const copy = {};
  const put = (key, v) => Object.defineProperty(copy, key, { value: v, enumerable: true, writable: true, configurable: true });
  for (const key of Object.keys(object))
    put(key === from ? to : key, key === from ? value : ownValue(object, key));
  return copy;
}
function $wireForms(value, forms, strict, errors, normalized) {
  let result = value;
  for (const form of forms) result = applyForm(result, form, strict, errors, normalized);
  return result;
}
function applyForm(root, form, strict, errors, normalized) {
  const chain = [];
  let node = root;
  let at = "";
  for (const step of form.parent) {
    if (!isObject(node)) return root;
    chain.push(node);
    node = ownValue(node, step);
    at = $at(at, step);
  }
  if (!isObject(node)) return root;
  const fix = `(erratum ${form.erratum})`;
  let from;
  let replacement;
  let change;
  if (form.published === "dotnet-date-time") {
    const published = ownValue(node, form.name);
    if (typeof published === "string" && DOTNET_DATE_TIME.test(published))
      errors.push({
        path: $at(at, form.name),
        message: `is a .NET date, a documentation error ${fix}: write an RFC 3339 date-time, e.g. "2007-03-28T19:13:50+00:00"`,
        expected: "date-time",
        received: JSON.stringify(published)
      });
    return root;
  }
  if (form.published === "digit-string") {
    const published = ownValue(node, form.name);
    if (typeof published !== "string" || !DIGIT_STRING.test(published)) return root;
    const path = $at(at, form.name);
    if (form.decision === "doc-error") {
      errors.push({
        path,
        message: `is a digit string, a documentation error ${fix}: write the number ${published}`,
        expected: "integer",
        received: "string"
      });
      return root;
    }
    if (strict)
      errors.push({
        path,
        message: `is a digit string, a documented variant of an integer ${fix}: rejected in strict mode`,
        expected: "integer",
        received: "string"
      });
    from = form.name;
    replacement = Number(published);
    change = { erratum: form.erratum, path, kind: "value", from: published, to: replacement };
  } else {
    from = form.published.name;
    replacement = ownValue(node, from);
    if (replacement === void 0) return root;
    const path = $at(at, from);
    const expected = JSON.stringify(form.name);
    if (form.decision === "doc-error") {
      errors.push({
        path,
        message: `is a documentation error ${fix}: did you mean \`${form.name}\`?`,
        expected,
        received: JSON.stringify(from)
      });
      return root;
    }
    if (ownValue(node, form.name) !== void 0) {
      errors.push({
        path,
        message: `is a documented variant of \`${form.name}\` ${fix}, which is present too: send one of them`,
        expected: "one of the two",
        received: "both"
      });
      return root;
    }
    if (strict)
      errors.push({
        path,
        message: `is a documented variant of \`${form.name}\` ${fix}: rejected in strict mode`,
        expected,
        received: JSON.stringify(from)
      });
    change = { erratum: form.erratum, path: $at(at, form.name), kind: "name", from, to: form.name };
  }
  normalized.push(change);
  let copy = rewritten(node, from, form.name, replacement);
  for (let i = chain.length - 1; i >= 0; i--)
    copy = rewritten(chain[i], form.parent[i], form.parent[i], copy);
  return copy;
}
export {
  $wireForms
};
