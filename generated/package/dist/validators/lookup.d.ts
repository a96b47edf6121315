// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsEventDataMap, AcsEventType } from "../types.js";
import { type ValidateOptions, type ValidationResult } from "../support/validation.js";
/** The data validator of every event type. */
export declare const dataValidators: { readonly [K in AcsEventType]: (value: unknown, options?: ValidateOptions) => ValidationResult<AcsEventDataMap[K]> };
/** The data type guard of every event type. */
export declare const dataGuards: { readonly [K in AcsEventType]: (value: unknown) => value is AcsEventDataMap[K] };
