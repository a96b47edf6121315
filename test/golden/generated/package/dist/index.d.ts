// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
export * from "./filter.js";
export * from "./parse.js";
export * from "./subjects.js";
export * from "./types.js";
export * from "./validators.js";
