// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageChannelEventError } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a AdvancedMessageChannelEventError, reporting every error.
*
* An error reported by the messaging channel (the spec's AcsMessageChannelEventError; the docs' ChannelEventError).
*/
export declare function validateAdvancedMessageChannelEventError(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageChannelEventError>;
/**
* Whether a value is a valid AdvancedMessageChannelEventError.
*
* An error reported by the messaging channel (the spec's AcsMessageChannelEventError; the docs' ChannelEventError).
*/
export declare function isAdvancedMessageChannelEventError(value: unknown): value is AdvancedMessageChannelEventError;
declare function $isAdvancedMessageChannelEventError(v: unknown, s: boolean): boolean;
declare function $checkAdvancedMessageChannelEventError(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isAdvancedMessageChannelEventError, $checkAdvancedMessageChannelEventError };
