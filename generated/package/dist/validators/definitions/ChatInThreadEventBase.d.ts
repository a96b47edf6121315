// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatInThreadEventBase } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a ChatInThreadEventBase, reporting every error.
*
* The properties every thread-level chat event carries (the spec's AcsChatEventInThreadBaseProperties): the thread and the transaction. The thread-level events curated from the 2021 docs write these properties out instead of extending this base.
*/
export declare function validateChatInThreadEventBase(value: unknown, options?: ValidateOptions): ValidationResult<ChatInThreadEventBase>;
/**
* Whether a value is a valid ChatInThreadEventBase.
*
* The properties every thread-level chat event carries (the spec's AcsChatEventInThreadBaseProperties): the thread and the transaction. The thread-level events curated from the 2021 docs write these properties out instead of extending this base.
*/
export declare function isChatInThreadEventBase(value: unknown): value is ChatInThreadEventBase;
declare function $isChatInThreadEventBase(v: unknown, s: boolean): boolean;
declare function $checkChatInThreadEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isChatInThreadEventBase, $checkChatInThreadEventBase };
