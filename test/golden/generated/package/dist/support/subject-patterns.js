// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { hasOwn } from "./plain-data.js";
function splitSubject(subject) {
  return (subject.startsWith("/") ? subject.slice(1) : subject).split("/");
}
function matchPattern(pattern, actual) {
  const expected = splitSubject(pattern);
  if (expected.length !== actual.length) return void 0;
  const values = {};
  for (let i = 0; i < expected.length; i++) {
    const segment = expected[i];
    const part = actual[i];
    if (segment.startsWith("{")) {
      if (part === "") return void 0;
      values[segment.slice(1, -1)] = part;
    } else if (segment.toLowerCase() !== part.toLowerCase()) {
      return void 0;
    }
  }
  return values;
}
function matchSubject(patterns, subject) {
  if (typeof subject !== "string") return void 0;
  const parts = splitSubject(subject);
  for (const pattern of patterns) {
    const values = matchPattern(pattern, parts);
    if (values) return values;
  }
  return void 0;
}
function transformSegment(value, transform) {
  return transform === "digits" ? value.replace(/[^0-9]/g, "") : value;
}
function formatPattern(pattern, parameters, transforms = {}) {
  const values = parameters;
  return pattern.replace(/\{([A-Za-z]+)\}/g, (_, name) => {
    const given = hasOwn(values, name) ? values[name] : void 0;
    const transform = hasOwn(transforms, name) ? transforms[name] : void 0;
    const value = typeof given === "string" ? transformSegment(given, transform) : given;
    if (typeof value !== "string" || value === "" || value.includes("/")) {
      throw new RangeError(
        `subject parameter "${name}" must be a non-empty string without "/", got ${JSON.stringify(given)}`
      );
    }
    return value;
  });
}
export {
  formatPattern,
  matchPattern,
  matchSubject,
  splitSubject,
  transformSegment
};
