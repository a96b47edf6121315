// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AdvancedMessageEventBase } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a AdvancedMessageEventBase, reporting every error.
*
* The properties every Advanced Messaging event carries (the spec's AcsMessageEventData, whose description "Schema of common properties of all chat thread events" is pasted from chat): who sent the message, who received it, when, on which channel, and the channel's error if any. `channelType` is declared by each of the spec's event definitions rather than by its base; every docs table and sample gives it, so it is stated once here.
*/
export declare function validateAdvancedMessageEventBase(value: unknown, options?: ValidateOptions): ValidationResult<AdvancedMessageEventBase>;
/**
* Whether a value is a valid AdvancedMessageEventBase.
*
* The properties every Advanced Messaging event carries (the spec's AcsMessageEventData, whose description "Schema of common properties of all chat thread events" is pasted from chat): who sent the message, who received it, when, on which channel, and the channel's error if any. `channelType` is declared by each of the spec's event definitions rather than by its base; every docs table and sample gives it, so it is stated once here.
*/
export declare function isAdvancedMessageEventBase(value: unknown): value is AdvancedMessageEventBase;
declare function $isAdvancedMessageEventBase(v: unknown, s: boolean): boolean;
declare function $checkAdvancedMessageEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isAdvancedMessageEventBase, $checkAdvancedMessageEventBase };
