// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { ChatMessageInThreadEventBase } from "../../types.js";
import { type ValidateOptions, type ValidationError, type ValidationResult } from "../../support/validation.js";
/**
* Validates a ChatMessageInThreadEventBase, reporting every error.
*
* The properties every thread-level chat message event carries (the spec's AcsChatMessageEventInThreadBaseProperties): the thread, the message and its sender. Used by the spec-only ChatAzureBotCommandReceivedInThread and ChatTypingIndicatorReceivedInThread; ChatMessageReceivedInThread, ChatMessageEditedInThread and ChatMessageDeletedInThread (curated from the 2021 docs) write the same properties out, with the stricter requiredness their samples show.
*/
export declare function validateChatMessageInThreadEventBase(value: unknown, options?: ValidateOptions): ValidationResult<ChatMessageInThreadEventBase>;
/**
* Whether a value is a valid ChatMessageInThreadEventBase.
*
* The properties every thread-level chat message event carries (the spec's AcsChatMessageEventInThreadBaseProperties): the thread, the message and its sender. Used by the spec-only ChatAzureBotCommandReceivedInThread and ChatTypingIndicatorReceivedInThread; ChatMessageReceivedInThread, ChatMessageEditedInThread and ChatMessageDeletedInThread (curated from the 2021 docs) write the same properties out, with the stricter requiredness their samples show.
*/
export declare function isChatMessageInThreadEventBase(value: unknown): value is ChatMessageInThreadEventBase;
declare function $isChatMessageInThreadEventBase(v: unknown, s: boolean): boolean;
declare function $checkChatMessageInThreadEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void;
export { $isChatMessageInThreadEventBase, $checkChatMessageInThreadEventBase };
