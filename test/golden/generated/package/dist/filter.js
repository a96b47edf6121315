// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
function matchesFilter(event, filter) {
  try {
    return isRecord(event) && isRecord(filter) && matchesAll(event, filter);
  } catch {
    return false;
  }
}
function matchesAll(event, filter) {
  const cloud = typeof ownValue(event, "specversion") === "string";
  return matchesEventTypes(
    ownValue(event, cloud ? "type" : "eventType"),
    ownValue(filter, "includedEventTypes")
  ) && matchesSubject(ownValue(event, "subject"), filter) && matchesAdvancedFilters(event, cloud, filter);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function ownValue(object, key) {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  return descriptor !== void 0 && "value" in descriptor ? descriptor.value : void 0;
}
function lookup(object, key) {
  const exact = ownValue(object, key);
  if (exact !== void 0) return exact;
  const wanted = key.toLowerCase();
  const found = Object.keys(object).find((candidate) => candidate.toLowerCase() === wanted);
  return found === void 0 ? void 0 : ownValue(object, found);
}
function matchesEventTypes(eventType, included) {
  if (included === void 0 || included === null) return true;
  if (!Array.isArray(included)) return false;
  if (included.length === 0) return true;
  return typeof eventType === "string" && included.some((type) => equalsIgnoringCase(type, eventType));
}
function equalsIgnoringCase(a, b) {
  return typeof a === "string" && a.toLowerCase() === b.toLowerCase();
}
function matchesSubject(subject, filter) {
  const beginsWith = optionalString(ownValue(filter, "subjectBeginsWith"));
  const endsWith = optionalString(ownValue(filter, "subjectEndsWith"));
  if (beginsWith === void 0 || endsWith === void 0) return false;
  if (beginsWith === "" && endsWith === "") return true;
  if (typeof subject !== "string") return false;
  const fold = ownValue(filter, "isSubjectCaseSensitive") === true ? (s) => s : (s) => s.toLowerCase();
  const folded = fold(subject);
  return folded.startsWith(fold(beginsWith)) && folded.endsWith(fold(endsWith));
}
function optionalString(value) {
  if (value === void 0 || value === null) return "";
  return typeof value === "string" ? value : void 0;
}
function matchesAdvancedFilters(event, cloud, filter) {
  const filters = ownValue(filter, "advancedFilters");
  if (filters === void 0 || filters === null) return true;
  if (!Array.isArray(filters)) return false;
  const arrays = ownValue(filter, "enableAdvancedFilteringOnArrays") === true;
  return filters.every((advanced) => matchesAdvancedFilter(event, cloud, advanced, arrays));
}
function matchesAdvancedFilter(event, cloud, advanced, arrays) {
  if (!isRecord(advanced)) return false;
  const operator = ownValue(advanced, "operatorType");
  const segments = keySegments(ownValue(advanced, "key"));
  if (typeof operator !== "string" || segments === void 0) return false;
  const value = resolve(event, segments, cloud);
  const presence = PRESENCE.get(operator);
  if (presence !== void 0) return presence(value);
  const rule2 = RULES.get(operator);
  const operands = readOperands(advanced);
  if (rule2 === void 0 || operands === void 0 || !operands.every(rule2.accepts)) return false;
  return applyRule(rule2, value, operands, arrays);
}
const MAX_KEY_SEGMENTS = 10;
function keySegments(key) {
  if (typeof key !== "string") return void 0;
  const segments = key.split(".", MAX_KEY_SEGMENTS + 1);
  const valid = segments.length <= MAX_KEY_SEGMENTS && segments.every((segment) => segment !== "");
  return valid ? segments : void 0;
}
const CLOUD_EVENT_ALIASES = /* @__PURE__ */ new Map([
  ["eventid", "id"],
  ["eventtype", "type"]
]);
function resolve(event, segments, cloud) {
  const [head = "", ...rest] = segments;
  let current = lookup(event, cloud ? CLOUD_EVENT_ALIASES.get(head.toLowerCase()) ?? head : head);
  for (const segment of rest) {
    if (!isRecord(current)) return void 0;
    current = lookup(current, segment);
  }
  return current;
}
const PRESENCE = /* @__PURE__ */ new Map([
  ["IsNullOrUndefined", (value) => value === void 0 || value === null],
  ["IsNotNull", (value) => value !== void 0 && value !== null]
]);
function readOperands(advanced) {
  const values = ownValue(advanced, "values");
  const value = ownValue(advanced, "value");
  const operands = Array.isArray(values) ? values : value === void 0 ? [] : [value];
  return operands.length > 0 ? operands : void 0;
}
function applyRule(rule2, value, operands, arrays) {
  if (Array.isArray(value) && !arrays) return false;
  const candidates = Array.isArray(value) ? value : [value];
  const hit = candidates.some((candidate) => operands.some((operand) => rule2.hits(candidate, operand)));
  return rule2.negated ? !hit : hit;
}
function isNumber(value) {
  return typeof value === "number" && !Number.isNaN(value);
}
function isString(value) {
  return typeof value === "string";
}
function isBoolean(value) {
  return typeof value === "boolean";
}
function isRange(value) {
  return Array.isArray(value) && value.length === 2 && isNumber(value[0]) && isNumber(value[1]);
}
function numbers(compare) {
  return (value, operand) => isNumber(value) && isNumber(operand) && compare(value, operand);
}
function strings(compare) {
  return (value, operand) => isString(value) && isString(operand) && compare(value.toLowerCase(), operand.toLowerCase());
}
const inRange = (value, operand) => isNumber(value) && isRange(operand) && operand[0] <= value && value <= operand[1];
const sameBoolean = (value, operand) => isBoolean(value) && value === operand;
function rule(negated, accepts, hits) {
  return { negated, accepts, hits };
}
const RULES = /* @__PURE__ */ new Map([
  [
    "NumberIn",
    rule(
      false,
      isNumber,
      numbers((v, o) => v === o)
    )
  ],
  [
    "NumberNotIn",
    rule(
      true,
      isNumber,
      numbers((v, o) => v === o)
    )
  ],
  [
    "NumberLessThan",
    rule(
      false,
      isNumber,
      numbers((v, o) => v < o)
    )
  ],
  [
    "NumberGreaterThan",
    rule(
      false,
      isNumber,
      numbers((v, o) => v > o)
    )
  ],
  [
    "NumberLessThanOrEquals",
    rule(
      false,
      isNumber,
      numbers((v, o) => v <= o)
    )
  ],
  [
    "NumberGreaterThanOrEquals",
    rule(
      false,
      isNumber,
      numbers((v, o) => v >= o)
    )
  ],
  ["NumberInRange", rule(false, isRange, inRange)],
  ["NumberNotInRange", rule(true, isRange, inRange)],
  ["BoolEquals", rule(false, isBoolean, sameBoolean)],
  [
    "StringContains",
    rule(
      false,
      isString,
      strings((v, o) => v.includes(o))
    )
  ],
  [
    "StringNotContains",
    rule(
      true,
      isString,
      strings((v, o) => v.includes(o))
    )
  ],
  [
    "StringBeginsWith",
    rule(
      false,
      isString,
      strings((v, o) => v.startsWith(o))
    )
  ],
  [
    "StringNotBeginsWith",
    rule(
      true,
      isString,
      strings((v, o) => v.startsWith(o))
    )
  ],
  [
    "StringEndsWith",
    rule(
      false,
      isString,
      strings((v, o) => v.endsWith(o))
    )
  ],
  [
    "StringNotEndsWith",
    rule(
      true,
      isString,
      strings((v, o) => v.endsWith(o))
    )
  ],
  [
    "StringIn",
    rule(
      false,
      isString,
      strings((v, o) => v === o)
    )
  ],
  [
    "StringNotIn",
    rule(
      true,
      isString,
      strings((v, o) => v === o)
    )
  ]
]);
const OPERATORS = [...PRESENCE.keys(), ...RULES.keys()];
function validateFilter(value) {
  const problems = [];
  try {
    checkFilter(value, problems);
  } catch {
    problems.push({ path: "", message: "the filter could not be read" });
  }
  return problems.length === 0 ? { ok: true, filter: value } : { ok: false, problems };
}
function checkFilter(value, problems) {
  const problem = (path, message) => problems.push({ path, message });
  if (!isRecord(value)) return void problem("", "a filter is a JSON object");
  const types = ownValue(value, "includedEventTypes");
  if (types !== void 0 && types !== null && !(Array.isArray(types) && types.every(isString)))
    problem("includedEventTypes", "must be an array of event type strings");
  for (const name of ["subjectBeginsWith", "subjectEndsWith"])
    if (optionalString(ownValue(value, name)) === void 0) problem(name, "must be a string");
  for (const name of ["isSubjectCaseSensitive", "enableAdvancedFilteringOnArrays"]) {
    const flag = ownValue(value, name);
    if (flag !== void 0 && flag !== null && !isBoolean(flag)) problem(name, "must be a boolean");
  }
  const filters = ownValue(value, "advancedFilters");
  if (filters === void 0 || filters === null) return;
  if (!Array.isArray(filters)) return void problem("advancedFilters", "must be an array");
  filters.forEach(
    (advanced, index) => checkAdvancedFilter(advanced, `advancedFilters[${index}]`, problem)
  );
}
function checkAdvancedFilter(advanced, at, problem) {
  if (!isRecord(advanced)) return problem(at, "an advanced filter is a JSON object");
  if (keySegments(ownValue(advanced, "key")) === void 0)
    problem(`${at}.key`, `must be a dotted key of 1 to ${MAX_KEY_SEGMENTS} non-empty segments`);
  const operator = ownValue(advanced, "operatorType");
  if (typeof operator !== "string") return problem(`${at}.operatorType`, "must be a string");
  if (PRESENCE.has(operator)) return;
  const rule2 = RULES.get(operator);
  if (rule2 === void 0) return problem(`${at}.operatorType`, unknownOperator(operator));
  const operands = readOperands(advanced);
  if (operands === void 0) problem(at, `${operator} needs an operand: "value" or a non-empty "values"`);
  else if (!operands.every(rule2.accepts)) problem(at, `an operand of ${operator} has the wrong type`);
}
function unknownOperator(operator) {
  const folded = operator.toLowerCase();
  const near = OPERATORS.find((known) => known.toLowerCase() === folded) ?? OPERATORS.find(
    (known) => known.toLowerCase().startsWith(folded) || folded.startsWith(known.toLowerCase())
  );
  const hint = near === void 0 ? `; known: ${OPERATORS.join(", ")}` : ` (did you mean "${near}"?)`;
  return `unknown operator type "${operator}": it would match nothing${hint}`;
}
export {
  matchesFilter,
  validateFilter
};
