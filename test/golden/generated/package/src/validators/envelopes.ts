// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { CloudEvent, EventGridEvent } from '../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isDateTimeProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../support/validation.js';

/**
 * Validates an Event Grid envelope, reporting every error.
 *
 * An event in the Event Grid schema: id, subject, eventType, eventTime (RFC 3339), data and dataVersion are required; topic and metadataVersion are optional strings. `data` is not checked here: use dataValidators[eventType].
 */
export function validateEventGridEvent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<EventGridEvent> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkEventGridEvent(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as EventGridEvent }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid Event Grid envelope.
 *
 * An event in the Event Grid schema: id, subject, eventType, eventTime (RFC 3339), data and dataVersion are required; topic and metadataVersion are optional strings. `data` is not checked here: use dataValidators[eventType].
 */
export function isEventGridEvent(value: unknown): value is EventGridEvent {
  try {
    return $isEventGridEvent(value, false);
  } catch {
    return false;
  }
}

function $isEventGridEvent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'id', v['id'])) return false;
  if (!$isStringProperty(v, 'topic', v['topic'], true)) return false;
  if (!$isStringProperty(v, 'subject', v['subject'])) return false;
  if (!$isStringProperty(v, 'eventType', v['eventType'])) return false;
  if (!$isDateTimeProperty(v, 'eventTime', v['eventTime'])) return false;
  const v1 = v['data'];
  if (!$own(v, 'data', v1)) return false;
  if (!$isStringProperty(v, 'dataVersion', v['dataVersion'])) return false;
  if (!$isStringProperty(v, 'metadataVersion', v['metadataVersion'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'id',
        'topic',
        'subject',
        'eventType',
        'eventTime',
        'data',
        'dataVersion',
        'metadataVersion',
      ])
    )
      return false;
  }
  return true;
}

function $checkEventGridEvent(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'id', v['id']);
    $checkStringProperty(e, p, v, 'topic', v['topic'], true);
    $checkStringProperty(e, p, v, 'subject', v['subject']);
    $checkStringProperty(e, p, v, 'eventType', v['eventType']);
    $checkDateTimeProperty(e, p, v, 'eventTime', v['eventTime']);
    const v1 = v['data'];
    $has(e, p, v, 'data', v1, 'any');
    $checkStringProperty(e, p, v, 'dataVersion', v['dataVersion']);
    $checkStringProperty(e, p, v, 'metadataVersion', v['metadataVersion'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'id',
        'topic',
        'subject',
        'eventType',
        'eventTime',
        'data',
        'dataVersion',
        'metadataVersion',
      ]);
    }
  }
}

/**
 * Validates a CloudEvents 1.0 envelope, reporting every error.
 *
 * An event in the CloudEvents 1.0 JSON format: specversion "1.0", id, source and type are required; subject, datacontenttype and dataschema are optional strings, time an optional RFC 3339 date-time, data anything. `data` is not checked here: use dataValidators[type].
 */
export function validateCloudEvent(value: unknown, options?: ValidateOptions): ValidationResult<CloudEvent> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkCloudEvent(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as CloudEvent }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid CloudEvents 1.0 envelope.
 *
 * An event in the CloudEvents 1.0 JSON format: specversion "1.0", id, source and type are required; subject, datacontenttype and dataschema are optional strings, time an optional RFC 3339 date-time, data anything. `data` is not checked here: use dataValidators[type].
 */
export function isCloudEvent(value: unknown): value is CloudEvent {
  try {
    return $isCloudEvent(value, false);
  } catch {
    return false;
  }
}

function $isCloudEvent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v1 = v['specversion'];
  if (!$own(v, 'specversion', v1)) return false;
  if (typeof v1 !== 'string') return false;
  if (v1 !== '1.0') return false;
  if (!$isStringProperty(v, 'id', v['id'])) return false;
  if (!$isStringProperty(v, 'source', v['source'])) return false;
  if (!$isStringProperty(v, 'type', v['type'])) return false;
  if (!$isStringProperty(v, 'subject', v['subject'], true)) return false;
  if (!$isDateTimeProperty(v, 'time', v['time'], true)) return false;
  if (!$isStringProperty(v, 'datacontenttype', v['datacontenttype'], true)) return false;
  if (!$isStringProperty(v, 'dataschema', v['dataschema'], true)) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'specversion',
        'id',
        'source',
        'type',
        'subject',
        'time',
        'datacontenttype',
        'dataschema',
        'data',
      ])
    )
      return false;
  }
  return true;
}

function $checkCloudEvent(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const v1 = v['specversion'];
    if ($has(e, p, v, 'specversion', v1, '"1.0"')) {
      if (typeof v1 !== 'string') {
        $fail(e, p + '/specversion', 'must be a string', 'string', $type(v1));
      } else {
        if (v1 !== '1.0') {
          $fail(e, p + '/specversion', 'must be "1.0"', '"1.0"', $show(v1));
        }
      }
    }
    $checkStringProperty(e, p, v, 'id', v['id']);
    $checkStringProperty(e, p, v, 'source', v['source']);
    $checkStringProperty(e, p, v, 'type', v['type']);
    $checkStringProperty(e, p, v, 'subject', v['subject'], true);
    $checkDateTimeProperty(e, p, v, 'time', v['time'], true);
    $checkStringProperty(e, p, v, 'datacontenttype', v['datacontenttype'], true);
    $checkStringProperty(e, p, v, 'dataschema', v['dataschema'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'specversion',
        'id',
        'source',
        'type',
        'subject',
        'time',
        'datacontenttype',
        'dataschema',
        'data',
      ]);
    }
  }
}
