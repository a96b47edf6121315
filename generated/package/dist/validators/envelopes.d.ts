// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CloudEvent, EventGridEvent } from "../types.js";
import { type ValidateOptions, type ValidationResult } from "../support/validation.js";
/**
* Validates an Event Grid envelope, reporting every error.
*
* An event in the Event Grid schema: id, subject, eventType, eventTime (RFC 3339), data and dataVersion are required; topic and metadataVersion are optional strings. `data` is not checked here: use dataValidators[eventType].
*/
export declare function validateEventGridEvent(value: unknown, options?: ValidateOptions): ValidationResult<EventGridEvent>;
/**
* Whether a value is a valid Event Grid envelope.
*
* An event in the Event Grid schema: id, subject, eventType, eventTime (RFC 3339), data and dataVersion are required; topic and metadataVersion are optional strings. `data` is not checked here: use dataValidators[eventType].
*/
export declare function isEventGridEvent(value: unknown): value is EventGridEvent;
/**
* Validates a CloudEvents 1.0 envelope, reporting every error.
*
* An event in the CloudEvents 1.0 JSON format: specversion "1.0", id, source and type are required; subject, datacontenttype and dataschema are optional strings, time an optional RFC 3339 date-time, data anything. `data` is not checked here: use dataValidators[type].
*/
export declare function validateCloudEvent(value: unknown, options?: ValidateOptions): ValidationResult<CloudEvent>;
/**
* Whether a value is a valid CloudEvents 1.0 envelope.
*
* An event in the CloudEvents 1.0 JSON format: specversion "1.0", id, source and type are required; subject, datacontenttype and dataschema are optional strings, time an optional RFC 3339 date-time, data anything. `data` is not checked here: use dataValidators[type].
*/
export declare function isCloudEvent(value: unknown): value is CloudEvent;
