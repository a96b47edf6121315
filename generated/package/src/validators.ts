// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type {
  AcsAdvancedMessageAnalysisCompletedEventData,
  AcsAdvancedMessageDeliveryStatusUpdatedEventData,
  AcsAdvancedMessageReceivedEventData,
  AcsCallEndedEventData,
  AcsCallParticipantAddedEventData,
  AcsCallParticipantRemovedEventData,
  AcsCallStartedEventData,
  AcsChatAzureBotCommandReceivedInThreadEventData,
  AcsChatMemberAddedToThreadWithUserEventData,
  AcsChatMemberRemovedFromThreadWithUserEventData,
  AcsChatMessageDeletedEventData,
  AcsChatMessageDeletedInThreadEventData,
  AcsChatMessageEditedEventData,
  AcsChatMessageEditedInThreadEventData,
  AcsChatMessageReceivedEventData,
  AcsChatMessageReceivedInThreadEventData,
  AcsChatParticipantAddedToThreadWithUserEventData,
  AcsChatParticipantRemovedFromThreadWithUserEventData,
  AcsChatThreadCreatedEventData,
  AcsChatThreadCreatedWithUserEventData,
  AcsChatThreadDeletedEventData,
  AcsChatThreadParticipantAddedEventData,
  AcsChatThreadParticipantRemovedEventData,
  AcsChatThreadPropertiesUpdatedEventData,
  AcsChatThreadPropertiesUpdatedPerUserEventData,
  AcsChatThreadWithUserDeletedEventData,
  AcsChatTypingIndicatorReceivedInThreadEventData,
  AcsEmailDeliveryReportReceivedEventData,
  AcsEmailEngagementTrackingReportReceivedEventData,
  AcsEventDataMap,
  AcsEventType,
  AcsIncomingCallEventData,
  AcsInstantMessageDeletedEventData,
  AcsInstantMessageEditedEventData,
  AcsInstantMessageReceivedEventData,
  AcsRecordingFileStatusUpdatedEventData,
  AcsRouterJobCancelledEventData,
  AcsRouterJobClassificationFailedEventData,
  AcsRouterJobClassifiedEventData,
  AcsRouterJobClosedEventData,
  AcsRouterJobCompletedEventData,
  AcsRouterJobDeletedEventData,
  AcsRouterJobExceptionTriggeredEventData,
  AcsRouterJobQueuedEventData,
  AcsRouterJobReceivedEventData,
  AcsRouterJobSchedulingFailedEventData,
  AcsRouterJobUnassignedEventData,
  AcsRouterJobWaitingForActivationEventData,
  AcsRouterJobWorkerSelectorsExpiredEventData,
  AcsRouterWorkerDeletedEventData,
  AcsRouterWorkerDeregisteredEventData,
  AcsRouterWorkerOfferAcceptedEventData,
  AcsRouterWorkerOfferDeclinedEventData,
  AcsRouterWorkerOfferExpiredEventData,
  AcsRouterWorkerOfferIssuedEventData,
  AcsRouterWorkerOfferRevokedEventData,
  AcsRouterWorkerRegisteredEventData,
  AcsRouterWorkerUpdatedEventData,
  AcsSmsDeliveryReportReceivedEventData,
  AcsSmsReceivedEventData,
  AcsUserDisconnectedEventData,
  AdvancedMessageButtonContent,
  AdvancedMessageChannelEventError,
  AdvancedMessageContext,
  AdvancedMessageEventBase,
  AdvancedMessageInteractiveButtonReplyContent,
  AdvancedMessageInteractiveContent,
  AdvancedMessageInteractiveListReplyContent,
  AdvancedMessageLanguageDetection,
  AdvancedMessageMediaContent,
  AdvancedMessageReactionContent,
  CallEndReason,
  CallEndedBy,
  CallGroup,
  CallParticipant,
  CallParticipantEventBase,
  CallRoom,
  CallingEventBase,
  ChatInThreadEventBase,
  ChatMessageInThreadEventBase,
  ChatMessageMetadata,
  ChatParticipant,
  ChatThreadMember,
  ChatThreadMetadata,
  ChatThreadProperties,
  CloudEvent,
  CommunicationIdentifier,
  CommunicationUserIdentifier,
  EmailDeliveryStatusDetails,
  EventGridEvent,
  IncomingCallCustomContext,
  MicrosoftTeamsAppIdentifier,
  MicrosoftTeamsUserIdentifier,
  PhoneNumberIdentifier,
  RecordingChunkInfo,
  RecordingStorageInfo,
  RouterChannelConfiguration,
  RouterCommunicationError,
  RouterEventBase,
  RouterJobEventBase,
  RouterLabels,
  RouterQueueDetails,
  RouterWorker,
  RouterWorkerEventBase,
  RouterWorkerSelector,
  SmsDeliveryAttempt,
} from './types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $esc,
  $dateTime,
  $int32,
  $errors,
  $fail,
  $caught,
  $reported,
  $validate,
  $nullProto,
  $checkStringProperty,
  $checkIntegerProperty,
  $checkNumberProperty,
  $checkBooleanProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from './support/validation.js';

export type { ValidateOptions, ValidationError, ValidationResult } from './support/validation.js';
import { $wireForms, type WireForm, type WireNormalization } from './support/wire-normalization.js';
export type { WireNormalization } from './support/wire-normalization.js';

// Shared definitions

/**
 * Validates a AdvancedMessageButtonContent, reporting every error.
 *
 * The template button a customer selected (the spec's AcsMessageButtonContent; the docs' ButtonContent).
 */
export function validateAdvancedMessageButtonContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageButtonContent> {
  return $validate<AdvancedMessageButtonContent>(
    $isAdvancedMessageButtonContent,
    $checkAdvancedMessageButtonContent,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageButtonContent.
 *
 * The template button a customer selected (the spec's AcsMessageButtonContent; the docs' ButtonContent).
 */
export function isAdvancedMessageButtonContent(value: unknown): value is AdvancedMessageButtonContent {
  try {
    return $isAdvancedMessageButtonContent(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageButtonContent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['text'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('text' in r1) || $hasOwn.call(v, 'text')))
    return false;
  const v3 = v['payload'];
  if (typeof v3 !== 'string' && v3 !== undefined && (!('payload' in r1) || $hasOwn.call(v, 'payload')))
    return false;
  if (s) {
    if (!$onlyKeys(v, ['text', 'payload'])) return false;
  }
  return true;
}

function $checkAdvancedMessageButtonContent(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'text' in r1 && v, 'text', v['text'], true);
    $checkStringProperty(e, p, 'payload' in r1 && v, 'payload', v['payload'], true);
    if (s) {
      $extraKeys(e, p, v, ['text', 'payload']);
    }
  }
}

/**
 * Validates a AdvancedMessageChannelEventError, reporting every error.
 *
 * An error reported by the messaging channel (the spec's AcsMessageChannelEventError; the docs' ChannelEventError).
 */
export function validateAdvancedMessageChannelEventError(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageChannelEventError> {
  return $validate<AdvancedMessageChannelEventError>(
    $isAdvancedMessageChannelEventError,
    $checkAdvancedMessageChannelEventError,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageChannelEventError.
 *
 * An error reported by the messaging channel (the spec's AcsMessageChannelEventError; the docs' ChannelEventError).
 */
export function isAdvancedMessageChannelEventError(
  value: unknown,
): value is AdvancedMessageChannelEventError {
  try {
    return $isAdvancedMessageChannelEventError(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageChannelEventError(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['channelCode'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    typeof v2 !== 'string' &&
    v2 !== undefined &&
    (!('channelCode' in r1) || $hasOwn.call(v, 'channelCode'))
  )
    return false;
  const v3 = v['channelMessage'];
  if (
    typeof v3 !== 'string' &&
    v3 !== undefined &&
    (!('channelMessage' in r1) || $hasOwn.call(v, 'channelMessage'))
  )
    return false;
  if (s) {
    if (!$onlyKeys(v, ['channelCode', 'channelMessage'])) return false;
  }
  return true;
}

function $checkAdvancedMessageChannelEventError(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'channelCode' in r1 && v, 'channelCode', v['channelCode'], true);
    $checkStringProperty(e, p, 'channelMessage' in r1 && v, 'channelMessage', v['channelMessage'], true);
    if (s) {
      $extraKeys(e, p, v, ['channelCode', 'channelMessage']);
    }
  }
}

/**
 * Validates a AdvancedMessageContext, reporting every error.
 *
 * The message a received message replies to (the spec's AcsMessageContext; the docs' MessageContext).
 */
export function validateAdvancedMessageContext(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageContext> {
  return $validate<AdvancedMessageContext>(
    $isAdvancedMessageContext,
    $checkAdvancedMessageContext,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageContext.
 *
 * The message a received message replies to (the spec's AcsMessageContext; the docs' MessageContext).
 */
export function isAdvancedMessageContext(value: unknown): value is AdvancedMessageContext {
  try {
    return $isAdvancedMessageContext(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageContext(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['from'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('from' in r1) || $hasOwn.call(v, 'from')))
    return false;
  const v3 = v['id'];
  if (typeof v3 !== 'string' && v3 !== undefined && (!('id' in r1) || $hasOwn.call(v, 'id'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['from', 'id'])) return false;
  }
  return true;
}

function $checkAdvancedMessageContext(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'from' in r1 && v, 'from', v['from'], true);
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id'], true);
    if (s) {
      $extraKeys(e, p, v, ['from', 'id']);
    }
  }
}

/**
 * Validates a AdvancedMessageEventBase, reporting every error.
 *
 * The properties every Advanced Messaging event carries (the spec's AcsMessageEventData, whose description "Schema of common properties of all chat thread events" is pasted from chat): who sent the message, who received it, when, on which channel, and the channel's error if any. `channelType` is declared by each of the spec's event definitions rather than by its base; every docs table and sample gives it, so it is stated once here.
 */
export function validateAdvancedMessageEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageEventBase> {
  return $validate<AdvancedMessageEventBase>(
    $isAdvancedMessageEventBase,
    $checkAdvancedMessageEventBase,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageEventBase.
 *
 * The properties every Advanced Messaging event carries (the spec's AcsMessageEventData, whose description "Schema of common properties of all chat thread events" is pasted from chat): who sent the message, who received it, when, on which channel, and the channel's error if any. `channelType` is declared by each of the spec's event definitions rather than by its base; every docs table and sample gives it, so it is stated once here.
 */
export function isAdvancedMessageEventBase(value: unknown): value is AdvancedMessageEventBase {
  try {
    return $isAdvancedMessageEventBase(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['channelType'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === undefined || ('channelType' in r1 && !$hasOwn.call(v, 'channelType'))) return false;
  if (typeof v2 !== 'string') return false;
  const v5 = v['from'];
  if (typeof v5 !== 'string' || ('from' in r1 && !$hasOwn.call(v, 'from'))) return false;
  const v6 = v['to'];
  if (typeof v6 !== 'string' || ('to' in r1 && !$hasOwn.call(v, 'to'))) return false;
  const v7 = v['receivedTimestamp'];
  if (
    typeof v7 !== 'string' ||
    !$dateTime(v7) ||
    ('receivedTimestamp' in r1 && !$hasOwn.call(v, 'receivedTimestamp'))
  )
    return false;
  const v8 = v['error'];
  if (v8 !== undefined && (!('error' in r1) || $hasOwn.call(v, 'error'))) {
    if (!$isAdvancedMessageChannelEventError(v8, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['channelType', 'from', 'to', 'receivedTimestamp', 'error'])) return false;
  }
  return true;
}

function $checkAdvancedMessageEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['channelType'];
    if ($has(e, p, 'channelType' in r1 && v, 'channelType', v2, '"whatsapp" | string')) {
      if (typeof v2 !== 'string') {
        $fail(e, p + '/channelType', 'must be one of "whatsapp" | string', '"whatsapp" | string', $show(v2));
      }
    }
    $checkStringProperty(e, p, 'from' in r1 && v, 'from', v['from']);
    $checkStringProperty(e, p, 'to' in r1 && v, 'to', v['to']);
    $checkDateTimeProperty(e, p, 'receivedTimestamp' in r1 && v, 'receivedTimestamp', v['receivedTimestamp']);
    const v5 = v['error'];
    if ($has(e, p, 'error' in r1 && v, 'error', v5)) {
      $checkAdvancedMessageChannelEventError(v5, p + '/error', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['channelType', 'from', 'to', 'receivedTimestamp', 'error']);
    }
  }
}

/**
 * Validates a AdvancedMessageInteractiveButtonReplyContent, reporting every error.
 *
 * The button a customer selected in an interactive message (the spec's AcsMessageInteractiveButtonReplyContent).
 */
export function validateAdvancedMessageInteractiveButtonReplyContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageInteractiveButtonReplyContent> {
  return $validate<AdvancedMessageInteractiveButtonReplyContent>(
    $isAdvancedMessageInteractiveButtonReplyContent,
    $checkAdvancedMessageInteractiveButtonReplyContent,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageInteractiveButtonReplyContent.
 *
 * The button a customer selected in an interactive message (the spec's AcsMessageInteractiveButtonReplyContent).
 */
export function isAdvancedMessageInteractiveButtonReplyContent(
  value: unknown,
): value is AdvancedMessageInteractiveButtonReplyContent {
  try {
    return $isAdvancedMessageInteractiveButtonReplyContent(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageInteractiveButtonReplyContent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['id'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('id' in r1) || $hasOwn.call(v, 'id'))) return false;
  const v3 = v['title'];
  if (typeof v3 !== 'string' && v3 !== undefined && (!('title' in r1) || $hasOwn.call(v, 'title')))
    return false;
  if (s) {
    if (!$onlyKeys(v, ['id', 'title'])) return false;
  }
  return true;
}

function $checkAdvancedMessageInteractiveButtonReplyContent(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id'], true);
    $checkStringProperty(e, p, 'title' in r1 && v, 'title', v['title'], true);
    if (s) {
      $extraKeys(e, p, v, ['id', 'title']);
    }
  }
}

/**
 * Validates a AdvancedMessageInteractiveContent, reporting every error.
 *
 * A customer's response to an interactive message: a button or a list item (the spec's AcsMessageInteractiveContent; the docs' InteractiveContent).
 */
export function validateAdvancedMessageInteractiveContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageInteractiveContent> {
  return $validate<AdvancedMessageInteractiveContent>(
    $isAdvancedMessageInteractiveContent,
    $checkAdvancedMessageInteractiveContent,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageInteractiveContent.
 *
 * A customer's response to an interactive message: a button or a list item (the spec's AcsMessageInteractiveContent; the docs' InteractiveContent).
 */
export function isAdvancedMessageInteractiveContent(
  value: unknown,
): value is AdvancedMessageInteractiveContent {
  try {
    return $isAdvancedMessageInteractiveContent(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageInteractiveContent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['type'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== undefined && (!('type' in r1) || $hasOwn.call(v, 'type'))) {
    if (typeof v2 !== 'string') return false;
  }
  const v5 = v['buttonReply'];
  if (v5 !== undefined && (!('buttonReply' in r1) || $hasOwn.call(v, 'buttonReply'))) {
    if (!$isAdvancedMessageInteractiveButtonReplyContent(v5, s)) return false;
  }
  const v8 = v['listReply'];
  if (v8 !== undefined && (!('listReply' in r1) || $hasOwn.call(v, 'listReply'))) {
    if (!$isAdvancedMessageInteractiveListReplyContent(v8, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['type', 'buttonReply', 'listReply'])) return false;
  }
  return true;
}

function $checkAdvancedMessageInteractiveContent(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['type'];
    if ($has(e, p, 'type' in r1 && v, 'type', v2)) {
      if (typeof v2 !== 'string') {
        $fail(
          e,
          p + '/type',
          'must be one of "buttonReply" | "listReply" | "unknown" | string',
          '"buttonReply" | "listReply" | "unknown" | string',
          $show(v2),
        );
      }
    }
    const v5 = v['buttonReply'];
    if ($has(e, p, 'buttonReply' in r1 && v, 'buttonReply', v5)) {
      $checkAdvancedMessageInteractiveButtonReplyContent(v5, p + '/buttonReply', e, s);
    }
    const v8 = v['listReply'];
    if ($has(e, p, 'listReply' in r1 && v, 'listReply', v8)) {
      $checkAdvancedMessageInteractiveListReplyContent(v8, p + '/listReply', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['type', 'buttonReply', 'listReply']);
    }
  }
}

/**
 * Validates a AdvancedMessageInteractiveListReplyContent, reporting every error.
 *
 * The list item a customer selected in an interactive message (the spec's AcsMessageInteractiveListReplyContent).
 */
export function validateAdvancedMessageInteractiveListReplyContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageInteractiveListReplyContent> {
  return $validate<AdvancedMessageInteractiveListReplyContent>(
    $isAdvancedMessageInteractiveListReplyContent,
    $checkAdvancedMessageInteractiveListReplyContent,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageInteractiveListReplyContent.
 *
 * The list item a customer selected in an interactive message (the spec's AcsMessageInteractiveListReplyContent).
 */
export function isAdvancedMessageInteractiveListReplyContent(
  value: unknown,
): value is AdvancedMessageInteractiveListReplyContent {
  try {
    return $isAdvancedMessageInteractiveListReplyContent(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageInteractiveListReplyContent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['id'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('id' in r1) || $hasOwn.call(v, 'id'))) return false;
  const v3 = v['title'];
  if (typeof v3 !== 'string' && v3 !== undefined && (!('title' in r1) || $hasOwn.call(v, 'title')))
    return false;
  const v4 = v['description'];
  if (
    typeof v4 !== 'string' &&
    v4 !== undefined &&
    (!('description' in r1) || $hasOwn.call(v, 'description'))
  )
    return false;
  if (s) {
    if (!$onlyKeys(v, ['id', 'title', 'description'])) return false;
  }
  return true;
}

function $checkAdvancedMessageInteractiveListReplyContent(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id'], true);
    $checkStringProperty(e, p, 'title' in r1 && v, 'title', v['title'], true);
    $checkStringProperty(e, p, 'description' in r1 && v, 'description', v['description'], true);
    if (s) {
      $extraKeys(e, p, v, ['id', 'title', 'description']);
    }
  }
}

/**
 * Validates a AdvancedMessageLanguageDetection, reporting every error.
 *
 * The language detected in a customer's message, by the (preview) message analysis (the docs' LanguageDetection; the REST API spec has no definition for it).
 */
export function validateAdvancedMessageLanguageDetection(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageLanguageDetection> {
  return $validate<AdvancedMessageLanguageDetection>(
    $isAdvancedMessageLanguageDetection,
    $checkAdvancedMessageLanguageDetection,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageLanguageDetection.
 *
 * The language detected in a customer's message, by the (preview) message analysis (the docs' LanguageDetection; the REST API spec has no definition for it).
 */
export function isAdvancedMessageLanguageDetection(
  value: unknown,
): value is AdvancedMessageLanguageDetection {
  try {
    return $isAdvancedMessageLanguageDetection(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageLanguageDetection(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['language'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('language' in r1) || $hasOwn.call(v, 'language')))
    return false;
  const v3 = v['confidenceScore'];
  if (
    (typeof v3 !== 'number' || !Number.isFinite(v3)) &&
    v3 !== undefined &&
    (!('confidenceScore' in r1) || $hasOwn.call(v, 'confidenceScore'))
  )
    return false;
  const v4 = v['translation'];
  if (
    typeof v4 !== 'string' &&
    v4 !== undefined &&
    (!('translation' in r1) || $hasOwn.call(v, 'translation'))
  )
    return false;
  if (s) {
    if (!$onlyKeys(v, ['language', 'confidenceScore', 'translation'])) return false;
  }
  return true;
}

function $checkAdvancedMessageLanguageDetection(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'language' in r1 && v, 'language', v['language'], true);
    $checkNumberProperty(e, p, 'confidenceScore' in r1 && v, 'confidenceScore', v['confidenceScore'], true);
    $checkStringProperty(e, p, 'translation' in r1 && v, 'translation', v['translation'], true);
    if (s) {
      $extraKeys(e, p, v, ['language', 'confidenceScore', 'translation']);
    }
  }
}

/**
 * Validates a AdvancedMessageMediaContent, reporting every error.
 *
 * Media (image, document, sticker …) in a received message (the spec's AcsMessageMediaContent; the docs' MediaContent).
 */
export function validateAdvancedMessageMediaContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageMediaContent> {
  return $validate<AdvancedMessageMediaContent>(
    $isAdvancedMessageMediaContent,
    $checkAdvancedMessageMediaContent,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageMediaContent.
 *
 * Media (image, document, sticker …) in a received message (the spec's AcsMessageMediaContent; the docs' MediaContent).
 */
export function isAdvancedMessageMediaContent(value: unknown): value is AdvancedMessageMediaContent {
  try {
    return $isAdvancedMessageMediaContent(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageMediaContent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['mimeType'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('mimeType' in r1 && !$hasOwn.call(v, 'mimeType'))) return false;
  const v3 = v['id'];
  if (typeof v3 !== 'string' || ('id' in r1 && !$hasOwn.call(v, 'id'))) return false;
  const v4 = v['fileName'];
  if (typeof v4 !== 'string' && v4 !== undefined && (!('fileName' in r1) || $hasOwn.call(v, 'fileName')))
    return false;
  const v5 = v['caption'];
  if (typeof v5 !== 'string' && v5 !== undefined && (!('caption' in r1) || $hasOwn.call(v, 'caption')))
    return false;
  const v6 = v['animated'];
  if (typeof v6 !== 'boolean' && v6 !== undefined && (!('animated' in r1) || $hasOwn.call(v, 'animated')))
    return false;
  if (s) {
    if (!$onlyKeys(v, ['mimeType', 'id', 'fileName', 'caption', 'animated'])) return false;
  }
  return true;
}

function $checkAdvancedMessageMediaContent(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'mimeType' in r1 && v, 'mimeType', v['mimeType']);
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id']);
    $checkStringProperty(e, p, 'fileName' in r1 && v, 'fileName', v['fileName'], true);
    $checkStringProperty(e, p, 'caption' in r1 && v, 'caption', v['caption'], true);
    $checkBooleanProperty(e, p, 'animated' in r1 && v, 'animated', v['animated'], true);
    if (s) {
      $extraKeys(e, p, v, ['mimeType', 'id', 'fileName', 'caption', 'animated']);
    }
  }
}

/**
 * Validates a AdvancedMessageReactionContent, reporting every error.
 *
 * An emoji reaction to a business message (the spec's AcsMessageReactionContent; the docs' ReactionContent).
 */
export function validateAdvancedMessageReactionContent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AdvancedMessageReactionContent> {
  return $validate<AdvancedMessageReactionContent>(
    $isAdvancedMessageReactionContent,
    $checkAdvancedMessageReactionContent,
    value,
    options,
  );
}

/**
 * Whether a value is a valid AdvancedMessageReactionContent.
 *
 * An emoji reaction to a business message (the spec's AcsMessageReactionContent; the docs' ReactionContent).
 */
export function isAdvancedMessageReactionContent(value: unknown): value is AdvancedMessageReactionContent {
  try {
    return $isAdvancedMessageReactionContent(value, false);
  } catch {
    return false;
  }
}

function $isAdvancedMessageReactionContent(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['messageId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v3 = v['emoji'];
  if (typeof v3 !== 'string' && v3 !== undefined && (!('emoji' in r1) || $hasOwn.call(v, 'emoji')))
    return false;
  if (s) {
    if (!$onlyKeys(v, ['messageId', 'emoji'])) return false;
  }
  return true;
}

function $checkAdvancedMessageReactionContent(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, 'emoji' in r1 && v, 'emoji', v['emoji'], true);
    if (s) {
      $extraKeys(e, p, v, ['messageId', 'emoji']);
    }
  }
}

/**
 * Validates a CallEndReason, reporting every error.
 *
 * Why a call ended (the spec's AcsCallEndReasonProperties; no docs sample shows it).
 */
export function validateCallEndReason(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CallEndReason> {
  return $validate<CallEndReason>($isCallEndReason, $checkCallEndReason, value, options);
}

/**
 * Whether a value is a valid CallEndReason.
 *
 * Why a call ended (the spec's AcsCallEndReasonProperties; no docs sample shows it).
 */
export function isCallEndReason(value: unknown): value is CallEndReason {
  try {
    return $isCallEndReason(value, false);
  } catch {
    return false;
  }
}

function $isCallEndReason(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['code'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    (typeof v2 !== 'number' || !Number.isInteger(v2)) &&
    v2 !== undefined &&
    (!('code' in r1) || $hasOwn.call(v, 'code'))
  )
    return false;
  const v3 = v['subCode'];
  if (
    (typeof v3 !== 'number' || !Number.isInteger(v3)) &&
    v3 !== undefined &&
    (!('subCode' in r1) || $hasOwn.call(v, 'subCode'))
  )
    return false;
  const v4 = v['phrase'];
  if (typeof v4 !== 'string' && v4 !== undefined && (!('phrase' in r1) || $hasOwn.call(v, 'phrase')))
    return false;
  if (s) {
    if (!$onlyKeys(v, ['code', 'subCode', 'phrase'])) return false;
  }
  return true;
}

function $checkCallEndReason(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkIntegerProperty(e, p, 'code' in r1 && v, 'code', v['code'], true);
    $checkIntegerProperty(e, p, 'subCode' in r1 && v, 'subCode', v['subCode'], true);
    $checkStringProperty(e, p, 'phrase' in r1 && v, 'phrase', v['phrase'], true);
    if (s) {
      $extraKeys(e, p, v, ['code', 'subCode', 'phrase']);
    }
  }
}

/**
 * Validates a CallEndedBy, reporting every error.
 *
 * Who ended a call (the spec's AcsCallEndedByProperties; no docs sample shows it).
 */
export function validateCallEndedBy(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CallEndedBy> {
  return $validate<CallEndedBy>($isCallEndedBy, $checkCallEndedBy, value, options);
}

/**
 * Whether a value is a valid CallEndedBy.
 *
 * Who ended a call (the spec's AcsCallEndedByProperties; no docs sample shows it).
 */
export function isCallEndedBy(value: unknown): value is CallEndedBy {
  try {
    return $isCallEndedBy(value, false);
  } catch {
    return false;
  }
}

function $isCallEndedBy(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['communicationIdentifier'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    v2 !== undefined &&
    (!('communicationIdentifier' in r1) || $hasOwn.call(v, 'communicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  const v5 = v['type'];
  if (v5 !== undefined && (!('type' in r1) || $hasOwn.call(v, 'type'))) {
    if (typeof v5 !== 'string') return false;
  }
  const v8 = v['name'];
  if (typeof v8 !== 'string' && v8 !== undefined && (!('name' in r1) || $hasOwn.call(v, 'name')))
    return false;
  if (s) {
    if (!$onlyKeys(v, ['communicationIdentifier', 'type', 'name'])) return false;
  }
  return true;
}

function $checkCallEndedBy(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['communicationIdentifier'];
    if ($has(e, p, 'communicationIdentifier' in r1 && v, 'communicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/communicationIdentifier', e, s);
    }
    const v5 = v['type'];
    if ($has(e, p, 'type' in r1 && v, 'type', v5)) {
      if (typeof v5 !== 'string') {
        $fail(
          e,
          p + '/type',
          'must be one of "Participant" | "MicrosoftInternal" | string',
          '"Participant" | "MicrosoftInternal" | string',
          $show(v5),
        );
      }
    }
    $checkStringProperty(e, p, 'name' in r1 && v, 'name', v['name'], true);
    if (s) {
      $extraKeys(e, p, v, ['communicationIdentifier', 'type', 'name']);
    }
  }
}

/**
 * Validates a CallGroup, reporting every error.
 *
 * The group of a group call (the spec's AcsCallGroupProperties).
 */
export function validateCallGroup(value: unknown, options?: ValidateOptions): ValidationResult<CallGroup> {
  return $validate<CallGroup>($isCallGroup, $checkCallGroup, value, options);
}

/**
 * Whether a value is a valid CallGroup.
 *
 * The group of a group call (the spec's AcsCallGroupProperties).
 */
export function isCallGroup(value: unknown): value is CallGroup {
  try {
    return $isCallGroup(value, false);
  } catch {
    return false;
  }
}

function $isCallGroup(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['id'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('id' in r1) || $hasOwn.call(v, 'id'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['id'])) return false;
  }
  return true;
}

function $checkCallGroup(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id'], true);
    if (s) {
      $extraKeys(e, p, v, ['id']);
    }
  }
}

/**
 * Validates a CallParticipant, reporting every error.
 *
 * A participant of a call and its role (the spec's AcsCallParticipantProperties).
 */
export function validateCallParticipant(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CallParticipant> {
  return $validate<CallParticipant>($isCallParticipant, $checkCallParticipant, value, options);
}

/**
 * Whether a value is a valid CallParticipant.
 *
 * A participant of a call and its role (the spec's AcsCallParticipantProperties).
 */
export function isCallParticipant(value: unknown): value is CallParticipant {
  try {
    return $isCallParticipant(value, false);
  } catch {
    return false;
  }
}

function $isCallParticipant(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['communicationIdentifier'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    v2 !== undefined &&
    (!('communicationIdentifier' in r1) || $hasOwn.call(v, 'communicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  const v5 = v['role'];
  if (typeof v5 !== 'string' && v5 !== undefined && (!('role' in r1) || $hasOwn.call(v, 'role')))
    return false;
  if (s) {
    if (!$onlyKeys(v, ['communicationIdentifier', 'role'])) return false;
  }
  return true;
}

function $checkCallParticipant(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['communicationIdentifier'];
    if ($has(e, p, 'communicationIdentifier' in r1 && v, 'communicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/communicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'role' in r1 && v, 'role', v['role'], true);
    if (s) {
      $extraKeys(e, p, v, ['communicationIdentifier', 'role']);
    }
  }
}

/**
 * Validates a CallParticipantEventBase, reporting every error.
 *
 * The properties of the CallParticipantAdded and CallParticipantRemoved events (the spec's AcsCallParticipantEventData): the calling event's properties and the participant.
 */
export function validateCallParticipantEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CallParticipantEventBase> {
  return $validate<CallParticipantEventBase>(
    $isCallParticipantEventBase,
    $checkCallParticipantEventBase,
    value,
    options,
  );
}

/**
 * Whether a value is a valid CallParticipantEventBase.
 *
 * The properties of the CallParticipantAdded and CallParticipantRemoved events (the spec's AcsCallParticipantEventData): the calling event's properties and the participant.
 */
export function isCallParticipantEventBase(value: unknown): value is CallParticipantEventBase {
  try {
    return $isCallParticipantEventBase(value, false);
  } catch {
    return false;
  }
}

function $isCallParticipantEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['startedBy'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v4 === undefined || ('startedBy' in r3 && !$hasOwn.call(v, 'startedBy'))) return false;
  if (!$isCallParticipant(v4, s)) return false;
  const v7 = v['serverCallId'];
  if (typeof v7 !== 'string' || ('serverCallId' in r3 && !$hasOwn.call(v, 'serverCallId'))) return false;
  const v8 = v['group'];
  if (v8 !== undefined && (!('group' in r3) || $hasOwn.call(v, 'group'))) {
    if (!$isCallGroup(v8, s)) return false;
  }
  const v11 = v['room'];
  if (v11 !== undefined && (!('room' in r3) || $hasOwn.call(v, 'room'))) {
    if (!$isCallRoom(v11, s)) return false;
  }
  const v14 = v['isTwoParty'];
  if (
    typeof v14 !== 'boolean' &&
    v14 !== undefined &&
    (!('isTwoParty' in r3) || $hasOwn.call(v, 'isTwoParty'))
  )
    return false;
  const v15 = v['correlationId'];
  if (typeof v15 !== 'string' || ('correlationId' in r3 && !$hasOwn.call(v, 'correlationId'))) return false;
  const v16 = v['isRoomsCall'];
  if (
    typeof v16 !== 'boolean' &&
    v16 !== undefined &&
    (!('isRoomsCall' in r3) || $hasOwn.call(v, 'isRoomsCall'))
  )
    return false;
  const v18 = v['user'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 !== undefined && (!('user' in r17) || $hasOwn.call(v, 'user'))) {
    if (!$isCallParticipant(v18, s)) return false;
  }
  const v21 = v['displayName'];
  if (
    typeof v21 !== 'string' &&
    v21 !== undefined &&
    (!('displayName' in r17) || $hasOwn.call(v, 'displayName'))
  )
    return false;
  const v22 = v['participantId'];
  if (
    typeof v22 !== 'string' &&
    v22 !== undefined &&
    (!('participantId' in r17) || $hasOwn.call(v, 'participantId'))
  )
    return false;
  const v23 = v['userAgent'];
  if (typeof v23 !== 'string' && v23 !== undefined && (!('userAgent' in r17) || $hasOwn.call(v, 'userAgent')))
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
        'user',
        'displayName',
        'participantId',
        'userAgent',
      ])
    )
      return false;
  }
  return true;
}

function $checkCallParticipantEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    const v4 = v['startedBy'];
    if ($has(e, p, 'startedBy' in r3 && v, 'startedBy', v4, 'CallParticipant')) {
      $checkCallParticipant(v4, p + '/startedBy', e, s);
    }
    $checkStringProperty(e, p, 'serverCallId' in r3 && v, 'serverCallId', v['serverCallId']);
    const v7 = v['group'];
    if ($has(e, p, 'group' in r3 && v, 'group', v7)) {
      $checkCallGroup(v7, p + '/group', e, s);
    }
    const v10 = v['room'];
    if ($has(e, p, 'room' in r3 && v, 'room', v10)) {
      $checkCallRoom(v10, p + '/room', e, s);
    }
    $checkBooleanProperty(e, p, 'isTwoParty' in r3 && v, 'isTwoParty', v['isTwoParty'], true);
    $checkStringProperty(e, p, 'correlationId' in r3 && v, 'correlationId', v['correlationId']);
    $checkBooleanProperty(e, p, 'isRoomsCall' in r3 && v, 'isRoomsCall', v['isRoomsCall'], true);
    const r13: object = Object.getPrototypeOf(v) || Object.prototype;
    const v14 = v['user'];
    if ($has(e, p, 'user' in r13 && v, 'user', v14)) {
      $checkCallParticipant(v14, p + '/user', e, s);
    }
    $checkStringProperty(e, p, 'displayName' in r13 && v, 'displayName', v['displayName'], true);
    $checkStringProperty(e, p, 'participantId' in r13 && v, 'participantId', v['participantId'], true);
    $checkStringProperty(e, p, 'userAgent' in r13 && v, 'userAgent', v['userAgent'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
        'user',
        'displayName',
        'participantId',
        'userAgent',
      ]);
    }
  }
}

/**
 * Validates a CallRoom, reporting every error.
 *
 * The room of a rooms call (the spec's AcsCallRoomProperties).
 */
export function validateCallRoom(value: unknown, options?: ValidateOptions): ValidationResult<CallRoom> {
  return $validate<CallRoom>($isCallRoom, $checkCallRoom, value, options);
}

/**
 * Whether a value is a valid CallRoom.
 *
 * The room of a rooms call (the spec's AcsCallRoomProperties).
 */
export function isCallRoom(value: unknown): value is CallRoom {
  try {
    return $isCallRoom(value, false);
  } catch {
    return false;
  }
}

function $isCallRoom(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['id'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('id' in r1) || $hasOwn.call(v, 'id'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['id'])) return false;
  }
  return true;
}

function $checkCallRoom(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id'], true);
    if (s) {
      $extraKeys(e, p, v, ['id']);
    }
  }
}

/**
 * Validates a CallingEventBase, reporting every error.
 *
 * The properties every calling event carries (the spec's AcsCallingEventProperties): the server call, who started it, and its group or room.
 */
export function validateCallingEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CallingEventBase> {
  return $validate<CallingEventBase>($isCallingEventBase, $checkCallingEventBase, value, options);
}

/**
 * Whether a value is a valid CallingEventBase.
 *
 * The properties every calling event carries (the spec's AcsCallingEventProperties): the server call, who started it, and its group or room.
 */
export function isCallingEventBase(value: unknown): value is CallingEventBase {
  try {
    return $isCallingEventBase(value, false);
  } catch {
    return false;
  }
}

function $isCallingEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['startedBy'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === undefined || ('startedBy' in r1 && !$hasOwn.call(v, 'startedBy'))) return false;
  if (!$isCallParticipant(v2, s)) return false;
  const v5 = v['serverCallId'];
  if (typeof v5 !== 'string' || ('serverCallId' in r1 && !$hasOwn.call(v, 'serverCallId'))) return false;
  const v6 = v['group'];
  if (v6 !== undefined && (!('group' in r1) || $hasOwn.call(v, 'group'))) {
    if (!$isCallGroup(v6, s)) return false;
  }
  const v9 = v['room'];
  if (v9 !== undefined && (!('room' in r1) || $hasOwn.call(v, 'room'))) {
    if (!$isCallRoom(v9, s)) return false;
  }
  const v12 = v['isTwoParty'];
  if (
    typeof v12 !== 'boolean' &&
    v12 !== undefined &&
    (!('isTwoParty' in r1) || $hasOwn.call(v, 'isTwoParty'))
  )
    return false;
  const v13 = v['correlationId'];
  if (typeof v13 !== 'string' || ('correlationId' in r1 && !$hasOwn.call(v, 'correlationId'))) return false;
  const v14 = v['isRoomsCall'];
  if (
    typeof v14 !== 'boolean' &&
    v14 !== undefined &&
    (!('isRoomsCall' in r1) || $hasOwn.call(v, 'isRoomsCall'))
  )
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
      ])
    )
      return false;
  }
  return true;
}

function $checkCallingEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['startedBy'];
    if ($has(e, p, 'startedBy' in r1 && v, 'startedBy', v2, 'CallParticipant')) {
      $checkCallParticipant(v2, p + '/startedBy', e, s);
    }
    $checkStringProperty(e, p, 'serverCallId' in r1 && v, 'serverCallId', v['serverCallId']);
    const v5 = v['group'];
    if ($has(e, p, 'group' in r1 && v, 'group', v5)) {
      $checkCallGroup(v5, p + '/group', e, s);
    }
    const v8 = v['room'];
    if ($has(e, p, 'room' in r1 && v, 'room', v8)) {
      $checkCallRoom(v8, p + '/room', e, s);
    }
    $checkBooleanProperty(e, p, 'isTwoParty' in r1 && v, 'isTwoParty', v['isTwoParty'], true);
    $checkStringProperty(e, p, 'correlationId' in r1 && v, 'correlationId', v['correlationId']);
    $checkBooleanProperty(e, p, 'isRoomsCall' in r1 && v, 'isRoomsCall', v['isRoomsCall'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
      ]);
    }
  }
}

/**
 * Validates a ChatInThreadEventBase, reporting every error.
 *
 * The properties every thread-level chat event carries (the spec's AcsChatEventInThreadBaseProperties): the thread and the transaction. The thread-level events curated from the 2021 docs write these properties out instead of extending this base.
 */
export function validateChatInThreadEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatInThreadEventBase> {
  return $validate<ChatInThreadEventBase>(
    $isChatInThreadEventBase,
    $checkChatInThreadEventBase,
    value,
    options,
  );
}

/**
 * Whether a value is a valid ChatInThreadEventBase.
 *
 * The properties every thread-level chat event carries (the spec's AcsChatEventInThreadBaseProperties): the thread and the transaction. The thread-level events curated from the 2021 docs write these properties out instead of extending this base.
 */
export function isChatInThreadEventBase(value: unknown): value is ChatInThreadEventBase {
  try {
    return $isChatInThreadEventBase(value, false);
  } catch {
    return false;
  }
}

function $isChatInThreadEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['transactionId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v3 = v['threadId'];
  if (typeof v3 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['transactionId', 'threadId'])) return false;
  }
  return true;
}

function $checkChatInThreadEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, ['transactionId', 'threadId']);
    }
  }
}

/**
 * Validates a ChatMessageInThreadEventBase, reporting every error.
 *
 * The properties every thread-level chat message event carries (the spec's AcsChatMessageEventInThreadBaseProperties): the thread, the message and its sender. Used by the spec-only ChatAzureBotCommandReceivedInThread and ChatTypingIndicatorReceivedInThread; ChatMessageReceivedInThread, ChatMessageEditedInThread and ChatMessageDeletedInThread (curated from the 2021 docs) write the same properties out, with the stricter requiredness their samples show.
 */
export function validateChatMessageInThreadEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatMessageInThreadEventBase> {
  return $validate<ChatMessageInThreadEventBase>(
    $isChatMessageInThreadEventBase,
    $checkChatMessageInThreadEventBase,
    value,
    options,
  );
}

/**
 * Whether a value is a valid ChatMessageInThreadEventBase.
 *
 * The properties every thread-level chat message event carries (the spec's AcsChatMessageEventInThreadBaseProperties): the thread, the message and its sender. Used by the spec-only ChatAzureBotCommandReceivedInThread and ChatTypingIndicatorReceivedInThread; ChatMessageReceivedInThread, ChatMessageEditedInThread and ChatMessageDeletedInThread (curated from the 2021 docs) write the same properties out, with the stricter requiredness their samples show.
 */
export function isChatMessageInThreadEventBase(value: unknown): value is ChatMessageInThreadEventBase {
  try {
    return $isChatMessageInThreadEventBase(value, false);
  } catch {
    return false;
  }
}

function $isChatMessageInThreadEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['transactionId'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== 'string' || ('transactionId' in r3 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v5 = v['threadId'];
  if (typeof v5 !== 'string' || ('threadId' in r3 && !$hasOwn.call(v, 'threadId'))) return false;
  const v7 = v['messageId'];
  const r6: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v7 !== 'string' || ('messageId' in r6 && !$hasOwn.call(v, 'messageId'))) return false;
  const v8 = v['senderCommunicationIdentifier'];
  if (
    v8 === undefined ||
    ('senderCommunicationIdentifier' in r6 && !$hasOwn.call(v, 'senderCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v8, s)) return false;
  const v11 = v['senderDisplayName'];
  if (
    typeof v11 !== 'string' &&
    v11 !== undefined &&
    (!('senderDisplayName' in r6) || $hasOwn.call(v, 'senderDisplayName'))
  )
    return false;
  const v12 = v['composeTime'];
  if (
    (typeof v12 !== 'string' || !$dateTime(v12)) &&
    v12 !== undefined &&
    (!('composeTime' in r6) || $hasOwn.call(v, 'composeTime'))
  )
    return false;
  const v13 = v['type'];
  if (typeof v13 !== 'string' || ('type' in r6 && !$hasOwn.call(v, 'type'))) return false;
  const v14 = v['version'];
  if (v14 !== undefined && (!('version' in r6) || $hasOwn.call(v, 'version'))) {
    if (typeof v14 !== 'number' || !Number.isInteger(v14)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'transactionId',
        'threadId',
        'messageId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
      ])
    )
      return false;
  }
  return true;
}

function $checkChatMessageInThreadEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'transactionId' in r3 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r3 && v, 'threadId', v['threadId']);
    const r4: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r4 && v, 'messageId', v['messageId']);
    const v5 = v['senderCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'senderCommunicationIdentifier' in r4 && v,
        'senderCommunicationIdentifier',
        v5,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v5, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(
      e,
      p,
      'senderDisplayName' in r4 && v,
      'senderDisplayName',
      v['senderDisplayName'],
      true,
    );
    $checkDateTimeProperty(e, p, 'composeTime' in r4 && v, 'composeTime', v['composeTime'], true);
    $checkStringProperty(e, p, 'type' in r4 && v, 'type', v['type']);
    const v8 = v['version'];
    if ($has(e, p, 'version' in r4 && v, 'version', v8)) {
      if (typeof v8 !== 'number' || !Number.isInteger(v8)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v8));
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'transactionId',
        'threadId',
        'messageId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
      ]);
    }
  }
}

/**
 * Validates a ChatMessageMetadata, reporting every error.
 *
 * A map of string metadata attached to a chat message. The docs' samples show it with placeholder keys (`key`, `description`); any string key is allowed.
 */
export function validateChatMessageMetadata(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatMessageMetadata> {
  return $validate<ChatMessageMetadata>($isChatMessageMetadata, $checkChatMessageMetadata, value, options);
}

/**
 * Whether a value is a valid ChatMessageMetadata.
 *
 * A map of string metadata attached to a chat message. The docs' samples show it with placeholder keys (`key`, `description`); any string key is allowed.
 */
export function isChatMessageMetadata(value: unknown): value is ChatMessageMetadata {
  try {
    return $isChatMessageMetadata(value, false);
  } catch {
    return false;
  }
}

function $isChatMessageMetadata(v: unknown, _s: boolean): boolean {
  if (!$isObject(v)) return false;
  for (const k2 in v) {
    if (!$hasOwn.call(v, k2)) continue;
    const v3 = v[k2];
    if (typeof v3 !== 'string') return false;
  }
  return true;
}

function $checkChatMessageMetadata(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if ($checkObject(e, p, v)) {
    for (const k2 in v) {
      if (!$hasOwn.call(v, k2)) continue;
      const v3 = v[k2];
      if (typeof v3 !== 'string') {
        $fail(e, p + '/' + $esc(k2), 'must be a string', 'string', $type(v3));
      }
    }
  }
}

/**
 * Validates a ChatParticipant, reporting every error.
 *
 * A participant of a chat thread, as the ChatParticipant* and ChatThread* events give it.
 */
export function validateChatParticipant(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatParticipant> {
  return $validate<ChatParticipant>($isChatParticipant, $checkChatParticipant, value, options);
}

/**
 * Whether a value is a valid ChatParticipant.
 *
 * A participant of a chat thread, as the ChatParticipant* and ChatThread* events give it.
 */
export function isChatParticipant(value: unknown): value is ChatParticipant {
  try {
    return $isChatParticipant(value, false);
  } catch {
    return false;
  }
}

function $isChatParticipant(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['displayName'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('displayName' in r1 && !$hasOwn.call(v, 'displayName'))) return false;
  const v3 = v['participantCommunicationIdentifier'];
  if (
    v3 === undefined ||
    ('participantCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'participantCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  const v6 = v['metadata'];
  if (v6 !== undefined && (!('metadata' in r1) || $hasOwn.call(v, 'metadata'))) {
    if (!$isObject(v6)) return false;
    for (const k8 in v6) {
      if (!$hasOwn.call(v6, k8)) continue;
      const v9 = v6[k8];
      if (typeof v9 !== 'string') return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ['displayName', 'participantCommunicationIdentifier', 'metadata'])) return false;
  }
  return true;
}

function $checkChatParticipant(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'displayName' in r1 && v, 'displayName', v['displayName']);
    const v2 = v['participantCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'participantCommunicationIdentifier' in r1 && v,
        'participantCommunicationIdentifier',
        v2,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v2, p + '/participantCommunicationIdentifier', e, s);
    }
    const v5 = v['metadata'];
    if ($has(e, p, 'metadata' in r1 && v, 'metadata', v5)) {
      if ($checkObject(e, p + '/metadata', v5)) {
        for (const k7 in v5) {
          if (!$hasOwn.call(v5, k7)) continue;
          const v8 = v5[k7];
          if (typeof v8 !== 'string') {
            $fail(e, p + '/metadata/' + $esc(k7), 'must be a string', 'string', $type(v8));
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['displayName', 'participantCommunicationIdentifier', 'metadata']);
    }
  }
}

/**
 * Validates a ChatThreadMember, reporting every error.
 *
 * A member of a chat thread, as the 2020 preview events give it (`members`, `memberAdded`, `memberRemoved`). Replaced by ChatParticipant.
 */
export function validateChatThreadMember(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatThreadMember> {
  return $validate<ChatThreadMember>($isChatThreadMember, $checkChatThreadMember, value, options);
}

/**
 * Whether a value is a valid ChatThreadMember.
 *
 * A member of a chat thread, as the 2020 preview events give it (`members`, `memberAdded`, `memberRemoved`). Replaced by ChatParticipant.
 */
export function isChatThreadMember(value: unknown): value is ChatThreadMember {
  try {
    return $isChatThreadMember(value, false);
  } catch {
    return false;
  }
}

function $isChatThreadMember(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['displayName'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('displayName' in r1 && !$hasOwn.call(v, 'displayName'))) return false;
  const v3 = v['memberId'];
  if (typeof v3 !== 'string' || ('memberId' in r1 && !$hasOwn.call(v, 'memberId'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['displayName', 'memberId'])) return false;
  }
  return true;
}

function $checkChatThreadMember(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'displayName' in r1 && v, 'displayName', v['displayName']);
    $checkStringProperty(e, p, 'memberId' in r1 && v, 'memberId', v['memberId']);
    if (s) {
      $extraKeys(e, p, v, ['displayName', 'memberId']);
    }
  }
}

/**
 * Validates a ChatThreadMetadata, reporting every error.
 *
 * A chat thread's metadata, a map of strings (the REST API spec gives it to ChatThreadCreated(WithUser) and ChatThreadPropertiesUpdated(PerUser); no docs sample shows it).
 */
export function validateChatThreadMetadata(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatThreadMetadata> {
  return $validate<ChatThreadMetadata>($isChatThreadMetadata, $checkChatThreadMetadata, value, options);
}

/**
 * Whether a value is a valid ChatThreadMetadata.
 *
 * A chat thread's metadata, a map of strings (the REST API spec gives it to ChatThreadCreated(WithUser) and ChatThreadPropertiesUpdated(PerUser); no docs sample shows it).
 */
export function isChatThreadMetadata(value: unknown): value is ChatThreadMetadata {
  try {
    return $isChatThreadMetadata(value, false);
  } catch {
    return false;
  }
}

function $isChatThreadMetadata(v: unknown, _s: boolean): boolean {
  if (!$isObject(v)) return false;
  for (const k2 in v) {
    if (!$hasOwn.call(v, k2)) continue;
    const v3 = v[k2];
    if (typeof v3 !== 'string') return false;
  }
  return true;
}

function $checkChatThreadMetadata(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if ($checkObject(e, p, v)) {
    for (const k2 in v) {
      if (!$hasOwn.call(v, k2)) continue;
      const v3 = v[k2];
      if (typeof v3 !== 'string') {
        $fail(e, p + '/' + $esc(k2), 'must be a string', 'string', $type(v3));
      }
    }
  }
}

/**
 * Validates a ChatThreadProperties, reporting every error.
 *
 * The chat thread's properties; the docs show `topic`, the service may add others.
 */
export function validateChatThreadProperties(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatThreadProperties> {
  return $validate<ChatThreadProperties>($isChatThreadProperties, $checkChatThreadProperties, value, options);
}

/**
 * Whether a value is a valid ChatThreadProperties.
 *
 * The chat thread's properties; the docs show `topic`, the service may add others.
 */
export function isChatThreadProperties(value: unknown): value is ChatThreadProperties {
  try {
    return $isChatThreadProperties(value, false);
  } catch {
    return false;
  }
}

function $isChatThreadProperties(v: unknown, _s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['topic'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('topic' in r1) || $hasOwn.call(v, 'topic')))
    return false;
  return true;
}

function $checkChatThreadProperties(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'topic' in r1 && v, 'topic', v['topic'], true);
  }
}

/**
 * Validates a CommunicationIdentifier, reporting every error.
 *
 * Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel. `kind` and `microsoftTeamsApp` follow the same model (the REST API spec refers to it as ../../../../../communication/data-plane/Common/stable/2023-11-15/common.json#/definitions/CommunicationIdentifierModel, a file that is not among the catalog's sources, so these shapes are unverified here); of the docs samples only IncomingCall's carry `kind` ("communicationUser").
 */
export function validateCommunicationIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CommunicationIdentifier> {
  return $validate<CommunicationIdentifier>(
    $isCommunicationIdentifier,
    $checkCommunicationIdentifier,
    value,
    options,
  );
}

/**
 * Whether a value is a valid CommunicationIdentifier.
 *
 * Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel. `kind` and `microsoftTeamsApp` follow the same model (the REST API spec refers to it as ../../../../../communication/data-plane/Common/stable/2023-11-15/common.json#/definitions/CommunicationIdentifierModel, a file that is not among the catalog's sources, so these shapes are unverified here); of the docs samples only IncomingCall's carry `kind` ("communicationUser").
 */
export function isCommunicationIdentifier(value: unknown): value is CommunicationIdentifier {
  try {
    return $isCommunicationIdentifier(value, false);
  } catch {
    return false;
  }
}

function $isCommunicationIdentifier(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['rawId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('rawId' in r1 && !$hasOwn.call(v, 'rawId'))) return false;
  const v3 = v['kind'];
  if (v3 !== undefined && (!('kind' in r1) || $hasOwn.call(v, 'kind'))) {
    if (typeof v3 !== 'string') return false;
  }
  const v6 = v['communicationUser'];
  if (v6 !== undefined && (!('communicationUser' in r1) || $hasOwn.call(v, 'communicationUser'))) {
    if (!$isCommunicationUserIdentifier(v6, s)) return false;
  }
  const v9 = v['phoneNumber'];
  if (v9 !== undefined && (!('phoneNumber' in r1) || $hasOwn.call(v, 'phoneNumber'))) {
    if (!$isPhoneNumberIdentifier(v9, s)) return false;
  }
  const v12 = v['microsoftTeamsUser'];
  if (v12 !== undefined && (!('microsoftTeamsUser' in r1) || $hasOwn.call(v, 'microsoftTeamsUser'))) {
    if (!$isMicrosoftTeamsUserIdentifier(v12, s)) return false;
  }
  const v15 = v['microsoftTeamsApp'];
  if (v15 !== undefined && (!('microsoftTeamsApp' in r1) || $hasOwn.call(v, 'microsoftTeamsApp'))) {
    if (!$isMicrosoftTeamsAppIdentifier(v15, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'rawId',
        'kind',
        'communicationUser',
        'phoneNumber',
        'microsoftTeamsUser',
        'microsoftTeamsApp',
      ])
    )
      return false;
  }
  return true;
}

function $checkCommunicationIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'rawId' in r1 && v, 'rawId', v['rawId']);
    const v2 = v['kind'];
    if ($has(e, p, 'kind' in r1 && v, 'kind', v2)) {
      if (typeof v2 !== 'string') {
        $fail(
          e,
          p + '/kind',
          'must be one of "unknown" | "communicationUser" | "phoneNumber" | "microsoftTeamsUser" | "microsoftTeamsApp" | string',
          '"unknown" | "communicationUser" | "phoneNumber" | "microsoftTeamsUser" | "microsoftTeamsApp" | string',
          $show(v2),
        );
      }
    }
    const v5 = v['communicationUser'];
    if ($has(e, p, 'communicationUser' in r1 && v, 'communicationUser', v5)) {
      $checkCommunicationUserIdentifier(v5, p + '/communicationUser', e, s);
    }
    const v8 = v['phoneNumber'];
    if ($has(e, p, 'phoneNumber' in r1 && v, 'phoneNumber', v8)) {
      $checkPhoneNumberIdentifier(v8, p + '/phoneNumber', e, s);
    }
    const v11 = v['microsoftTeamsUser'];
    if ($has(e, p, 'microsoftTeamsUser' in r1 && v, 'microsoftTeamsUser', v11)) {
      $checkMicrosoftTeamsUserIdentifier(v11, p + '/microsoftTeamsUser', e, s);
    }
    const v14 = v['microsoftTeamsApp'];
    if ($has(e, p, 'microsoftTeamsApp' in r1 && v, 'microsoftTeamsApp', v14)) {
      $checkMicrosoftTeamsAppIdentifier(v14, p + '/microsoftTeamsApp', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'rawId',
        'kind',
        'communicationUser',
        'phoneNumber',
        'microsoftTeamsUser',
        'microsoftTeamsApp',
      ]);
    }
  }
}

/**
 * Validates a CommunicationUserIdentifier, reporting every error.
 *
 * An Azure Communication Services user.
 */
export function validateCommunicationUserIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CommunicationUserIdentifier> {
  return $validate<CommunicationUserIdentifier>(
    $isCommunicationUserIdentifier,
    $checkCommunicationUserIdentifier,
    value,
    options,
  );
}

/**
 * Whether a value is a valid CommunicationUserIdentifier.
 *
 * An Azure Communication Services user.
 */
export function isCommunicationUserIdentifier(value: unknown): value is CommunicationUserIdentifier {
  try {
    return $isCommunicationUserIdentifier(value, false);
  } catch {
    return false;
  }
}

function $isCommunicationUserIdentifier(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['id'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('id' in r1 && !$hasOwn.call(v, 'id'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['id'])) return false;
  }
  return true;
}

function $checkCommunicationUserIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id']);
    if (s) {
      $extraKeys(e, p, v, ['id']);
    }
  }
}

/**
 * Validates a EmailDeliveryStatusDetails, reporting every error.
 *
 * Details of an email delivery status (the spec's AcsEmailDeliveryReportStatusDetails).
 */
export function validateEmailDeliveryStatusDetails(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<EmailDeliveryStatusDetails> {
  return $validate<EmailDeliveryStatusDetails>(
    $isEmailDeliveryStatusDetails,
    $checkEmailDeliveryStatusDetails,
    value,
    options,
  );
}

/**
 * Whether a value is a valid EmailDeliveryStatusDetails.
 *
 * Details of an email delivery status (the spec's AcsEmailDeliveryReportStatusDetails).
 */
export function isEmailDeliveryStatusDetails(value: unknown): value is EmailDeliveryStatusDetails {
  try {
    return $isEmailDeliveryStatusDetails(value, false);
  } catch {
    return false;
  }
}

function $isEmailDeliveryStatusDetails(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['recipientMailServerHostName'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    typeof v2 !== 'string' &&
    v2 !== undefined &&
    (!('recipientMailServerHostName' in r1) || $hasOwn.call(v, 'recipientMailServerHostName'))
  )
    return false;
  const v3 = v['statusMessage'];
  if (
    typeof v3 !== 'string' &&
    v3 !== undefined &&
    (!('statusMessage' in r1) || $hasOwn.call(v, 'statusMessage'))
  )
    return false;
  if (s) {
    if (!$onlyKeys(v, ['recipientMailServerHostName', 'statusMessage'])) return false;
  }
  return true;
}

function $checkEmailDeliveryStatusDetails(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(
      e,
      p,
      'recipientMailServerHostName' in r1 && v,
      'recipientMailServerHostName',
      v['recipientMailServerHostName'],
      true,
    );
    $checkStringProperty(e, p, 'statusMessage' in r1 && v, 'statusMessage', v['statusMessage'], true);
    if (s) {
      $extraKeys(e, p, v, ['recipientMailServerHostName', 'statusMessage']);
    }
  }
}

/**
 * Validates a IncomingCallCustomContext, reporting every error.
 *
 * Custom context of an incoming call (the spec's AcsIncomingCallCustomContext).
 */
export function validateIncomingCallCustomContext(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<IncomingCallCustomContext> {
  return $validate<IncomingCallCustomContext>(
    $isIncomingCallCustomContext,
    $checkIncomingCallCustomContext,
    value,
    options,
  );
}

/**
 * Whether a value is a valid IncomingCallCustomContext.
 *
 * Custom context of an incoming call (the spec's AcsIncomingCallCustomContext).
 */
export function isIncomingCallCustomContext(value: unknown): value is IncomingCallCustomContext {
  try {
    return $isIncomingCallCustomContext(value, false);
  } catch {
    return false;
  }
}

function $isIncomingCallCustomContext(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['sipHeaders'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== undefined && (!('sipHeaders' in r1) || $hasOwn.call(v, 'sipHeaders'))) {
    if (!$isObject(v2)) return false;
    for (const k4 in v2) {
      if (!$hasOwn.call(v2, k4)) continue;
      const v5 = v2[k4];
      if (typeof v5 !== 'string') return false;
    }
  }
  const v6 = v['voipHeaders'];
  if (v6 !== undefined && (!('voipHeaders' in r1) || $hasOwn.call(v, 'voipHeaders'))) {
    if (!$isObject(v6)) return false;
    for (const k8 in v6) {
      if (!$hasOwn.call(v6, k8)) continue;
      const v9 = v6[k8];
      if (typeof v9 !== 'string') return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ['sipHeaders', 'voipHeaders'])) return false;
  }
  return true;
}

function $checkIncomingCallCustomContext(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['sipHeaders'];
    if ($has(e, p, 'sipHeaders' in r1 && v, 'sipHeaders', v2)) {
      if ($checkObject(e, p + '/sipHeaders', v2)) {
        for (const k4 in v2) {
          if (!$hasOwn.call(v2, k4)) continue;
          const v5 = v2[k4];
          if (typeof v5 !== 'string') {
            $fail(e, p + '/sipHeaders/' + $esc(k4), 'must be a string', 'string', $type(v5));
          }
        }
      }
    }
    const v6 = v['voipHeaders'];
    if ($has(e, p, 'voipHeaders' in r1 && v, 'voipHeaders', v6)) {
      if ($checkObject(e, p + '/voipHeaders', v6)) {
        for (const k8 in v6) {
          if (!$hasOwn.call(v6, k8)) continue;
          const v9 = v6[k8];
          if (typeof v9 !== 'string') {
            $fail(e, p + '/voipHeaders/' + $esc(k8), 'must be a string', 'string', $type(v9));
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['sipHeaders', 'voipHeaders']);
    }
  }
}

/**
 * Validates a MicrosoftTeamsAppIdentifier, reporting every error.
 *
 * A Microsoft Teams application, e.g. a Teams Voice App (not seen in the docs samples; the Azure SDK's MicrosoftTeamsAppIdentifierModel, from the external common.json the REST API spec refers to).
 */
export function validateMicrosoftTeamsAppIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<MicrosoftTeamsAppIdentifier> {
  return $validate<MicrosoftTeamsAppIdentifier>(
    $isMicrosoftTeamsAppIdentifier,
    $checkMicrosoftTeamsAppIdentifier,
    value,
    options,
  );
}

/**
 * Whether a value is a valid MicrosoftTeamsAppIdentifier.
 *
 * A Microsoft Teams application, e.g. a Teams Voice App (not seen in the docs samples; the Azure SDK's MicrosoftTeamsAppIdentifierModel, from the external common.json the REST API spec refers to).
 */
export function isMicrosoftTeamsAppIdentifier(value: unknown): value is MicrosoftTeamsAppIdentifier {
  try {
    return $isMicrosoftTeamsAppIdentifier(value, false);
  } catch {
    return false;
  }
}

function $isMicrosoftTeamsAppIdentifier(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['appId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('appId' in r1 && !$hasOwn.call(v, 'appId'))) return false;
  const v3 = v['cloud'];
  if (v3 !== undefined && (!('cloud' in r1) || $hasOwn.call(v, 'cloud'))) {
    if (typeof v3 !== 'string') return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['appId', 'cloud'])) return false;
  }
  return true;
}

function $checkMicrosoftTeamsAppIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'appId' in r1 && v, 'appId', v['appId']);
    const v2 = v['cloud'];
    if ($has(e, p, 'cloud' in r1 && v, 'cloud', v2)) {
      if (typeof v2 !== 'string') {
        $fail(
          e,
          p + '/cloud',
          'must be one of "public" | "dod" | "gcch" | string',
          '"public" | "dod" | "gcch" | string',
          $show(v2),
        );
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['appId', 'cloud']);
    }
  }
}

/**
 * Validates a MicrosoftTeamsUserIdentifier, reporting every error.
 *
 * A Microsoft Teams user (not seen in the docs samples; Azure SDK shape).
 */
export function validateMicrosoftTeamsUserIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<MicrosoftTeamsUserIdentifier> {
  return $validate<MicrosoftTeamsUserIdentifier>(
    $isMicrosoftTeamsUserIdentifier,
    $checkMicrosoftTeamsUserIdentifier,
    value,
    options,
  );
}

/**
 * Whether a value is a valid MicrosoftTeamsUserIdentifier.
 *
 * A Microsoft Teams user (not seen in the docs samples; Azure SDK shape).
 */
export function isMicrosoftTeamsUserIdentifier(value: unknown): value is MicrosoftTeamsUserIdentifier {
  try {
    return $isMicrosoftTeamsUserIdentifier(value, false);
  } catch {
    return false;
  }
}

function $isMicrosoftTeamsUserIdentifier(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['userId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('userId' in r1 && !$hasOwn.call(v, 'userId'))) return false;
  const v3 = v['isAnonymous'];
  if (
    typeof v3 !== 'boolean' &&
    v3 !== undefined &&
    (!('isAnonymous' in r1) || $hasOwn.call(v, 'isAnonymous'))
  )
    return false;
  const v4 = v['cloud'];
  if (v4 !== undefined && (!('cloud' in r1) || $hasOwn.call(v, 'cloud'))) {
    if (typeof v4 !== 'string') return false;
    if (v4 !== 'public' && v4 !== 'dod' && v4 !== 'gcch') return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['userId', 'isAnonymous', 'cloud'])) return false;
  }
  return true;
}

function $checkMicrosoftTeamsUserIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'userId' in r1 && v, 'userId', v['userId']);
    $checkBooleanProperty(e, p, 'isAnonymous' in r1 && v, 'isAnonymous', v['isAnonymous'], true);
    const v2 = v['cloud'];
    if ($has(e, p, 'cloud' in r1 && v, 'cloud', v2)) {
      if (typeof v2 !== 'string') {
        $fail(e, p + '/cloud', 'must be a string', 'string', $type(v2));
      } else {
        if (v2 !== 'public' && v2 !== 'dod' && v2 !== 'gcch') {
          $fail(
            e,
            p + '/cloud',
            'must be one of "public" | "dod" | "gcch"',
            '"public" | "dod" | "gcch"',
            $show(v2),
          );
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['userId', 'isAnonymous', 'cloud']);
    }
  }
}

/**
 * Validates a PhoneNumberIdentifier, reporting every error.
 *
 * A phone number (not seen in the docs samples; Azure SDK shape).
 */
export function validatePhoneNumberIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<PhoneNumberIdentifier> {
  return $validate<PhoneNumberIdentifier>(
    $isPhoneNumberIdentifier,
    $checkPhoneNumberIdentifier,
    value,
    options,
  );
}

/**
 * Whether a value is a valid PhoneNumberIdentifier.
 *
 * A phone number (not seen in the docs samples; Azure SDK shape).
 */
export function isPhoneNumberIdentifier(value: unknown): value is PhoneNumberIdentifier {
  try {
    return $isPhoneNumberIdentifier(value, false);
  } catch {
    return false;
  }
}

function $isPhoneNumberIdentifier(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['value'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('value' in r1 && !$hasOwn.call(v, 'value'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['value'])) return false;
  }
  return true;
}

function $checkPhoneNumberIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'value' in r1 && v, 'value', v['value']);
    if (s) {
      $extraKeys(e, p, v, ['value']);
    }
  }
}

/**
 * Validates a RecordingChunkInfo, reporting every error.
 *
 * One stored chunk of a call recording (the spec's AcsRecordingChunkInfoProperties).
 */
export function validateRecordingChunkInfo(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RecordingChunkInfo> {
  return $validate<RecordingChunkInfo>($isRecordingChunkInfo, $checkRecordingChunkInfo, value, options);
}

/**
 * Whether a value is a valid RecordingChunkInfo.
 *
 * One stored chunk of a call recording (the spec's AcsRecordingChunkInfoProperties).
 */
export function isRecordingChunkInfo(value: unknown): value is RecordingChunkInfo {
  try {
    return $isRecordingChunkInfo(value, false);
  } catch {
    return false;
  }
}

function $isRecordingChunkInfo(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['documentId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('documentId' in r1) || $hasOwn.call(v, 'documentId')))
    return false;
  const v3 = v['index'];
  if (v3 !== undefined && (!('index' in r1) || $hasOwn.call(v, 'index'))) {
    if (typeof v3 !== 'number' || !Number.isInteger(v3)) return false;
  }
  const v4 = v['endReason'];
  if (typeof v4 !== 'string' && v4 !== undefined && (!('endReason' in r1) || $hasOwn.call(v, 'endReason')))
    return false;
  const v5 = v['metadataLocation'];
  if (
    typeof v5 !== 'string' &&
    v5 !== undefined &&
    (!('metadataLocation' in r1) || $hasOwn.call(v, 'metadataLocation'))
  )
    return false;
  const v6 = v['contentLocation'];
  if (
    typeof v6 !== 'string' &&
    v6 !== undefined &&
    (!('contentLocation' in r1) || $hasOwn.call(v, 'contentLocation'))
  )
    return false;
  const v7 = v['deleteLocation'];
  if (
    typeof v7 !== 'string' &&
    v7 !== undefined &&
    (!('deleteLocation' in r1) || $hasOwn.call(v, 'deleteLocation'))
  )
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'documentId',
        'index',
        'endReason',
        'metadataLocation',
        'contentLocation',
        'deleteLocation',
      ])
    )
      return false;
  }
  return true;
}

function $checkRecordingChunkInfo(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'documentId' in r1 && v, 'documentId', v['documentId'], true);
    const v2 = v['index'];
    if ($has(e, p, 'index' in r1 && v, 'index', v2)) {
      if (typeof v2 !== 'number' || !Number.isInteger(v2)) {
        $fail(e, p + '/index', 'must be an integer', 'integer', $type(v2));
      }
    }
    $checkStringProperty(e, p, 'endReason' in r1 && v, 'endReason', v['endReason'], true);
    $checkStringProperty(
      e,
      p,
      'metadataLocation' in r1 && v,
      'metadataLocation',
      v['metadataLocation'],
      true,
    );
    $checkStringProperty(e, p, 'contentLocation' in r1 && v, 'contentLocation', v['contentLocation'], true);
    $checkStringProperty(e, p, 'deleteLocation' in r1 && v, 'deleteLocation', v['deleteLocation'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'documentId',
        'index',
        'endReason',
        'metadataLocation',
        'contentLocation',
        'deleteLocation',
      ]);
    }
  }
}

/**
 * Validates a RecordingStorageInfo, reporting every error.
 *
 * Where a call recording is stored (the spec's AcsRecordingStorageInfoProperties).
 */
export function validateRecordingStorageInfo(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RecordingStorageInfo> {
  return $validate<RecordingStorageInfo>($isRecordingStorageInfo, $checkRecordingStorageInfo, value, options);
}

/**
 * Whether a value is a valid RecordingStorageInfo.
 *
 * Where a call recording is stored (the spec's AcsRecordingStorageInfoProperties).
 */
export function isRecordingStorageInfo(value: unknown): value is RecordingStorageInfo {
  try {
    return $isRecordingStorageInfo(value, false);
  } catch {
    return false;
  }
}

function $isRecordingStorageInfo(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['recordingChunks'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== undefined && (!('recordingChunks' in r1) || $hasOwn.call(v, 'recordingChunks'))) {
    if (!Array.isArray(v2)) return false;
    const a3 = v2 as unknown[];
    for (let i4 = 0; i4 < a3.length; i4++) {
      const v5 = a3[i4];
      if (!$isRecordingChunkInfo(v5, s)) return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ['recordingChunks'])) return false;
  }
  return true;
}

function $checkRecordingStorageInfo(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['recordingChunks'];
    if ($has(e, p, 'recordingChunks' in r1 && v, 'recordingChunks', v2)) {
      if (!Array.isArray(v2)) {
        $fail(e, p + '/recordingChunks', 'must be an array', 'array', $type(v2));
      } else {
        const a3 = v2 as unknown[];
        for (let i4 = 0; i4 < a3.length; i4++) {
          const v5 = a3[i4];
          $checkRecordingChunkInfo(v5, p + '/recordingChunks/' + i4, e, s);
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['recordingChunks']);
    }
  }
}

/**
 * Validates a RouterChannelConfiguration, reporting every error.
 *
 * A worker's capacity on one channel.
 */
export function validateRouterChannelConfiguration(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterChannelConfiguration> {
  return $validate<RouterChannelConfiguration>(
    $isRouterChannelConfiguration,
    $checkRouterChannelConfiguration,
    value,
    options,
  );
}

/**
 * Whether a value is a valid RouterChannelConfiguration.
 *
 * A worker's capacity on one channel.
 */
export function isRouterChannelConfiguration(value: unknown): value is RouterChannelConfiguration {
  try {
    return $isRouterChannelConfiguration(value, false);
  } catch {
    return false;
  }
}

function $isRouterChannelConfiguration(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['channelId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('channelId' in r1 && !$hasOwn.call(v, 'channelId'))) return false;
  const v3 = v['capacityCostPerJob'];
  if (v3 === undefined || ('capacityCostPerJob' in r1 && !$hasOwn.call(v, 'capacityCostPerJob')))
    return false;
  if (typeof v3 !== 'number' || !Number.isInteger(v3)) return false;
  if (!$int32(v3)) return false;
  const v4 = v['maxNumberOfJobs'];
  if (v4 !== undefined && (!('maxNumberOfJobs' in r1) || $hasOwn.call(v, 'maxNumberOfJobs'))) {
    if ((typeof v4 !== 'number' || !Number.isInteger(v4)) && v4 !== null) return false;
    if (typeof v4 === 'number' && !$int32(v4)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['channelId', 'capacityCostPerJob', 'maxNumberOfJobs'])) return false;
  }
  return true;
}

function $checkRouterChannelConfiguration(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'channelId' in r1 && v, 'channelId', v['channelId']);
    const v2 = v['capacityCostPerJob'];
    if ($has(e, p, 'capacityCostPerJob' in r1 && v, 'capacityCostPerJob', v2, 'int32')) {
      if (typeof v2 !== 'number' || !Number.isInteger(v2)) {
        $fail(e, p + '/capacityCostPerJob', 'must be an integer', 'integer', $type(v2));
      } else {
        if (!$int32(v2)) {
          $fail(
            e,
            p + '/capacityCostPerJob',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v2),
          );
        }
      }
    }
    const v3 = v['maxNumberOfJobs'];
    if ($has(e, p, 'maxNumberOfJobs' in r1 && v, 'maxNumberOfJobs', v3)) {
      if ((typeof v3 !== 'number' || !Number.isInteger(v3)) && v3 !== null) {
        $fail(e, p + '/maxNumberOfJobs', 'must be an integer or null', 'integer | null', $type(v3));
      } else {
        if (typeof v3 === 'number' && !$int32(v3)) {
          $fail(
            e,
            p + '/maxNumberOfJobs',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v3),
          );
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['channelId', 'capacityCostPerJob', 'maxNumberOfJobs']);
    }
  }
}

/**
 * Validates a RouterCommunicationError, reporting every error.
 *
 * An error Job Router reports, with optional nested detail (OData error shape).
 */
export function validateRouterCommunicationError(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterCommunicationError> {
  return $validate<RouterCommunicationError>(
    $isRouterCommunicationError,
    $checkRouterCommunicationError,
    value,
    options,
  );
}

/**
 * Whether a value is a valid RouterCommunicationError.
 *
 * An error Job Router reports, with optional nested detail (OData error shape).
 */
export function isRouterCommunicationError(value: unknown): value is RouterCommunicationError {
  try {
    return $isRouterCommunicationError(value, false);
  } catch {
    return false;
  }
}

function $isRouterCommunicationError(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['code'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== undefined && (!('code' in r1) || $hasOwn.call(v, 'code'))) {
    if (typeof v2 !== 'string' && v2 !== null) return false;
  }
  const v3 = v['message'];
  if (typeof v3 !== 'string' || ('message' in r1 && !$hasOwn.call(v, 'message'))) return false;
  const v4 = v['target'];
  if (v4 !== undefined && (!('target' in r1) || $hasOwn.call(v, 'target'))) {
    if (typeof v4 !== 'string' && v4 !== null) return false;
  }
  const v5 = v['innerError'];
  if (v5 !== undefined && (!('innerError' in r1) || $hasOwn.call(v, 'innerError'))) {
    if ((typeof v5 !== 'object' || v5 === null || Array.isArray(v5)) && v5 !== null) return false;
  }
  const v8 = v['details'];
  if (v8 !== undefined && (!('details' in r1) || $hasOwn.call(v, 'details'))) {
    if (!Array.isArray(v8) && v8 !== null) return false;
    if (Array.isArray(v8)) {
      const a9 = v8 as unknown[];
      for (let i10 = 0; i10 < a9.length; i10++) {
        const v11 = a9[i10];
        if (!$isObject(v11)) return false;
      }
    }
  }
  if (s) {
    if (!$onlyKeys(v, ['code', 'message', 'target', 'innerError', 'details'])) return false;
  }
  return true;
}

function $checkRouterCommunicationError(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['code'];
    if ($has(e, p, 'code' in r1 && v, 'code', v2)) {
      if (typeof v2 !== 'string' && v2 !== null) {
        $fail(e, p + '/code', 'must be a string or null', 'string | null', $type(v2));
      }
    }
    $checkStringProperty(e, p, 'message' in r1 && v, 'message', v['message']);
    const v3 = v['target'];
    if ($has(e, p, 'target' in r1 && v, 'target', v3)) {
      if (typeof v3 !== 'string' && v3 !== null) {
        $fail(e, p + '/target', 'must be a string or null', 'string | null', $type(v3));
      }
    }
    const v4 = v['innerError'];
    if ($has(e, p, 'innerError' in r1 && v, 'innerError', v4)) {
      if ((typeof v4 !== 'object' || v4 === null || Array.isArray(v4)) && v4 !== null) {
        $fail(e, p + '/innerError', 'must be an object or null', 'object | null', $type(v4));
      }
    }
    const v7 = v['details'];
    if ($has(e, p, 'details' in r1 && v, 'details', v7)) {
      if (!Array.isArray(v7) && v7 !== null) {
        $fail(e, p + '/details', 'must be an array or null', 'array | null', $type(v7));
      } else {
        if (Array.isArray(v7)) {
          const a8 = v7 as unknown[];
          for (let i9 = 0; i9 < a8.length; i9++) {
            const v10 = a8[i9];
            $checkObject(e, p + '/details/' + i9, v10);
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['code', 'message', 'target', 'innerError', 'details']);
    }
  }
}

/**
 * Validates a RouterEventBase, reporting every error.
 *
 * What every Job Router job and offer event carries: the job and its channel.
 */
export function validateRouterEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterEventBase> {
  return $validate<RouterEventBase>($isRouterEventBase, $checkRouterEventBase, value, options);
}

/**
 * Whether a value is a valid RouterEventBase.
 *
 * What every Job Router job and offer event carries: the job and its channel.
 */
export function isRouterEventBase(value: unknown): value is RouterEventBase {
  try {
    return $isRouterEventBase(value, false);
  } catch {
    return false;
  }
}

function $isRouterEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['jobId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('jobId' in r1 && !$hasOwn.call(v, 'jobId'))) return false;
  const v3 = v['channelReference'];
  if (v3 !== undefined && (!('channelReference' in r1) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v3 !== 'string' && v3 !== null) return false;
  }
  const v4 = v['channelId'];
  if (typeof v4 !== 'string' || ('channelId' in r1 && !$hasOwn.call(v, 'channelId'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['jobId', 'channelReference', 'channelId'])) return false;
  }
  return true;
}

function $checkRouterEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r1 && v, 'jobId', v['jobId']);
    const v2 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r1 && v, 'channelReference', v2)) {
      if (typeof v2 !== 'string' && v2 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v2));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r1 && v, 'channelId', v['channelId']);
    if (s) {
      $extraKeys(e, p, v, ['jobId', 'channelReference', 'channelId']);
    }
  }
}

/**
 * Validates a RouterJobEventBase, reporting every error.
 *
 * What every RouterJob* event carries: the job, its channel and queue, labels and tags.
 */
export function validateRouterJobEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterJobEventBase> {
  return $validate<RouterJobEventBase>($isRouterJobEventBase, $checkRouterJobEventBase, value, options);
}

/**
 * Whether a value is a valid RouterJobEventBase.
 *
 * What every RouterJob* event carries: the job, its channel and queue, labels and tags.
 */
export function isRouterJobEventBase(value: unknown): value is RouterJobEventBase {
  try {
    return $isRouterJobEventBase(value, false);
  } catch {
    return false;
  }
}

function $isRouterJobEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['jobId'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== 'string' || ('jobId' in r3 && !$hasOwn.call(v, 'jobId'))) return false;
  const v5 = v['channelReference'];
  if (v5 !== undefined && (!('channelReference' in r3) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v5 !== 'string' && v5 !== null) return false;
  }
  const v6 = v['channelId'];
  if (typeof v6 !== 'string' || ('channelId' in r3 && !$hasOwn.call(v, 'channelId'))) return false;
  const v8 = v['queueId'];
  const r7: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v8 !== undefined && (!('queueId' in r7) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v8 !== 'string' && v8 !== null) return false;
  }
  const v9 = v['labels'];
  if (v9 === undefined || ('labels' in r7 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v9, s)) return false;
  const v12 = v['tags'];
  if (v12 === undefined || ('tags' in r7 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v12, s)) return false;
  if (s) {
    if (!$onlyKeys(v, ['jobId', 'channelReference', 'channelId', 'queueId', 'labels', 'tags'])) return false;
  }
  return true;
}

function $checkRouterJobEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r3 && v, 'jobId', v['jobId']);
    const v4 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r3 && v, 'channelReference', v4)) {
      if (typeof v4 !== 'string' && v4 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v4));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r3 && v, 'channelId', v['channelId']);
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    const v6 = v['queueId'];
    if ($has(e, p, 'queueId' in r5 && v, 'queueId', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    const v7 = v['labels'];
    if ($has(e, p, 'labels' in r5 && v, 'labels', v7, 'RouterLabels')) {
      $checkRouterLabels(v7, p + '/labels', e, s);
    }
    const v10 = v['tags'];
    if ($has(e, p, 'tags' in r5 && v, 'tags', v10, 'RouterLabels')) {
      $checkRouterLabels(v10, p + '/tags', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['jobId', 'channelReference', 'channelId', 'queueId', 'labels', 'tags']);
    }
  }
}

/**
 * Validates a RouterLabels, reporting every error.
 *
 * Labels or tags of a Job Router job, worker or queue: a map from a key to a scalar value. The docs type them Dictionary<string, object> and the Job Router API accepts string, number and boolean values; the REST API spec narrows the values to strings (every docs sample shows strings).
 */
export function validateRouterLabels(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterLabels> {
  return $validate<RouterLabels>($isRouterLabels, $checkRouterLabels, value, options);
}

/**
 * Whether a value is a valid RouterLabels.
 *
 * Labels or tags of a Job Router job, worker or queue: a map from a key to a scalar value. The docs type them Dictionary<string, object> and the Job Router API accepts string, number and boolean values; the REST API spec narrows the values to strings (every docs sample shows strings).
 */
export function isRouterLabels(value: unknown): value is RouterLabels {
  try {
    return $isRouterLabels(value, false);
  } catch {
    return false;
  }
}

function $isRouterLabels(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  for (const k2 in v) {
    if (!$hasOwn.call(v, k2)) continue;
    const v3 = v[k2];
    if (!($isRouterLabels$1(v3, s) || $isRouterLabels$2(v3, s) || $isRouterLabels$3(v3, s))) return false;
  }
  return true;
}

function $checkRouterLabels(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    for (const k2 in v) {
      if (!$hasOwn.call(v, k2)) continue;
      const v3 = v[k2];
      if (!($isRouterLabels$1(v3, s) || $isRouterLabels$2(v3, s) || $isRouterLabels$3(v3, s))) {
        $fail(
          e,
          p + '/' + $esc(k2),
          'must match at least one alternative (anyOf)',
          'string | number | boolean',
          $type(v3),
        );
        if (typeof v3 === 'string') $checkRouterLabels$1(v3, p + '/' + $esc(k2), e, s);
        if (typeof v3 === 'number' && Number.isFinite(v3)) $checkRouterLabels$2(v3, p + '/' + $esc(k2), e, s);
        if (typeof v3 === 'boolean') $checkRouterLabels$3(v3, p + '/' + $esc(k2), e, s);
      }
    }
  }
}

function $isRouterLabels$1(v: unknown, _s: boolean): boolean {
  if (typeof v !== 'string') return false;
  return true;
}

function $checkRouterLabels$1(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (typeof v !== 'string') {
    $fail(e, p, 'must be a string', 'string', $type(v));
  }
}

function $isRouterLabels$2(v: unknown, _s: boolean): boolean {
  if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  return true;
}

function $checkRouterLabels$2(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    $fail(e, p, 'must be a number', 'number', $type(v));
  }
}

function $isRouterLabels$3(v: unknown, _s: boolean): boolean {
  if (typeof v !== 'boolean') return false;
  return true;
}

function $checkRouterLabels$3(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (typeof v !== 'boolean') {
    $fail(e, p, 'must be a boolean', 'boolean', $type(v));
  }
}

/**
 * Validates a RouterQueueDetails, reporting every error.
 *
 * A Job Router queue: its id, name and labels.
 */
export function validateRouterQueueDetails(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterQueueDetails> {
  return $validate<RouterQueueDetails>($isRouterQueueDetails, $checkRouterQueueDetails, value, options);
}

/**
 * Whether a value is a valid RouterQueueDetails.
 *
 * A Job Router queue: its id, name and labels.
 */
export function isRouterQueueDetails(value: unknown): value is RouterQueueDetails {
  try {
    return $isRouterQueueDetails(value, false);
  } catch {
    return false;
  }
}

function $isRouterQueueDetails(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['id'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('id' in r1 && !$hasOwn.call(v, 'id'))) return false;
  const v3 = v['name'];
  if (typeof v3 !== 'string' || ('name' in r1 && !$hasOwn.call(v, 'name'))) return false;
  const v4 = v['labels'];
  if (v4 !== undefined && (!('labels' in r1) || $hasOwn.call(v, 'labels'))) {
    if (!$isRouterLabels(v4, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['id', 'name', 'labels'])) return false;
  }
  return true;
}

function $checkRouterQueueDetails(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id']);
    $checkStringProperty(e, p, 'name' in r1 && v, 'name', v['name']);
    const v2 = v['labels'];
    if ($has(e, p, 'labels' in r1 && v, 'labels', v2)) {
      $checkRouterLabels(v2, p + '/labels', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['id', 'name', 'labels']);
    }
  }
}

/**
 * Validates a RouterWorker, reporting every error.
 *
 * A Job Router worker's state: capacity, queues, channels, labels and tags, as RouterWorkerRegistered, RouterWorkerDeleted and RouterWorkerUpdated give it.
 */
export function validateRouterWorker(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterWorker> {
  return $validate<RouterWorker>($isRouterWorker, $checkRouterWorker, value, options);
}

/**
 * Whether a value is a valid RouterWorker.
 *
 * A Job Router worker's state: capacity, queues, channels, labels and tags, as RouterWorkerRegistered, RouterWorkerDeleted and RouterWorkerUpdated give it.
 */
export function isRouterWorker(value: unknown): value is RouterWorker {
  try {
    return $isRouterWorker(value, false);
  } catch {
    return false;
  }
}

function $isRouterWorker(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['workerId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('workerId' in r1 && !$hasOwn.call(v, 'workerId'))) return false;
  const v3 = v['totalCapacity'];
  if (v3 === undefined || ('totalCapacity' in r1 && !$hasOwn.call(v, 'totalCapacity'))) return false;
  if (typeof v3 !== 'number' || !Number.isInteger(v3)) return false;
  if (!$int32(v3)) return false;
  const v4 = v['queueAssignments'];
  if (v4 === undefined || ('queueAssignments' in r1 && !$hasOwn.call(v, 'queueAssignments'))) return false;
  if (!Array.isArray(v4)) return false;
  const a5 = v4 as unknown[];
  for (let i6 = 0; i6 < a5.length; i6++) {
    const v7 = a5[i6];
    if (!$isRouterQueueDetails(v7, s)) return false;
  }
  const v10 = v['channelConfigurations'];
  if (v10 === undefined || ('channelConfigurations' in r1 && !$hasOwn.call(v, 'channelConfigurations')))
    return false;
  if (!Array.isArray(v10)) return false;
  const a11 = v10 as unknown[];
  for (let i12 = 0; i12 < a11.length; i12++) {
    const v13 = a11[i12];
    if (!$isRouterChannelConfiguration(v13, s)) return false;
  }
  const v16 = v['labels'];
  if (v16 !== undefined && (!('labels' in r1) || $hasOwn.call(v, 'labels'))) {
    if (!($isRouterLabels(v16, s) || $isRouterWorker$4(v16, s))) return false;
  }
  const v19 = v['tags'];
  if (v19 !== undefined && (!('tags' in r1) || $hasOwn.call(v, 'tags'))) {
    if (!($isRouterLabels(v19, s) || $isRouterWorker$5(v19, s))) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'workerId',
        'totalCapacity',
        'queueAssignments',
        'channelConfigurations',
        'labels',
        'tags',
      ])
    )
      return false;
  }
  return true;
}

function $checkRouterWorker(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'workerId' in r1 && v, 'workerId', v['workerId']);
    const v2 = v['totalCapacity'];
    if ($has(e, p, 'totalCapacity' in r1 && v, 'totalCapacity', v2, 'int32')) {
      if (typeof v2 !== 'number' || !Number.isInteger(v2)) {
        $fail(e, p + '/totalCapacity', 'must be an integer', 'integer', $type(v2));
      } else {
        if (!$int32(v2)) {
          $fail(
            e,
            p + '/totalCapacity',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v2),
          );
        }
      }
    }
    const v3 = v['queueAssignments'];
    if ($has(e, p, 'queueAssignments' in r1 && v, 'queueAssignments', v3, 'RouterQueueDetails[]')) {
      if (!Array.isArray(v3)) {
        $fail(e, p + '/queueAssignments', 'must be an array', 'array', $type(v3));
      } else {
        const a4 = v3 as unknown[];
        for (let i5 = 0; i5 < a4.length; i5++) {
          const v6 = a4[i5];
          $checkRouterQueueDetails(v6, p + '/queueAssignments/' + i5, e, s);
        }
      }
    }
    const v9 = v['channelConfigurations'];
    if (
      $has(
        e,
        p,
        'channelConfigurations' in r1 && v,
        'channelConfigurations',
        v9,
        'RouterChannelConfiguration[]',
      )
    ) {
      if (!Array.isArray(v9)) {
        $fail(e, p + '/channelConfigurations', 'must be an array', 'array', $type(v9));
      } else {
        const a10 = v9 as unknown[];
        for (let i11 = 0; i11 < a10.length; i11++) {
          const v12 = a10[i11];
          $checkRouterChannelConfiguration(v12, p + '/channelConfigurations/' + i11, e, s);
        }
      }
    }
    const v15 = v['labels'];
    if ($has(e, p, 'labels' in r1 && v, 'labels', v15)) {
      if (!($isRouterLabels(v15, s) || $isRouterWorker$4(v15, s))) {
        $fail(
          e,
          p + '/labels',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v15),
        );
        if (typeof v15 === 'object' && v15 !== null && !Array.isArray(v15))
          $checkRouterLabels(v15, p + '/labels', e, s);
        if (v15 === null) $checkRouterWorker$4(v15, p + '/labels', e, s);
      }
    }
    const v18 = v['tags'];
    if ($has(e, p, 'tags' in r1 && v, 'tags', v18)) {
      if (!($isRouterLabels(v18, s) || $isRouterWorker$5(v18, s))) {
        $fail(
          e,
          p + '/tags',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v18),
        );
        if (typeof v18 === 'object' && v18 !== null && !Array.isArray(v18))
          $checkRouterLabels(v18, p + '/tags', e, s);
        if (v18 === null) $checkRouterWorker$5(v18, p + '/tags', e, s);
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'workerId',
        'totalCapacity',
        'queueAssignments',
        'channelConfigurations',
        'labels',
        'tags',
      ]);
    }
  }
}

function $isRouterWorker$4(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkRouterWorker$4(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

function $isRouterWorker$5(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkRouterWorker$5(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

/**
 * Validates a RouterWorkerEventBase, reporting every error.
 *
 * What every RouterWorkerOffer* event carries: the job, its channel and the worker.
 */
export function validateRouterWorkerEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterWorkerEventBase> {
  return $validate<RouterWorkerEventBase>(
    $isRouterWorkerEventBase,
    $checkRouterWorkerEventBase,
    value,
    options,
  );
}

/**
 * Whether a value is a valid RouterWorkerEventBase.
 *
 * What every RouterWorkerOffer* event carries: the job, its channel and the worker.
 */
export function isRouterWorkerEventBase(value: unknown): value is RouterWorkerEventBase {
  try {
    return $isRouterWorkerEventBase(value, false);
  } catch {
    return false;
  }
}

function $isRouterWorkerEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['jobId'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== 'string' || ('jobId' in r3 && !$hasOwn.call(v, 'jobId'))) return false;
  const v5 = v['channelReference'];
  if (v5 !== undefined && (!('channelReference' in r3) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v5 !== 'string' && v5 !== null) return false;
  }
  const v6 = v['channelId'];
  if (typeof v6 !== 'string' || ('channelId' in r3 && !$hasOwn.call(v, 'channelId'))) return false;
  const v8 = v['workerId'];
  const r7: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v8 !== 'string' || ('workerId' in r7 && !$hasOwn.call(v, 'workerId'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['jobId', 'channelReference', 'channelId', 'workerId'])) return false;
  }
  return true;
}

function $checkRouterWorkerEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r3 && v, 'jobId', v['jobId']);
    const v4 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r3 && v, 'channelReference', v4)) {
      if (typeof v4 !== 'string' && v4 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v4));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r3 && v, 'channelId', v['channelId']);
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'workerId' in r5 && v, 'workerId', v['workerId']);
    if (s) {
      $extraKeys(e, p, v, ['jobId', 'channelReference', 'channelId', 'workerId']);
    }
  }
}

/**
 * Validates a RouterWorkerSelector, reporting every error.
 *
 * A condition a worker must meet to be offered a job: the worker label `key` compared with `value` by `labelOperator`, optionally limited in time (`ttlSeconds`, `expirationTime`).
 */
export function validateRouterWorkerSelector(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterWorkerSelector> {
  return $validate<RouterWorkerSelector>($isRouterWorkerSelector, $checkRouterWorkerSelector, value, options);
}

/**
 * Whether a value is a valid RouterWorkerSelector.
 *
 * A condition a worker must meet to be offered a job: the worker label `key` compared with `value` by `labelOperator`, optionally limited in time (`ttlSeconds`, `expirationTime`).
 */
export function isRouterWorkerSelector(value: unknown): value is RouterWorkerSelector {
  try {
    return $isRouterWorkerSelector(value, false);
  } catch {
    return false;
  }
}

function $isRouterWorkerSelector(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['key'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('key' in r1 && !$hasOwn.call(v, 'key'))) return false;
  const v3 = v['labelOperator'];
  if (v3 === undefined || ('labelOperator' in r1 && !$hasOwn.call(v, 'labelOperator'))) return false;
  if (typeof v3 !== 'string') return false;
  const v6 = v['value'];
  if (v6 !== undefined && (!('value' in r1) || $hasOwn.call(v, 'value'))) {
    if (!(
      $isRouterWorkerSelector$6(v6, s) ||
      $isRouterWorkerSelector$7(v6, s) ||
      $isRouterWorkerSelector$8(v6, s)
    ))
      return false;
  }
  const v9 = v['ttlSeconds'];
  if (
    (typeof v9 !== 'number' || !Number.isFinite(v9)) &&
    v9 !== undefined &&
    (!('ttlSeconds' in r1) || $hasOwn.call(v, 'ttlSeconds'))
  )
    return false;
  const v10 = v['state'];
  if (v10 !== undefined && (!('state' in r1) || $hasOwn.call(v, 'state'))) {
    if (typeof v10 !== 'string') return false;
  }
  const v13 = v['expirationTime'];
  if (
    (typeof v13 !== 'string' || !$dateTime(v13)) &&
    v13 !== undefined &&
    (!('expirationTime' in r1) || $hasOwn.call(v, 'expirationTime'))
  )
    return false;
  if (s) {
    if (!$onlyKeys(v, ['key', 'labelOperator', 'value', 'ttlSeconds', 'state', 'expirationTime']))
      return false;
  }
  return true;
}

function $checkRouterWorkerSelector(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'key' in r1 && v, 'key', v['key']);
    const v2 = v['labelOperator'];
    if (
      $has(
        e,
        p,
        'labelOperator' in r1 && v,
        'labelOperator',
        v2,
        '"Equal" | "NotEqual" | "Greater" | "Less" | "GreaterThanOrEqual" | "LessThanOrEqual" | string',
      )
    ) {
      if (typeof v2 !== 'string') {
        $fail(
          e,
          p + '/labelOperator',
          'must be one of "Equal" | "NotEqual" | "Greater" | "Less" | "GreaterThanOrEqual" | "LessThanOrEqual" | string',
          '"Equal" | "NotEqual" | "Greater" | "Less" | "GreaterThanOrEqual" | "LessThanOrEqual" | string',
          $show(v2),
        );
      }
    }
    const v5 = v['value'];
    if ($has(e, p, 'value' in r1 && v, 'value', v5)) {
      if (!(
        $isRouterWorkerSelector$6(v5, s) ||
        $isRouterWorkerSelector$7(v5, s) ||
        $isRouterWorkerSelector$8(v5, s)
      )) {
        $fail(
          e,
          p + '/value',
          'must match at least one alternative (anyOf)',
          'string | number | boolean',
          $type(v5),
        );
        if (typeof v5 === 'string') $checkRouterWorkerSelector$6(v5, p + '/value', e, s);
        if (typeof v5 === 'number' && Number.isFinite(v5))
          $checkRouterWorkerSelector$7(v5, p + '/value', e, s);
        if (typeof v5 === 'boolean') $checkRouterWorkerSelector$8(v5, p + '/value', e, s);
      }
    }
    $checkNumberProperty(e, p, 'ttlSeconds' in r1 && v, 'ttlSeconds', v['ttlSeconds'], true);
    const v8 = v['state'];
    if ($has(e, p, 'state' in r1 && v, 'state', v8)) {
      if (typeof v8 !== 'string') {
        $fail(
          e,
          p + '/state',
          'must be one of "active" | "expired" | string',
          '"active" | "expired" | string',
          $show(v8),
        );
      }
    }
    $checkDateTimeProperty(e, p, 'expirationTime' in r1 && v, 'expirationTime', v['expirationTime'], true);
    if (s) {
      $extraKeys(e, p, v, ['key', 'labelOperator', 'value', 'ttlSeconds', 'state', 'expirationTime']);
    }
  }
}

function $isRouterWorkerSelector$6(v: unknown, _s: boolean): boolean {
  if (typeof v !== 'string') return false;
  return true;
}

function $checkRouterWorkerSelector$6(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (typeof v !== 'string') {
    $fail(e, p, 'must be a string', 'string', $type(v));
  }
}

function $isRouterWorkerSelector$7(v: unknown, _s: boolean): boolean {
  if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  return true;
}

function $checkRouterWorkerSelector$7(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    $fail(e, p, 'must be a number', 'number', $type(v));
  }
}

function $isRouterWorkerSelector$8(v: unknown, _s: boolean): boolean {
  if (typeof v !== 'boolean') return false;
  return true;
}

function $checkRouterWorkerSelector$8(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (typeof v !== 'boolean') {
    $fail(e, p, 'must be a boolean', 'boolean', $type(v));
  }
}

/**
 * Validates a SmsDeliveryAttempt, reporting every error.
 *
 * One attempt at delivering an SMS.
 */
export function validateSmsDeliveryAttempt(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SmsDeliveryAttempt> {
  return $validate<SmsDeliveryAttempt>($isSmsDeliveryAttempt, $checkSmsDeliveryAttempt, value, options);
}

/**
 * Whether a value is a valid SmsDeliveryAttempt.
 *
 * One attempt at delivering an SMS.
 */
export function isSmsDeliveryAttempt(value: unknown): value is SmsDeliveryAttempt {
  try {
    return $isSmsDeliveryAttempt(value, false);
  } catch {
    return false;
  }
}

function $isSmsDeliveryAttempt(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['timestamp'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || !$dateTime(v2) || ('timestamp' in r1 && !$hasOwn.call(v, 'timestamp')))
    return false;
  const v3 = v['segmentsSucceeded'];
  if (
    typeof v3 !== 'number' ||
    !Number.isInteger(v3) ||
    ('segmentsSucceeded' in r1 && !$hasOwn.call(v, 'segmentsSucceeded'))
  )
    return false;
  const v4 = v['segmentsFailed'];
  if (
    typeof v4 !== 'number' ||
    !Number.isInteger(v4) ||
    ('segmentsFailed' in r1 && !$hasOwn.call(v, 'segmentsFailed'))
  )
    return false;
  if (s) {
    if (!$onlyKeys(v, ['timestamp', 'segmentsSucceeded', 'segmentsFailed'])) return false;
  }
  return true;
}

function $checkSmsDeliveryAttempt(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, 'timestamp' in r1 && v, 'timestamp', v['timestamp']);
    $checkIntegerProperty(e, p, 'segmentsSucceeded' in r1 && v, 'segmentsSucceeded', v['segmentsSucceeded']);
    $checkIntegerProperty(e, p, 'segmentsFailed' in r1 && v, 'segmentsFailed', v['segmentsFailed']);
    if (s) {
      $extraKeys(e, p, v, ['timestamp', 'segmentsSucceeded', 'segmentsFailed']);
    }
  }
}

// Event data

/**
 * Validates the data of a Microsoft.Communication.AdvancedMessageAnalysisCompleted event, reporting every error.
 *
 * Published when Communication Services completes an AI analysis (intent, language, key phrases) of a customer's message, for resources that opted in to message analysis. Preview; the REST API spec has no definition for it.
 */
export function validateAcsAdvancedMessageAnalysisCompletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsAdvancedMessageAnalysisCompletedEventData> {
  return $validate<AcsAdvancedMessageAnalysisCompletedEventData>(
    $isAcsAdvancedMessageAnalysisCompletedEventData,
    $checkAcsAdvancedMessageAnalysisCompletedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.AdvancedMessageAnalysisCompleted event.
 *
 * Published when Communication Services completes an AI analysis (intent, language, key phrases) of a customer's message, for resources that opted in to message analysis. Preview; the REST API spec has no definition for it.
 */
export function isAcsAdvancedMessageAnalysisCompletedEventData(
  value: unknown,
): value is AcsAdvancedMessageAnalysisCompletedEventData {
  try {
    return $isAcsAdvancedMessageAnalysisCompletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsAdvancedMessageAnalysisCompletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['channelType'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v4 === undefined || ('channelType' in r3 && !$hasOwn.call(v, 'channelType'))) return false;
  if (typeof v4 !== 'string') return false;
  const v7 = v['from'];
  if (typeof v7 !== 'string' || ('from' in r3 && !$hasOwn.call(v, 'from'))) return false;
  const v8 = v['to'];
  if (typeof v8 !== 'string' || ('to' in r3 && !$hasOwn.call(v, 'to'))) return false;
  const v9 = v['receivedTimestamp'];
  if (
    typeof v9 !== 'string' ||
    !$dateTime(v9) ||
    ('receivedTimestamp' in r3 && !$hasOwn.call(v, 'receivedTimestamp'))
  )
    return false;
  const v10 = v['error'];
  if (v10 !== undefined && (!('error' in r3) || $hasOwn.call(v, 'error'))) {
    if (!$isAdvancedMessageChannelEventError(v10, s)) return false;
  }
  const v14 = v['originalMessage'];
  const r13: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    typeof v14 !== 'string' &&
    v14 !== undefined &&
    (!('originalMessage' in r13) || $hasOwn.call(v, 'originalMessage'))
  )
    return false;
  const v15 = v['intentAnalysis'];
  if (
    typeof v15 !== 'string' &&
    v15 !== undefined &&
    (!('intentAnalysis' in r13) || $hasOwn.call(v, 'intentAnalysis'))
  )
    return false;
  const v16 = v['languageDetection'];
  if (v16 !== undefined && (!('languageDetection' in r13) || $hasOwn.call(v, 'languageDetection'))) {
    if (!$isAdvancedMessageLanguageDetection(v16, s)) return false;
  }
  const v19 = v['extractedKeyPhrases'];
  if (v19 !== undefined && (!('extractedKeyPhrases' in r13) || $hasOwn.call(v, 'extractedKeyPhrases'))) {
    if (!Array.isArray(v19)) return false;
    const a20 = v19 as unknown[];
    for (let i21 = 0; i21 < a20.length; i21++) {
      const v22 = a20[i21];
      if (typeof v22 !== 'string') return false;
    }
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'channelType',
        'from',
        'to',
        'receivedTimestamp',
        'error',
        'originalMessage',
        'intentAnalysis',
        'languageDetection',
        'extractedKeyPhrases',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsAdvancedMessageAnalysisCompletedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    const v4 = v['channelType'];
    if ($has(e, p, 'channelType' in r3 && v, 'channelType', v4, '"whatsapp" | string')) {
      if (typeof v4 !== 'string') {
        $fail(e, p + '/channelType', 'must be one of "whatsapp" | string', '"whatsapp" | string', $show(v4));
      }
    }
    $checkStringProperty(e, p, 'from' in r3 && v, 'from', v['from']);
    $checkStringProperty(e, p, 'to' in r3 && v, 'to', v['to']);
    $checkDateTimeProperty(e, p, 'receivedTimestamp' in r3 && v, 'receivedTimestamp', v['receivedTimestamp']);
    const v7 = v['error'];
    if ($has(e, p, 'error' in r3 && v, 'error', v7)) {
      $checkAdvancedMessageChannelEventError(v7, p + '/error', e, s);
    }
    const r10: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'originalMessage' in r10 && v, 'originalMessage', v['originalMessage'], true);
    $checkStringProperty(e, p, 'intentAnalysis' in r10 && v, 'intentAnalysis', v['intentAnalysis'], true);
    const v11 = v['languageDetection'];
    if ($has(e, p, 'languageDetection' in r10 && v, 'languageDetection', v11)) {
      $checkAdvancedMessageLanguageDetection(v11, p + '/languageDetection', e, s);
    }
    const v14 = v['extractedKeyPhrases'];
    if ($has(e, p, 'extractedKeyPhrases' in r10 && v, 'extractedKeyPhrases', v14)) {
      if (!Array.isArray(v14)) {
        $fail(e, p + '/extractedKeyPhrases', 'must be an array', 'array', $type(v14));
      } else {
        const a15 = v14 as unknown[];
        for (let i16 = 0; i16 < a15.length; i16++) {
          const v17 = a15[i16];
          if (typeof v17 !== 'string') {
            $fail(e, p + '/extractedKeyPhrases/' + i16, 'must be a string', 'string', $type(v17));
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'channelType',
        'from',
        'to',
        'receivedTimestamp',
        'error',
        'originalMessage',
        'intentAnalysis',
        'languageDetection',
        'extractedKeyPhrases',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated event, reporting every error.
 *
 * Published when Communication Services Advanced Messaging receives a status update (sent, delivered, read, failed …) for a message the business sent.
 */
export function validateAcsAdvancedMessageDeliveryStatusUpdatedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsAdvancedMessageDeliveryStatusUpdatedEventData> {
  return $validate<AcsAdvancedMessageDeliveryStatusUpdatedEventData>(
    $isAcsAdvancedMessageDeliveryStatusUpdatedEventData,
    $checkAcsAdvancedMessageDeliveryStatusUpdatedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated event.
 *
 * Published when Communication Services Advanced Messaging receives a status update (sent, delivered, read, failed …) for a message the business sent.
 */
export function isAcsAdvancedMessageDeliveryStatusUpdatedEventData(
  value: unknown,
): value is AcsAdvancedMessageDeliveryStatusUpdatedEventData {
  try {
    return $isAcsAdvancedMessageDeliveryStatusUpdatedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsAdvancedMessageDeliveryStatusUpdatedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['channelType'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v4 === undefined || ('channelType' in r3 && !$hasOwn.call(v, 'channelType'))) return false;
  if (typeof v4 !== 'string') return false;
  const v7 = v['from'];
  if (typeof v7 !== 'string' || ('from' in r3 && !$hasOwn.call(v, 'from'))) return false;
  const v8 = v['to'];
  if (typeof v8 !== 'string' || ('to' in r3 && !$hasOwn.call(v, 'to'))) return false;
  const v9 = v['receivedTimestamp'];
  if (
    typeof v9 !== 'string' ||
    !$dateTime(v9) ||
    ('receivedTimestamp' in r3 && !$hasOwn.call(v, 'receivedTimestamp'))
  )
    return false;
  const v10 = v['error'];
  if (v10 !== undefined && (!('error' in r3) || $hasOwn.call(v, 'error'))) {
    if (!$isAdvancedMessageChannelEventError(v10, s)) return false;
  }
  const v14 = v['messageId'];
  const r13: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v14 !== 'string' || ('messageId' in r13 && !$hasOwn.call(v, 'messageId'))) return false;
  const v15 = v['status'];
  if (v15 === undefined || ('status' in r13 && !$hasOwn.call(v, 'status'))) return false;
  if (typeof v15 !== 'string') return false;
  if (s) {
    if (!$onlyKeys(v, ['channelType', 'from', 'to', 'receivedTimestamp', 'error', 'messageId', 'status']))
      return false;
  }
  return true;
}

function $checkAcsAdvancedMessageDeliveryStatusUpdatedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    const v4 = v['channelType'];
    if ($has(e, p, 'channelType' in r3 && v, 'channelType', v4, '"whatsapp" | string')) {
      if (typeof v4 !== 'string') {
        $fail(e, p + '/channelType', 'must be one of "whatsapp" | string', '"whatsapp" | string', $show(v4));
      }
    }
    $checkStringProperty(e, p, 'from' in r3 && v, 'from', v['from']);
    $checkStringProperty(e, p, 'to' in r3 && v, 'to', v['to']);
    $checkDateTimeProperty(e, p, 'receivedTimestamp' in r3 && v, 'receivedTimestamp', v['receivedTimestamp']);
    const v7 = v['error'];
    if ($has(e, p, 'error' in r3 && v, 'error', v7)) {
      $checkAdvancedMessageChannelEventError(v7, p + '/error', e, s);
    }
    const r10: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r10 && v, 'messageId', v['messageId']);
    const v11 = v['status'];
    if (
      $has(
        e,
        p,
        'status' in r10 && v,
        'status',
        v11,
        '"Sent" | "Delivered" | "Read" | "Failed" | "Warning" | "Unknown" | string',
      )
    ) {
      if (typeof v11 !== 'string') {
        $fail(
          e,
          p + '/status',
          'must be one of "Sent" | "Delivered" | "Read" | "Failed" | "Warning" | "Unknown" | string',
          '"Sent" | "Delivered" | "Read" | "Failed" | "Warning" | "Unknown" | string',
          $show(v11),
        );
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['channelType', 'from', 'to', 'receivedTimestamp', 'error', 'messageId', 'status']);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.AdvancedMessageReceived event, reporting every error.
 *
 * Published when Communication Services Advanced Messaging receives a message (e.g. a WhatsApp user writes to a WhatsApp Business number connected to an Advanced Messaging channel).
 */
export function validateAcsAdvancedMessageReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsAdvancedMessageReceivedEventData> {
  return $validate<AcsAdvancedMessageReceivedEventData>(
    $isAcsAdvancedMessageReceivedEventData,
    $checkAcsAdvancedMessageReceivedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.AdvancedMessageReceived event.
 *
 * Published when Communication Services Advanced Messaging receives a message (e.g. a WhatsApp user writes to a WhatsApp Business number connected to an Advanced Messaging channel).
 */
export function isAcsAdvancedMessageReceivedEventData(
  value: unknown,
): value is AcsAdvancedMessageReceivedEventData {
  try {
    return $isAcsAdvancedMessageReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsAdvancedMessageReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['channelType'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v4 === undefined || ('channelType' in r3 && !$hasOwn.call(v, 'channelType'))) return false;
  if (typeof v4 !== 'string') return false;
  const v7 = v['from'];
  if (typeof v7 !== 'string' || ('from' in r3 && !$hasOwn.call(v, 'from'))) return false;
  const v8 = v['to'];
  if (typeof v8 !== 'string' || ('to' in r3 && !$hasOwn.call(v, 'to'))) return false;
  const v9 = v['receivedTimestamp'];
  if (
    typeof v9 !== 'string' ||
    !$dateTime(v9) ||
    ('receivedTimestamp' in r3 && !$hasOwn.call(v, 'receivedTimestamp'))
  )
    return false;
  const v10 = v['error'];
  if (v10 !== undefined && (!('error' in r3) || $hasOwn.call(v, 'error'))) {
    if (!$isAdvancedMessageChannelEventError(v10, s)) return false;
  }
  const v14 = v['messageId'];
  const r13: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v14 !== 'string' && v14 !== undefined && (!('messageId' in r13) || $hasOwn.call(v, 'messageId')))
    return false;
  const v15 = v['messageType'];
  if (typeof v15 !== 'string' || ('messageType' in r13 && !$hasOwn.call(v, 'messageType'))) return false;
  const v16 = v['content'];
  if (typeof v16 !== 'string' && v16 !== undefined && (!('content' in r13) || $hasOwn.call(v, 'content')))
    return false;
  const v17 = v['media'];
  if (v17 !== undefined && (!('media' in r13) || $hasOwn.call(v, 'media'))) {
    if (!$isAdvancedMessageMediaContent(v17, s)) return false;
  }
  const v20 = v['context'];
  if (v20 !== undefined && (!('context' in r13) || $hasOwn.call(v, 'context'))) {
    if (!$isAdvancedMessageContext(v20, s)) return false;
  }
  const v23 = v['button'];
  if (v23 !== undefined && (!('button' in r13) || $hasOwn.call(v, 'button'))) {
    if (!$isAdvancedMessageButtonContent(v23, s)) return false;
  }
  const v26 = v['interactive'];
  if (v26 !== undefined && (!('interactive' in r13) || $hasOwn.call(v, 'interactive'))) {
    if (!$isAdvancedMessageInteractiveContent(v26, s)) return false;
  }
  const v29 = v['reaction'];
  if (v29 !== undefined && (!('reaction' in r13) || $hasOwn.call(v, 'reaction'))) {
    if (!$isAdvancedMessageReactionContent(v29, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'channelType',
        'from',
        'to',
        'receivedTimestamp',
        'error',
        'messageId',
        'messageType',
        'content',
        'media',
        'context',
        'button',
        'interactive',
        'reaction',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsAdvancedMessageReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    const v4 = v['channelType'];
    if ($has(e, p, 'channelType' in r3 && v, 'channelType', v4, '"whatsapp" | string')) {
      if (typeof v4 !== 'string') {
        $fail(e, p + '/channelType', 'must be one of "whatsapp" | string', '"whatsapp" | string', $show(v4));
      }
    }
    $checkStringProperty(e, p, 'from' in r3 && v, 'from', v['from']);
    $checkStringProperty(e, p, 'to' in r3 && v, 'to', v['to']);
    $checkDateTimeProperty(e, p, 'receivedTimestamp' in r3 && v, 'receivedTimestamp', v['receivedTimestamp']);
    const v7 = v['error'];
    if ($has(e, p, 'error' in r3 && v, 'error', v7)) {
      $checkAdvancedMessageChannelEventError(v7, p + '/error', e, s);
    }
    const r10: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r10 && v, 'messageId', v['messageId'], true);
    $checkStringProperty(e, p, 'messageType' in r10 && v, 'messageType', v['messageType']);
    $checkStringProperty(e, p, 'content' in r10 && v, 'content', v['content'], true);
    const v11 = v['media'];
    if ($has(e, p, 'media' in r10 && v, 'media', v11)) {
      $checkAdvancedMessageMediaContent(v11, p + '/media', e, s);
    }
    const v14 = v['context'];
    if ($has(e, p, 'context' in r10 && v, 'context', v14)) {
      $checkAdvancedMessageContext(v14, p + '/context', e, s);
    }
    const v17 = v['button'];
    if ($has(e, p, 'button' in r10 && v, 'button', v17)) {
      $checkAdvancedMessageButtonContent(v17, p + '/button', e, s);
    }
    const v20 = v['interactive'];
    if ($has(e, p, 'interactive' in r10 && v, 'interactive', v20)) {
      $checkAdvancedMessageInteractiveContent(v20, p + '/interactive', e, s);
    }
    const v23 = v['reaction'];
    if ($has(e, p, 'reaction' in r10 && v, 'reaction', v23)) {
      $checkAdvancedMessageReactionContent(v23, p + '/reaction', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'channelType',
        'from',
        'to',
        'receivedTimestamp',
        'error',
        'messageId',
        'messageType',
        'content',
        'media',
        'context',
        'button',
        'interactive',
        'reaction',
      ]);
    }
  }
}

/** The documented wire forms of AcsCallEndedEventData (catalog errata with a `wire` decision). */
const $wireAcsCallEndedEventData: readonly WireForm[] = [
  {
    erratum: 'call-ended-duration-name',
    decision: 'variant',
    parent: [],
    name: 'callDurationInSeconds',
    published: {
      name: 'durationOfCall',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.CallEnded event, reporting every error.
 *
 * Published when a call is ended.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsCallEndedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsCallEndedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(value, $wireAcsCallEndedEventData, options?.strict === true, errors, normalized);
    $checkAcsCallEndedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsCallEndedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.CallEnded event.
 *
 * Published when a call is ended.
 */
export function isAcsCallEndedEventData(value: unknown): value is AcsCallEndedEventData {
  try {
    return $isAcsCallEndedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsCallEndedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['startedBy'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v4 === undefined || ('startedBy' in r3 && !$hasOwn.call(v, 'startedBy'))) return false;
  if (!$isCallParticipant(v4, s)) return false;
  const v7 = v['serverCallId'];
  if (typeof v7 !== 'string' || ('serverCallId' in r3 && !$hasOwn.call(v, 'serverCallId'))) return false;
  const v8 = v['group'];
  if (v8 !== undefined && (!('group' in r3) || $hasOwn.call(v, 'group'))) {
    if (!$isCallGroup(v8, s)) return false;
  }
  const v11 = v['room'];
  if (v11 !== undefined && (!('room' in r3) || $hasOwn.call(v, 'room'))) {
    if (!$isCallRoom(v11, s)) return false;
  }
  const v14 = v['isTwoParty'];
  if (
    typeof v14 !== 'boolean' &&
    v14 !== undefined &&
    (!('isTwoParty' in r3) || $hasOwn.call(v, 'isTwoParty'))
  )
    return false;
  const v15 = v['correlationId'];
  if (typeof v15 !== 'string' || ('correlationId' in r3 && !$hasOwn.call(v, 'correlationId'))) return false;
  const v16 = v['isRoomsCall'];
  if (
    typeof v16 !== 'boolean' &&
    v16 !== undefined &&
    (!('isRoomsCall' in r3) || $hasOwn.call(v, 'isRoomsCall'))
  )
    return false;
  const v18 = v['endedBy'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 !== undefined && (!('endedBy' in r17) || $hasOwn.call(v, 'endedBy'))) {
    if (!$isCallEndedBy(v18, s)) return false;
  }
  const v21 = v['reason'];
  if (v21 !== undefined && (!('reason' in r17) || $hasOwn.call(v, 'reason'))) {
    if (!$isCallEndReason(v21, s)) return false;
  }
  const v24 = v['callDurationInSeconds'];
  if (
    (typeof v24 !== 'number' || !Number.isFinite(v24)) &&
    v24 !== undefined &&
    (!('callDurationInSeconds' in r17) || $hasOwn.call(v, 'callDurationInSeconds'))
  )
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
        'endedBy',
        'reason',
        'callDurationInSeconds',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsCallEndedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    const v4 = v['startedBy'];
    if ($has(e, p, 'startedBy' in r3 && v, 'startedBy', v4, 'CallParticipant')) {
      $checkCallParticipant(v4, p + '/startedBy', e, s);
    }
    $checkStringProperty(e, p, 'serverCallId' in r3 && v, 'serverCallId', v['serverCallId']);
    const v7 = v['group'];
    if ($has(e, p, 'group' in r3 && v, 'group', v7)) {
      $checkCallGroup(v7, p + '/group', e, s);
    }
    const v10 = v['room'];
    if ($has(e, p, 'room' in r3 && v, 'room', v10)) {
      $checkCallRoom(v10, p + '/room', e, s);
    }
    $checkBooleanProperty(e, p, 'isTwoParty' in r3 && v, 'isTwoParty', v['isTwoParty'], true);
    $checkStringProperty(e, p, 'correlationId' in r3 && v, 'correlationId', v['correlationId']);
    $checkBooleanProperty(e, p, 'isRoomsCall' in r3 && v, 'isRoomsCall', v['isRoomsCall'], true);
    const r13: object = Object.getPrototypeOf(v) || Object.prototype;
    const v14 = v['endedBy'];
    if ($has(e, p, 'endedBy' in r13 && v, 'endedBy', v14)) {
      $checkCallEndedBy(v14, p + '/endedBy', e, s);
    }
    const v17 = v['reason'];
    if ($has(e, p, 'reason' in r13 && v, 'reason', v17)) {
      $checkCallEndReason(v17, p + '/reason', e, s);
    }
    $checkNumberProperty(
      e,
      p,
      'callDurationInSeconds' in r13 && v,
      'callDurationInSeconds',
      v['callDurationInSeconds'],
      true,
    );
    if (s) {
      $extraKeys(e, p, v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
        'endedBy',
        'reason',
        'callDurationInSeconds',
      ]);
    }
  }
}

/** The documented wire forms of AcsCallParticipantAddedEventData (catalog errata with a `wire` decision). */
const $wireAcsCallParticipantAddedEventData: readonly WireForm[] = [
  {
    erratum: 'endpoint-type-vs-user-agent-164',
    decision: 'variant',
    parent: [],
    name: 'userAgent',
    published: {
      name: 'endpointType',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.CallParticipantAdded event, reporting every error.
 *
 * Published when a participant is added to a call.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsCallParticipantAddedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsCallParticipantAddedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsCallParticipantAddedEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsCallParticipantAddedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsCallParticipantAddedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.CallParticipantAdded event.
 *
 * Published when a participant is added to a call.
 */
export function isAcsCallParticipantAddedEventData(
  value: unknown,
): value is AcsCallParticipantAddedEventData {
  try {
    return $isAcsCallParticipantAddedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsCallParticipantAddedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['startedBy'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v6 === undefined || ('startedBy' in r5 && !$hasOwn.call(v, 'startedBy'))) return false;
  if (!$isCallParticipant(v6, s)) return false;
  const v9 = v['serverCallId'];
  if (typeof v9 !== 'string' || ('serverCallId' in r5 && !$hasOwn.call(v, 'serverCallId'))) return false;
  const v10 = v['group'];
  if (v10 !== undefined && (!('group' in r5) || $hasOwn.call(v, 'group'))) {
    if (!$isCallGroup(v10, s)) return false;
  }
  const v13 = v['room'];
  if (v13 !== undefined && (!('room' in r5) || $hasOwn.call(v, 'room'))) {
    if (!$isCallRoom(v13, s)) return false;
  }
  const v16 = v['isTwoParty'];
  if (
    typeof v16 !== 'boolean' &&
    v16 !== undefined &&
    (!('isTwoParty' in r5) || $hasOwn.call(v, 'isTwoParty'))
  )
    return false;
  const v17 = v['correlationId'];
  if (typeof v17 !== 'string' || ('correlationId' in r5 && !$hasOwn.call(v, 'correlationId'))) return false;
  const v18 = v['isRoomsCall'];
  if (
    typeof v18 !== 'boolean' &&
    v18 !== undefined &&
    (!('isRoomsCall' in r5) || $hasOwn.call(v, 'isRoomsCall'))
  )
    return false;
  const v20 = v['user'];
  const r19: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v20 !== undefined && (!('user' in r19) || $hasOwn.call(v, 'user'))) {
    if (!$isCallParticipant(v20, s)) return false;
  }
  const v23 = v['displayName'];
  if (
    typeof v23 !== 'string' &&
    v23 !== undefined &&
    (!('displayName' in r19) || $hasOwn.call(v, 'displayName'))
  )
    return false;
  const v24 = v['participantId'];
  if (
    typeof v24 !== 'string' &&
    v24 !== undefined &&
    (!('participantId' in r19) || $hasOwn.call(v, 'participantId'))
  )
    return false;
  const v25 = v['userAgent'];
  if (typeof v25 !== 'string' && v25 !== undefined && (!('userAgent' in r19) || $hasOwn.call(v, 'userAgent')))
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
        'user',
        'displayName',
        'participantId',
        'userAgent',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsCallParticipantAddedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    const v6 = v['startedBy'];
    if ($has(e, p, 'startedBy' in r5 && v, 'startedBy', v6, 'CallParticipant')) {
      $checkCallParticipant(v6, p + '/startedBy', e, s);
    }
    $checkStringProperty(e, p, 'serverCallId' in r5 && v, 'serverCallId', v['serverCallId']);
    const v9 = v['group'];
    if ($has(e, p, 'group' in r5 && v, 'group', v9)) {
      $checkCallGroup(v9, p + '/group', e, s);
    }
    const v12 = v['room'];
    if ($has(e, p, 'room' in r5 && v, 'room', v12)) {
      $checkCallRoom(v12, p + '/room', e, s);
    }
    $checkBooleanProperty(e, p, 'isTwoParty' in r5 && v, 'isTwoParty', v['isTwoParty'], true);
    $checkStringProperty(e, p, 'correlationId' in r5 && v, 'correlationId', v['correlationId']);
    $checkBooleanProperty(e, p, 'isRoomsCall' in r5 && v, 'isRoomsCall', v['isRoomsCall'], true);
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v['user'];
    if ($has(e, p, 'user' in r15 && v, 'user', v16)) {
      $checkCallParticipant(v16, p + '/user', e, s);
    }
    $checkStringProperty(e, p, 'displayName' in r15 && v, 'displayName', v['displayName'], true);
    $checkStringProperty(e, p, 'participantId' in r15 && v, 'participantId', v['participantId'], true);
    $checkStringProperty(e, p, 'userAgent' in r15 && v, 'userAgent', v['userAgent'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
        'user',
        'displayName',
        'participantId',
        'userAgent',
      ]);
    }
  }
}

/** The documented wire forms of AcsCallParticipantRemovedEventData (catalog errata with a `wire` decision). */
const $wireAcsCallParticipantRemovedEventData: readonly WireForm[] = [
  {
    erratum: 'endpoint-type-vs-user-agent-212',
    decision: 'variant',
    parent: [],
    name: 'userAgent',
    published: {
      name: 'endpointType',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.CallParticipantRemoved event, reporting every error.
 *
 * Published when a participant is removed from a call.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsCallParticipantRemovedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsCallParticipantRemovedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsCallParticipantRemovedEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsCallParticipantRemovedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsCallParticipantRemovedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.CallParticipantRemoved event.
 *
 * Published when a participant is removed from a call.
 */
export function isAcsCallParticipantRemovedEventData(
  value: unknown,
): value is AcsCallParticipantRemovedEventData {
  try {
    return $isAcsCallParticipantRemovedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsCallParticipantRemovedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['startedBy'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v6 === undefined || ('startedBy' in r5 && !$hasOwn.call(v, 'startedBy'))) return false;
  if (!$isCallParticipant(v6, s)) return false;
  const v9 = v['serverCallId'];
  if (typeof v9 !== 'string' || ('serverCallId' in r5 && !$hasOwn.call(v, 'serverCallId'))) return false;
  const v10 = v['group'];
  if (v10 !== undefined && (!('group' in r5) || $hasOwn.call(v, 'group'))) {
    if (!$isCallGroup(v10, s)) return false;
  }
  const v13 = v['room'];
  if (v13 !== undefined && (!('room' in r5) || $hasOwn.call(v, 'room'))) {
    if (!$isCallRoom(v13, s)) return false;
  }
  const v16 = v['isTwoParty'];
  if (
    typeof v16 !== 'boolean' &&
    v16 !== undefined &&
    (!('isTwoParty' in r5) || $hasOwn.call(v, 'isTwoParty'))
  )
    return false;
  const v17 = v['correlationId'];
  if (typeof v17 !== 'string' || ('correlationId' in r5 && !$hasOwn.call(v, 'correlationId'))) return false;
  const v18 = v['isRoomsCall'];
  if (
    typeof v18 !== 'boolean' &&
    v18 !== undefined &&
    (!('isRoomsCall' in r5) || $hasOwn.call(v, 'isRoomsCall'))
  )
    return false;
  const v20 = v['user'];
  const r19: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v20 !== undefined && (!('user' in r19) || $hasOwn.call(v, 'user'))) {
    if (!$isCallParticipant(v20, s)) return false;
  }
  const v23 = v['displayName'];
  if (
    typeof v23 !== 'string' &&
    v23 !== undefined &&
    (!('displayName' in r19) || $hasOwn.call(v, 'displayName'))
  )
    return false;
  const v24 = v['participantId'];
  if (
    typeof v24 !== 'string' &&
    v24 !== undefined &&
    (!('participantId' in r19) || $hasOwn.call(v, 'participantId'))
  )
    return false;
  const v25 = v['userAgent'];
  if (typeof v25 !== 'string' && v25 !== undefined && (!('userAgent' in r19) || $hasOwn.call(v, 'userAgent')))
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
        'user',
        'displayName',
        'participantId',
        'userAgent',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsCallParticipantRemovedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    const v6 = v['startedBy'];
    if ($has(e, p, 'startedBy' in r5 && v, 'startedBy', v6, 'CallParticipant')) {
      $checkCallParticipant(v6, p + '/startedBy', e, s);
    }
    $checkStringProperty(e, p, 'serverCallId' in r5 && v, 'serverCallId', v['serverCallId']);
    const v9 = v['group'];
    if ($has(e, p, 'group' in r5 && v, 'group', v9)) {
      $checkCallGroup(v9, p + '/group', e, s);
    }
    const v12 = v['room'];
    if ($has(e, p, 'room' in r5 && v, 'room', v12)) {
      $checkCallRoom(v12, p + '/room', e, s);
    }
    $checkBooleanProperty(e, p, 'isTwoParty' in r5 && v, 'isTwoParty', v['isTwoParty'], true);
    $checkStringProperty(e, p, 'correlationId' in r5 && v, 'correlationId', v['correlationId']);
    $checkBooleanProperty(e, p, 'isRoomsCall' in r5 && v, 'isRoomsCall', v['isRoomsCall'], true);
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v['user'];
    if ($has(e, p, 'user' in r15 && v, 'user', v16)) {
      $checkCallParticipant(v16, p + '/user', e, s);
    }
    $checkStringProperty(e, p, 'displayName' in r15 && v, 'displayName', v['displayName'], true);
    $checkStringProperty(e, p, 'participantId' in r15 && v, 'participantId', v['participantId'], true);
    $checkStringProperty(e, p, 'userAgent' in r15 && v, 'userAgent', v['userAgent'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
        'user',
        'displayName',
        'participantId',
        'userAgent',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.CallStarted event, reporting every error.
 *
 * Published when a call is started.
 */
export function validateAcsCallStartedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsCallStartedEventData> {
  return $validate<AcsCallStartedEventData>(
    $isAcsCallStartedEventData,
    $checkAcsCallStartedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.CallStarted event.
 *
 * Published when a call is started.
 */
export function isAcsCallStartedEventData(value: unknown): value is AcsCallStartedEventData {
  try {
    return $isAcsCallStartedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsCallStartedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['startedBy'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v4 === undefined || ('startedBy' in r3 && !$hasOwn.call(v, 'startedBy'))) return false;
  if (!$isCallParticipant(v4, s)) return false;
  const v7 = v['serverCallId'];
  if (typeof v7 !== 'string' || ('serverCallId' in r3 && !$hasOwn.call(v, 'serverCallId'))) return false;
  const v8 = v['group'];
  if (v8 !== undefined && (!('group' in r3) || $hasOwn.call(v, 'group'))) {
    if (!$isCallGroup(v8, s)) return false;
  }
  const v11 = v['room'];
  if (v11 !== undefined && (!('room' in r3) || $hasOwn.call(v, 'room'))) {
    if (!$isCallRoom(v11, s)) return false;
  }
  const v14 = v['isTwoParty'];
  if (
    typeof v14 !== 'boolean' &&
    v14 !== undefined &&
    (!('isTwoParty' in r3) || $hasOwn.call(v, 'isTwoParty'))
  )
    return false;
  const v15 = v['correlationId'];
  if (typeof v15 !== 'string' || ('correlationId' in r3 && !$hasOwn.call(v, 'correlationId'))) return false;
  const v16 = v['isRoomsCall'];
  if (
    typeof v16 !== 'boolean' &&
    v16 !== undefined &&
    (!('isRoomsCall' in r3) || $hasOwn.call(v, 'isRoomsCall'))
  )
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsCallStartedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    const v4 = v['startedBy'];
    if ($has(e, p, 'startedBy' in r3 && v, 'startedBy', v4, 'CallParticipant')) {
      $checkCallParticipant(v4, p + '/startedBy', e, s);
    }
    $checkStringProperty(e, p, 'serverCallId' in r3 && v, 'serverCallId', v['serverCallId']);
    const v7 = v['group'];
    if ($has(e, p, 'group' in r3 && v, 'group', v7)) {
      $checkCallGroup(v7, p + '/group', e, s);
    }
    const v10 = v['room'];
    if ($has(e, p, 'room' in r3 && v, 'room', v10)) {
      $checkCallRoom(v10, p + '/room', e, s);
    }
    $checkBooleanProperty(e, p, 'isTwoParty' in r3 && v, 'isTwoParty', v['isTwoParty'], true);
    $checkStringProperty(e, p, 'correlationId' in r3 && v, 'correlationId', v['correlationId']);
    $checkBooleanProperty(e, p, 'isRoomsCall' in r3 && v, 'isRoomsCall', v['isRoomsCall'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'startedBy',
        'serverCallId',
        'group',
        'room',
        'isTwoParty',
        'correlationId',
        'isRoomsCall',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatAzureBotCommandReceivedInThread event, reporting every error.
 *
 * Published when an Azure bot command is received in a chat thread (REST API spec only: no docs page lists it).
 */
export function validateAcsChatAzureBotCommandReceivedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatAzureBotCommandReceivedInThreadEventData> {
  return $validate<AcsChatAzureBotCommandReceivedInThreadEventData>(
    $isAcsChatAzureBotCommandReceivedInThreadEventData,
    $checkAcsChatAzureBotCommandReceivedInThreadEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatAzureBotCommandReceivedInThread event.
 *
 * Published when an Azure bot command is received in a chat thread (REST API spec only: no docs page lists it).
 */
export function isAcsChatAzureBotCommandReceivedInThreadEventData(
  value: unknown,
): value is AcsChatAzureBotCommandReceivedInThreadEventData {
  try {
    return $isAcsChatAzureBotCommandReceivedInThreadEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatAzureBotCommandReceivedInThreadEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['transactionId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('transactionId' in r5 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v7 = v['threadId'];
  if (typeof v7 !== 'string' || ('threadId' in r5 && !$hasOwn.call(v, 'threadId'))) return false;
  const v9 = v['messageId'];
  const r8: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v9 !== 'string' || ('messageId' in r8 && !$hasOwn.call(v, 'messageId'))) return false;
  const v10 = v['senderCommunicationIdentifier'];
  if (
    v10 === undefined ||
    ('senderCommunicationIdentifier' in r8 && !$hasOwn.call(v, 'senderCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v10, s)) return false;
  const v13 = v['senderDisplayName'];
  if (
    typeof v13 !== 'string' &&
    v13 !== undefined &&
    (!('senderDisplayName' in r8) || $hasOwn.call(v, 'senderDisplayName'))
  )
    return false;
  const v14 = v['composeTime'];
  if (
    (typeof v14 !== 'string' || !$dateTime(v14)) &&
    v14 !== undefined &&
    (!('composeTime' in r8) || $hasOwn.call(v, 'composeTime'))
  )
    return false;
  const v15 = v['type'];
  if (typeof v15 !== 'string' || ('type' in r8 && !$hasOwn.call(v, 'type'))) return false;
  const v16 = v['version'];
  if (v16 !== undefined && (!('version' in r8) || $hasOwn.call(v, 'version'))) {
    if (typeof v16 !== 'number' || !Number.isInteger(v16)) return false;
  }
  const v18 = v['messageBody'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== 'string' || ('messageBody' in r17 && !$hasOwn.call(v, 'messageBody'))) return false;
  const v19 = v['metadata'];
  if (v19 !== undefined && (!('metadata' in r17) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatMessageMetadata(v19, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'transactionId',
        'threadId',
        'messageId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'messageBody',
        'metadata',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatAzureBotCommandReceivedInThreadEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'transactionId' in r5 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r5 && v, 'threadId', v['threadId']);
    const r6: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r6 && v, 'messageId', v['messageId']);
    const v7 = v['senderCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'senderCommunicationIdentifier' in r6 && v,
        'senderCommunicationIdentifier',
        v7,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v7, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(
      e,
      p,
      'senderDisplayName' in r6 && v,
      'senderDisplayName',
      v['senderDisplayName'],
      true,
    );
    $checkDateTimeProperty(e, p, 'composeTime' in r6 && v, 'composeTime', v['composeTime'], true);
    $checkStringProperty(e, p, 'type' in r6 && v, 'type', v['type']);
    const v10 = v['version'];
    if ($has(e, p, 'version' in r6 && v, 'version', v10)) {
      if (typeof v10 !== 'number' || !Number.isInteger(v10)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v10));
      }
    }
    const r11: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageBody' in r11 && v, 'messageBody', v['messageBody']);
    const v12 = v['metadata'];
    if ($has(e, p, 'metadata' in r11 && v, 'metadata', v12)) {
      $checkChatMessageMetadata(v12, p + '/metadata', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'transactionId',
        'threadId',
        'messageId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'messageBody',
        'metadata',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatMemberAddedToThreadWithUser event, reporting every error.
 *
 * Published when the user is added as member to a chat thread.
 *
 * @deprecated The service no longer sends Microsoft.Communication.ChatMemberAddedToThreadWithUser; see Microsoft.Communication.ChatParticipantAddedToThreadWithUser.
 */
export function validateAcsChatMemberAddedToThreadWithUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMemberAddedToThreadWithUserEventData> {
  return $validate<AcsChatMemberAddedToThreadWithUserEventData>(
    $isAcsChatMemberAddedToThreadWithUserEventData,
    $checkAcsChatMemberAddedToThreadWithUserEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMemberAddedToThreadWithUser event.
 *
 * Published when the user is added as member to a chat thread.
 *
 * @deprecated The service no longer sends Microsoft.Communication.ChatMemberAddedToThreadWithUser; see Microsoft.Communication.ChatParticipantAddedToThreadWithUser.
 */
export function isAcsChatMemberAddedToThreadWithUserEventData(
  value: unknown,
): value is AcsChatMemberAddedToThreadWithUserEventData {
  try {
    return $isAcsChatMemberAddedToThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMemberAddedToThreadWithUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['time'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || !$dateTime(v2) || ('time' in r1 && !$hasOwn.call(v, 'time'))) return false;
  const v3 = v['addedBy'];
  if (typeof v3 !== 'string' || ('addedBy' in r1 && !$hasOwn.call(v, 'addedBy'))) return false;
  const v4 = v['memberAdded'];
  if (v4 === undefined || ('memberAdded' in r1 && !$hasOwn.call(v, 'memberAdded'))) return false;
  if (!$isChatThreadMember(v4, s)) return false;
  const v7 = v['createTime'];
  if (typeof v7 !== 'string' || !$dateTime(v7) || ('createTime' in r1 && !$hasOwn.call(v, 'createTime')))
    return false;
  const v8 = v['version'];
  if (typeof v8 !== 'number' || !Number.isInteger(v8) || ('version' in r1 && !$hasOwn.call(v, 'version')))
    return false;
  const v9 = v['recipientId'];
  if (typeof v9 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v10 = v['transactionId'];
  if (typeof v10 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v11 = v['threadId'];
  if (typeof v11 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'time',
        'addedBy',
        'memberAdded',
        'createTime',
        'version',
        'recipientId',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMemberAddedToThreadWithUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, 'time' in r1 && v, 'time', v['time']);
    $checkStringProperty(e, p, 'addedBy' in r1 && v, 'addedBy', v['addedBy']);
    const v2 = v['memberAdded'];
    if ($has(e, p, 'memberAdded' in r1 && v, 'memberAdded', v2, 'ChatThreadMember')) {
      $checkChatThreadMember(v2, p + '/memberAdded', e, s);
    }
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, 'version' in r1 && v, 'version', v['version']);
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'time',
        'addedBy',
        'memberAdded',
        'createTime',
        'version',
        'recipientId',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatMemberRemovedFromThreadWithUser event, reporting every error.
 *
 * Published when the user is removed from a chat thread.
 *
 * @deprecated The service no longer sends Microsoft.Communication.ChatMemberRemovedFromThreadWithUser; see Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser.
 */
export function validateAcsChatMemberRemovedFromThreadWithUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMemberRemovedFromThreadWithUserEventData> {
  return $validate<AcsChatMemberRemovedFromThreadWithUserEventData>(
    $isAcsChatMemberRemovedFromThreadWithUserEventData,
    $checkAcsChatMemberRemovedFromThreadWithUserEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMemberRemovedFromThreadWithUser event.
 *
 * Published when the user is removed from a chat thread.
 *
 * @deprecated The service no longer sends Microsoft.Communication.ChatMemberRemovedFromThreadWithUser; see Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser.
 */
export function isAcsChatMemberRemovedFromThreadWithUserEventData(
  value: unknown,
): value is AcsChatMemberRemovedFromThreadWithUserEventData {
  try {
    return $isAcsChatMemberRemovedFromThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMemberRemovedFromThreadWithUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['time'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || !$dateTime(v2) || ('time' in r1 && !$hasOwn.call(v, 'time'))) return false;
  const v3 = v['removedBy'];
  if (typeof v3 !== 'string' || ('removedBy' in r1 && !$hasOwn.call(v, 'removedBy'))) return false;
  const v4 = v['memberRemoved'];
  if (v4 === undefined || ('memberRemoved' in r1 && !$hasOwn.call(v, 'memberRemoved'))) return false;
  if (!$isChatThreadMember(v4, s)) return false;
  const v7 = v['createTime'];
  if (typeof v7 !== 'string' || !$dateTime(v7) || ('createTime' in r1 && !$hasOwn.call(v, 'createTime')))
    return false;
  const v8 = v['version'];
  if (typeof v8 !== 'number' || !Number.isInteger(v8) || ('version' in r1 && !$hasOwn.call(v, 'version')))
    return false;
  const v9 = v['recipientId'];
  if (typeof v9 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v10 = v['transactionId'];
  if (typeof v10 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v11 = v['threadId'];
  if (typeof v11 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'time',
        'removedBy',
        'memberRemoved',
        'createTime',
        'version',
        'recipientId',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMemberRemovedFromThreadWithUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, 'time' in r1 && v, 'time', v['time']);
    $checkStringProperty(e, p, 'removedBy' in r1 && v, 'removedBy', v['removedBy']);
    const v2 = v['memberRemoved'];
    if ($has(e, p, 'memberRemoved' in r1 && v, 'memberRemoved', v2, 'ChatThreadMember')) {
      $checkChatThreadMember(v2, p + '/memberRemoved', e, s);
    }
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, 'version' in r1 && v, 'version', v['version']);
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'time',
        'removedBy',
        'memberRemoved',
        'createTime',
        'version',
        'recipientId',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatMessageDeleted event, reporting every error.
 *
 * Published when a message is deleted in a chat thread that the user is member of.
 */
export function validateAcsChatMessageDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageDeletedEventData> {
  return $validate<AcsChatMessageDeletedEventData>(
    $isAcsChatMessageDeletedEventData,
    $checkAcsChatMessageDeletedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageDeleted event.
 *
 * Published when a message is deleted in a chat thread that the user is member of.
 */
export function isAcsChatMessageDeletedEventData(value: unknown): value is AcsChatMessageDeletedEventData {
  try {
    return $isAcsChatMessageDeletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageDeletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['deleteTime'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || !$dateTime(v2) || ('deleteTime' in r1 && !$hasOwn.call(v, 'deleteTime')))
    return false;
  const v3 = v['messageId'];
  if (typeof v3 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v4 = v['senderId'];
  if (typeof v4 !== 'string' || ('senderId' in r1 && !$hasOwn.call(v, 'senderId'))) return false;
  const v5 = v['senderCommunicationIdentifier'];
  if (
    v5 !== undefined &&
    (!('senderCommunicationIdentifier' in r1) || $hasOwn.call(v, 'senderCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v5, s)) return false;
  }
  const v8 = v['senderDisplayName'];
  if (typeof v8 !== 'string' || ('senderDisplayName' in r1 && !$hasOwn.call(v, 'senderDisplayName')))
    return false;
  const v9 = v['composeTime'];
  if (typeof v9 !== 'string' || !$dateTime(v9) || ('composeTime' in r1 && !$hasOwn.call(v, 'composeTime')))
    return false;
  const v10 = v['type'];
  if (typeof v10 !== 'string' || ('type' in r1 && !$hasOwn.call(v, 'type'))) return false;
  const v11 = v['version'];
  if (v11 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v11 !== 'number' || !Number.isInteger(v11)) return false;
  const v12 = v['recipientId'];
  if (typeof v12 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v13 = v['recipientCommunicationIdentifier'];
  if (
    v13 !== undefined &&
    (!('recipientCommunicationIdentifier' in r1) || $hasOwn.call(v, 'recipientCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v13, s)) return false;
  }
  const v16 = v['transactionId'];
  if (typeof v16 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v17 = v['threadId'];
  if (typeof v17 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'deleteTime',
        'messageId',
        'senderId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMessageDeletedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, 'deleteTime' in r1 && v, 'deleteTime', v['deleteTime']);
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, 'senderId' in r1 && v, 'senderId', v['senderId']);
    const v2 = v['senderCommunicationIdentifier'];
    if ($has(e, p, 'senderCommunicationIdentifier' in r1 && v, 'senderCommunicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'senderDisplayName' in r1 && v, 'senderDisplayName', v['senderDisplayName']);
    $checkDateTimeProperty(e, p, 'composeTime' in r1 && v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, 'type' in r1 && v, 'type', v['type']);
    const v5 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v5, 'int64')) {
      if (typeof v5 !== 'number' || !Number.isInteger(v5)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v5));
      }
    }
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    const v6 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, 'recipientCommunicationIdentifier' in r1 && v, 'recipientCommunicationIdentifier', v6)) {
      $checkCommunicationIdentifier(v6, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'deleteTime',
        'messageId',
        'senderId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/** The documented wire forms of AcsChatMessageDeletedInThreadEventData (catalog errata with a `wire` decision). */
const $wireAcsChatMessageDeletedInThreadEventData: readonly WireForm[] = [
  {
    erratum: 'version-as-string-chatmessagedeletedinthread-2021-02',
    decision: 'variant',
    parent: [],
    name: 'version',
    published: 'digit-string',
  },
];

/**
 * Validates the data of a Microsoft.Communication.ChatMessageDeletedInThread event, reporting every error.
 *
 * Published when a message is deleted in  a chat thread
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsChatMessageDeletedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageDeletedInThreadEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsChatMessageDeletedInThreadEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsChatMessageDeletedInThreadEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsChatMessageDeletedInThreadEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageDeletedInThread event.
 *
 * Published when a message is deleted in  a chat thread
 */
export function isAcsChatMessageDeletedInThreadEventData(
  value: unknown,
): value is AcsChatMessageDeletedInThreadEventData {
  try {
    return $isAcsChatMessageDeletedInThreadEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageDeletedInThreadEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['deleteTime'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || !$dateTime(v2) || ('deleteTime' in r1 && !$hasOwn.call(v, 'deleteTime')))
    return false;
  const v3 = v['messageId'];
  if (typeof v3 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v4 = v['type'];
  if (typeof v4 !== 'string' || ('type' in r1 && !$hasOwn.call(v, 'type'))) return false;
  const v5 = v['version'];
  if (v5 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v5 !== 'number' || !Number.isInteger(v5)) return false;
  const v6 = v['senderDisplayName'];
  if (typeof v6 !== 'string' || ('senderDisplayName' in r1 && !$hasOwn.call(v, 'senderDisplayName')))
    return false;
  const v7 = v['senderCommunicationIdentifier'];
  if (
    v7 === undefined ||
    ('senderCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'senderCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v7, s)) return false;
  const v10 = v['composeTime'];
  if (typeof v10 !== 'string' || !$dateTime(v10) || ('composeTime' in r1 && !$hasOwn.call(v, 'composeTime')))
    return false;
  const v11 = v['transactionId'];
  if (typeof v11 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v12 = v['threadId'];
  if (typeof v12 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'deleteTime',
        'messageId',
        'type',
        'version',
        'senderDisplayName',
        'senderCommunicationIdentifier',
        'composeTime',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMessageDeletedInThreadEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, 'deleteTime' in r1 && v, 'deleteTime', v['deleteTime']);
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, 'type' in r1 && v, 'type', v['type']);
    const v2 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v2, 'int64')) {
      if (typeof v2 !== 'number' || !Number.isInteger(v2)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v2));
      }
    }
    $checkStringProperty(e, p, 'senderDisplayName' in r1 && v, 'senderDisplayName', v['senderDisplayName']);
    const v3 = v['senderCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'senderCommunicationIdentifier' in r1 && v,
        'senderCommunicationIdentifier',
        v3,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v3, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, 'composeTime' in r1 && v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'deleteTime',
        'messageId',
        'type',
        'version',
        'senderDisplayName',
        'senderCommunicationIdentifier',
        'composeTime',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatMessageEdited event, reporting every error.
 *
 * Published when a message is edited in a chat thread that the user is member of.
 */
export function validateAcsChatMessageEditedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageEditedEventData> {
  return $validate<AcsChatMessageEditedEventData>(
    $isAcsChatMessageEditedEventData,
    $checkAcsChatMessageEditedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageEdited event.
 *
 * Published when a message is edited in a chat thread that the user is member of.
 */
export function isAcsChatMessageEditedEventData(value: unknown): value is AcsChatMessageEditedEventData {
  try {
    return $isAcsChatMessageEditedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageEditedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['editTime'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || !$dateTime(v2) || ('editTime' in r1 && !$hasOwn.call(v, 'editTime')))
    return false;
  const v3 = v['messageBody'];
  if (typeof v3 !== 'string' || ('messageBody' in r1 && !$hasOwn.call(v, 'messageBody'))) return false;
  const v4 = v['messageId'];
  if (typeof v4 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v5 = v['metadata'];
  if (v5 !== undefined && (!('metadata' in r1) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatMessageMetadata(v5, s)) return false;
  }
  const v8 = v['senderId'];
  if (typeof v8 !== 'string' || ('senderId' in r1 && !$hasOwn.call(v, 'senderId'))) return false;
  const v9 = v['senderCommunicationIdentifier'];
  if (
    v9 !== undefined &&
    (!('senderCommunicationIdentifier' in r1) || $hasOwn.call(v, 'senderCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v9, s)) return false;
  }
  const v12 = v['senderDisplayName'];
  if (typeof v12 !== 'string' || ('senderDisplayName' in r1 && !$hasOwn.call(v, 'senderDisplayName')))
    return false;
  const v13 = v['composeTime'];
  if (typeof v13 !== 'string' || !$dateTime(v13) || ('composeTime' in r1 && !$hasOwn.call(v, 'composeTime')))
    return false;
  const v14 = v['type'];
  if (typeof v14 !== 'string' || ('type' in r1 && !$hasOwn.call(v, 'type'))) return false;
  const v15 = v['version'];
  if (v15 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v15 !== 'number' || !Number.isInteger(v15)) return false;
  const v16 = v['recipientId'];
  if (typeof v16 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v17 = v['recipientCommunicationIdentifier'];
  if (
    v17 !== undefined &&
    (!('recipientCommunicationIdentifier' in r1) || $hasOwn.call(v, 'recipientCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v17, s)) return false;
  }
  const v20 = v['transactionId'];
  if (typeof v20 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v21 = v['threadId'];
  if (typeof v21 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'editTime',
        'messageBody',
        'messageId',
        'metadata',
        'senderId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMessageEditedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, 'editTime' in r1 && v, 'editTime', v['editTime']);
    $checkStringProperty(e, p, 'messageBody' in r1 && v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    const v2 = v['metadata'];
    if ($has(e, p, 'metadata' in r1 && v, 'metadata', v2)) {
      $checkChatMessageMetadata(v2, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, 'senderId' in r1 && v, 'senderId', v['senderId']);
    const v5 = v['senderCommunicationIdentifier'];
    if ($has(e, p, 'senderCommunicationIdentifier' in r1 && v, 'senderCommunicationIdentifier', v5)) {
      $checkCommunicationIdentifier(v5, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'senderDisplayName' in r1 && v, 'senderDisplayName', v['senderDisplayName']);
    $checkDateTimeProperty(e, p, 'composeTime' in r1 && v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, 'type' in r1 && v, 'type', v['type']);
    const v8 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v8, 'int64')) {
      if (typeof v8 !== 'number' || !Number.isInteger(v8)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v8));
      }
    }
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    const v9 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, 'recipientCommunicationIdentifier' in r1 && v, 'recipientCommunicationIdentifier', v9)) {
      $checkCommunicationIdentifier(v9, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'editTime',
        'messageBody',
        'messageId',
        'metadata',
        'senderId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/** The documented wire forms of AcsChatMessageEditedInThreadEventData (catalog errata with a `wire` decision). */
const $wireAcsChatMessageEditedInThreadEventData: readonly WireForm[] = [
  {
    erratum: 'version-as-string-chatmessageeditedinthread-2021-02',
    decision: 'variant',
    parent: [],
    name: 'version',
    published: 'digit-string',
  },
];

/**
 * Validates the data of a Microsoft.Communication.ChatMessageEditedInThread event, reporting every error.
 *
 * Published when a message is edited in a chat thread
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsChatMessageEditedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageEditedInThreadEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsChatMessageEditedInThreadEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsChatMessageEditedInThreadEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsChatMessageEditedInThreadEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageEditedInThread event.
 *
 * Published when a message is edited in a chat thread
 */
export function isAcsChatMessageEditedInThreadEventData(
  value: unknown,
): value is AcsChatMessageEditedInThreadEventData {
  try {
    return $isAcsChatMessageEditedInThreadEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageEditedInThreadEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['editTime'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || !$dateTime(v2) || ('editTime' in r1 && !$hasOwn.call(v, 'editTime')))
    return false;
  const v3 = v['messageBody'];
  if (typeof v3 !== 'string' || ('messageBody' in r1 && !$hasOwn.call(v, 'messageBody'))) return false;
  const v4 = v['messageId'];
  if (typeof v4 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v5 = v['metadata'];
  if (v5 !== undefined && (!('metadata' in r1) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatMessageMetadata(v5, s)) return false;
  }
  const v8 = v['type'];
  if (typeof v8 !== 'string' || ('type' in r1 && !$hasOwn.call(v, 'type'))) return false;
  const v9 = v['version'];
  if (v9 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v9 !== 'number' || !Number.isInteger(v9)) return false;
  const v10 = v['senderDisplayName'];
  if (typeof v10 !== 'string' || ('senderDisplayName' in r1 && !$hasOwn.call(v, 'senderDisplayName')))
    return false;
  const v11 = v['senderCommunicationIdentifier'];
  if (
    v11 === undefined ||
    ('senderCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'senderCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v11, s)) return false;
  const v14 = v['composeTime'];
  if (typeof v14 !== 'string' || !$dateTime(v14) || ('composeTime' in r1 && !$hasOwn.call(v, 'composeTime')))
    return false;
  const v15 = v['transactionId'];
  if (typeof v15 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v16 = v['threadId'];
  if (typeof v16 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'editTime',
        'messageBody',
        'messageId',
        'metadata',
        'type',
        'version',
        'senderDisplayName',
        'senderCommunicationIdentifier',
        'composeTime',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMessageEditedInThreadEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, 'editTime' in r1 && v, 'editTime', v['editTime']);
    $checkStringProperty(e, p, 'messageBody' in r1 && v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    const v2 = v['metadata'];
    if ($has(e, p, 'metadata' in r1 && v, 'metadata', v2)) {
      $checkChatMessageMetadata(v2, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, 'type' in r1 && v, 'type', v['type']);
    const v5 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v5, 'int64')) {
      if (typeof v5 !== 'number' || !Number.isInteger(v5)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v5));
      }
    }
    $checkStringProperty(e, p, 'senderDisplayName' in r1 && v, 'senderDisplayName', v['senderDisplayName']);
    const v6 = v['senderCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'senderCommunicationIdentifier' in r1 && v,
        'senderCommunicationIdentifier',
        v6,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v6, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, 'composeTime' in r1 && v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'editTime',
        'messageBody',
        'messageId',
        'metadata',
        'type',
        'version',
        'senderDisplayName',
        'senderCommunicationIdentifier',
        'composeTime',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatMessageReceived event, reporting every error.
 *
 * Published when a message is received for a user in a chat thread that she is member of.
 */
export function validateAcsChatMessageReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageReceivedEventData> {
  return $validate<AcsChatMessageReceivedEventData>(
    $isAcsChatMessageReceivedEventData,
    $checkAcsChatMessageReceivedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageReceived event.
 *
 * Published when a message is received for a user in a chat thread that she is member of.
 */
export function isAcsChatMessageReceivedEventData(value: unknown): value is AcsChatMessageReceivedEventData {
  try {
    return $isAcsChatMessageReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['messageBody'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('messageBody' in r1 && !$hasOwn.call(v, 'messageBody'))) return false;
  const v3 = v['messageId'];
  if (typeof v3 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v4 = v['metadata'];
  if (v4 !== undefined && (!('metadata' in r1) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatMessageMetadata(v4, s)) return false;
  }
  const v7 = v['senderId'];
  if (typeof v7 !== 'string' || ('senderId' in r1 && !$hasOwn.call(v, 'senderId'))) return false;
  const v8 = v['senderCommunicationIdentifier'];
  if (
    v8 !== undefined &&
    (!('senderCommunicationIdentifier' in r1) || $hasOwn.call(v, 'senderCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v8, s)) return false;
  }
  const v11 = v['senderDisplayName'];
  if (typeof v11 !== 'string' || ('senderDisplayName' in r1 && !$hasOwn.call(v, 'senderDisplayName')))
    return false;
  const v12 = v['composeTime'];
  if (typeof v12 !== 'string' || !$dateTime(v12) || ('composeTime' in r1 && !$hasOwn.call(v, 'composeTime')))
    return false;
  const v13 = v['type'];
  if (typeof v13 !== 'string' || ('type' in r1 && !$hasOwn.call(v, 'type'))) return false;
  const v14 = v['version'];
  if (v14 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v14 !== 'number' || !Number.isInteger(v14)) return false;
  const v15 = v['recipientId'];
  if (typeof v15 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v16 = v['recipientCommunicationIdentifier'];
  if (
    v16 !== undefined &&
    (!('recipientCommunicationIdentifier' in r1) || $hasOwn.call(v, 'recipientCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v16, s)) return false;
  }
  const v19 = v['transactionId'];
  if (typeof v19 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v20 = v['threadId'];
  if (typeof v20 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'messageBody',
        'messageId',
        'metadata',
        'senderId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMessageReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageBody' in r1 && v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    const v2 = v['metadata'];
    if ($has(e, p, 'metadata' in r1 && v, 'metadata', v2)) {
      $checkChatMessageMetadata(v2, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, 'senderId' in r1 && v, 'senderId', v['senderId']);
    const v5 = v['senderCommunicationIdentifier'];
    if ($has(e, p, 'senderCommunicationIdentifier' in r1 && v, 'senderCommunicationIdentifier', v5)) {
      $checkCommunicationIdentifier(v5, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'senderDisplayName' in r1 && v, 'senderDisplayName', v['senderDisplayName']);
    $checkDateTimeProperty(e, p, 'composeTime' in r1 && v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, 'type' in r1 && v, 'type', v['type']);
    const v8 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v8, 'int64')) {
      if (typeof v8 !== 'number' || !Number.isInteger(v8)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v8));
      }
    }
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    const v9 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, 'recipientCommunicationIdentifier' in r1 && v, 'recipientCommunicationIdentifier', v9)) {
      $checkCommunicationIdentifier(v9, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'messageBody',
        'messageId',
        'metadata',
        'senderId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/** The documented wire forms of AcsChatMessageReceivedInThreadEventData (catalog errata with a `wire` decision). */
const $wireAcsChatMessageReceivedInThreadEventData: readonly WireForm[] = [
  {
    erratum: 'version-as-string-chatmessagereceivedinthread-2021-02',
    decision: 'variant',
    parent: [],
    name: 'version',
    published: 'digit-string',
  },
];

/**
 * Validates the data of a Microsoft.Communication.ChatMessageReceivedInThread event, reporting every error.
 *
 * Published when a message is received in a chat thread
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsChatMessageReceivedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageReceivedInThreadEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsChatMessageReceivedInThreadEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsChatMessageReceivedInThreadEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsChatMessageReceivedInThreadEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatMessageReceivedInThread event.
 *
 * Published when a message is received in a chat thread
 */
export function isAcsChatMessageReceivedInThreadEventData(
  value: unknown,
): value is AcsChatMessageReceivedInThreadEventData {
  try {
    return $isAcsChatMessageReceivedInThreadEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatMessageReceivedInThreadEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['messageBody'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('messageBody' in r1 && !$hasOwn.call(v, 'messageBody'))) return false;
  const v3 = v['messageId'];
  if (typeof v3 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v4 = v['metadata'];
  if (v4 !== undefined && (!('metadata' in r1) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatMessageMetadata(v4, s)) return false;
  }
  const v7 = v['type'];
  if (typeof v7 !== 'string' || ('type' in r1 && !$hasOwn.call(v, 'type'))) return false;
  const v8 = v['version'];
  if (v8 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v8 !== 'number' || !Number.isInteger(v8)) return false;
  const v9 = v['senderDisplayName'];
  if (typeof v9 !== 'string' || ('senderDisplayName' in r1 && !$hasOwn.call(v, 'senderDisplayName')))
    return false;
  const v10 = v['senderCommunicationIdentifier'];
  if (
    v10 === undefined ||
    ('senderCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'senderCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v10, s)) return false;
  const v13 = v['composeTime'];
  if (typeof v13 !== 'string' || !$dateTime(v13) || ('composeTime' in r1 && !$hasOwn.call(v, 'composeTime')))
    return false;
  const v14 = v['transactionId'];
  if (typeof v14 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v15 = v['threadId'];
  if (typeof v15 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'messageBody',
        'messageId',
        'metadata',
        'type',
        'version',
        'senderDisplayName',
        'senderCommunicationIdentifier',
        'composeTime',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatMessageReceivedInThreadEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageBody' in r1 && v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    const v2 = v['metadata'];
    if ($has(e, p, 'metadata' in r1 && v, 'metadata', v2)) {
      $checkChatMessageMetadata(v2, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, 'type' in r1 && v, 'type', v['type']);
    const v5 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v5, 'int64')) {
      if (typeof v5 !== 'number' || !Number.isInteger(v5)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v5));
      }
    }
    $checkStringProperty(e, p, 'senderDisplayName' in r1 && v, 'senderDisplayName', v['senderDisplayName']);
    const v6 = v['senderCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'senderCommunicationIdentifier' in r1 && v,
        'senderCommunicationIdentifier',
        v6,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v6, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, 'composeTime' in r1 && v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'messageBody',
        'messageId',
        'metadata',
        'type',
        'version',
        'senderDisplayName',
        'senderCommunicationIdentifier',
        'composeTime',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatParticipantAddedToThreadWithUser event, reporting every error.
 *
 * Published for a user when a new  participant is added to a chat thread, that the user is part of.
 */
export function validateAcsChatParticipantAddedToThreadWithUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatParticipantAddedToThreadWithUserEventData> {
  return $validate<AcsChatParticipantAddedToThreadWithUserEventData>(
    $isAcsChatParticipantAddedToThreadWithUserEventData,
    $checkAcsChatParticipantAddedToThreadWithUserEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatParticipantAddedToThreadWithUser event.
 *
 * Published for a user when a new  participant is added to a chat thread, that the user is part of.
 */
export function isAcsChatParticipantAddedToThreadWithUserEventData(
  value: unknown,
): value is AcsChatParticipantAddedToThreadWithUserEventData {
  try {
    return $isAcsChatParticipantAddedToThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatParticipantAddedToThreadWithUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['time'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || !$dateTime(v2) || ('time' in r1 && !$hasOwn.call(v, 'time'))) return false;
  const v3 = v['addedByCommunicationIdentifier'];
  if (
    v3 === undefined ||
    ('addedByCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'addedByCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  const v6 = v['participantAdded'];
  if (v6 === undefined || ('participantAdded' in r1 && !$hasOwn.call(v, 'participantAdded'))) return false;
  if (!$isChatParticipant(v6, s)) return false;
  const v9 = v['recipientCommunicationIdentifier'];
  if (
    v9 === undefined ||
    ('recipientCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'recipientCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v9, s)) return false;
  const v12 = v['createTime'];
  if (typeof v12 !== 'string' || !$dateTime(v12) || ('createTime' in r1 && !$hasOwn.call(v, 'createTime')))
    return false;
  const v13 = v['version'];
  if (v13 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v13 !== 'number' || !Number.isInteger(v13)) return false;
  const v14 = v['transactionId'];
  if (typeof v14 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v15 = v['threadId'];
  if (typeof v15 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'time',
        'addedByCommunicationIdentifier',
        'participantAdded',
        'recipientCommunicationIdentifier',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatParticipantAddedToThreadWithUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, 'time' in r1 && v, 'time', v['time']);
    const v2 = v['addedByCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'addedByCommunicationIdentifier' in r1 && v,
        'addedByCommunicationIdentifier',
        v2,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v2, p + '/addedByCommunicationIdentifier', e, s);
    }
    const v5 = v['participantAdded'];
    if ($has(e, p, 'participantAdded' in r1 && v, 'participantAdded', v5, 'ChatParticipant')) {
      $checkChatParticipant(v5, p + '/participantAdded', e, s);
    }
    const v8 = v['recipientCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'recipientCommunicationIdentifier' in r1 && v,
        'recipientCommunicationIdentifier',
        v8,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v8, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    const v11 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v11, 'int64')) {
      if (typeof v11 !== 'number' || !Number.isInteger(v11)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v11));
      }
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'time',
        'addedByCommunicationIdentifier',
        'participantAdded',
        'recipientCommunicationIdentifier',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser event, reporting every error.
 *
 * Published for a user when a participant is removed from a chat thread, that the user is part of.
 */
export function validateAcsChatParticipantRemovedFromThreadWithUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatParticipantRemovedFromThreadWithUserEventData> {
  return $validate<AcsChatParticipantRemovedFromThreadWithUserEventData>(
    $isAcsChatParticipantRemovedFromThreadWithUserEventData,
    $checkAcsChatParticipantRemovedFromThreadWithUserEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser event.
 *
 * Published for a user when a participant is removed from a chat thread, that the user is part of.
 */
export function isAcsChatParticipantRemovedFromThreadWithUserEventData(
  value: unknown,
): value is AcsChatParticipantRemovedFromThreadWithUserEventData {
  try {
    return $isAcsChatParticipantRemovedFromThreadWithUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatParticipantRemovedFromThreadWithUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['time'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || !$dateTime(v2) || ('time' in r1 && !$hasOwn.call(v, 'time'))) return false;
  const v3 = v['removedByCommunicationIdentifier'];
  if (
    v3 === undefined ||
    ('removedByCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'removedByCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  const v6 = v['participantRemoved'];
  if (v6 === undefined || ('participantRemoved' in r1 && !$hasOwn.call(v, 'participantRemoved')))
    return false;
  if (!$isChatParticipant(v6, s)) return false;
  const v9 = v['recipientCommunicationIdentifier'];
  if (
    v9 === undefined ||
    ('recipientCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'recipientCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v9, s)) return false;
  const v12 = v['createTime'];
  if (typeof v12 !== 'string' || !$dateTime(v12) || ('createTime' in r1 && !$hasOwn.call(v, 'createTime')))
    return false;
  const v13 = v['version'];
  if (v13 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v13 !== 'number' || !Number.isInteger(v13)) return false;
  const v14 = v['transactionId'];
  if (typeof v14 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v15 = v['threadId'];
  if (typeof v15 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'time',
        'removedByCommunicationIdentifier',
        'participantRemoved',
        'recipientCommunicationIdentifier',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatParticipantRemovedFromThreadWithUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, 'time' in r1 && v, 'time', v['time']);
    const v2 = v['removedByCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'removedByCommunicationIdentifier' in r1 && v,
        'removedByCommunicationIdentifier',
        v2,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v2, p + '/removedByCommunicationIdentifier', e, s);
    }
    const v5 = v['participantRemoved'];
    if ($has(e, p, 'participantRemoved' in r1 && v, 'participantRemoved', v5, 'ChatParticipant')) {
      $checkChatParticipant(v5, p + '/participantRemoved', e, s);
    }
    const v8 = v['recipientCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'recipientCommunicationIdentifier' in r1 && v,
        'recipientCommunicationIdentifier',
        v8,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v8, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    const v11 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v11, 'int64')) {
      if (typeof v11 !== 'number' || !Number.isInteger(v11)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v11));
      }
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'time',
        'removedByCommunicationIdentifier',
        'participantRemoved',
        'recipientCommunicationIdentifier',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadCreated event, reporting every error.
 *
 * Published when a chat thread is created
 */
export function validateAcsChatThreadCreatedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadCreatedEventData> {
  return $validate<AcsChatThreadCreatedEventData>(
    $isAcsChatThreadCreatedEventData,
    $checkAcsChatThreadCreatedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadCreated event.
 *
 * Published when a chat thread is created
 */
export function isAcsChatThreadCreatedEventData(value: unknown): value is AcsChatThreadCreatedEventData {
  try {
    return $isAcsChatThreadCreatedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadCreatedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['createdByCommunicationIdentifier'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    v2 === undefined ||
    ('createdByCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'createdByCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  const v5 = v['properties'];
  if (v5 === undefined || ('properties' in r1 && !$hasOwn.call(v, 'properties'))) return false;
  if (!$isChatThreadProperties(v5, s)) return false;
  const v8 = v['participants'];
  if (v8 === undefined || ('participants' in r1 && !$hasOwn.call(v, 'participants'))) return false;
  if (!Array.isArray(v8)) return false;
  const a9 = v8 as unknown[];
  for (let i10 = 0; i10 < a9.length; i10++) {
    const v11 = a9[i10];
    if (!$isChatParticipant(v11, s)) return false;
  }
  const v14 = v['createTime'];
  if (typeof v14 !== 'string' || !$dateTime(v14) || ('createTime' in r1 && !$hasOwn.call(v, 'createTime')))
    return false;
  const v15 = v['version'];
  if (v15 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v15 !== 'number' || !Number.isInteger(v15)) return false;
  const v16 = v['transactionId'];
  if (typeof v16 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v17 = v['threadId'];
  if (typeof v17 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  const v18 = v['metadata'];
  if (v18 !== undefined && (!('metadata' in r1) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatThreadMetadata(v18, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'createdByCommunicationIdentifier',
        'properties',
        'participants',
        'createTime',
        'version',
        'transactionId',
        'threadId',
        'metadata',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadCreatedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['createdByCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'createdByCommunicationIdentifier' in r1 && v,
        'createdByCommunicationIdentifier',
        v2,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v2, p + '/createdByCommunicationIdentifier', e, s);
    }
    const v5 = v['properties'];
    if ($has(e, p, 'properties' in r1 && v, 'properties', v5, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v5, p + '/properties', e, s);
    }
    const v8 = v['participants'];
    if ($has(e, p, 'participants' in r1 && v, 'participants', v8, 'ChatParticipant[]')) {
      if (!Array.isArray(v8)) {
        $fail(e, p + '/participants', 'must be an array', 'array', $type(v8));
      } else {
        const a9 = v8 as unknown[];
        for (let i10 = 0; i10 < a9.length; i10++) {
          const v11 = a9[i10];
          $checkChatParticipant(v11, p + '/participants/' + i10, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    const v14 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v14, 'int64')) {
      if (typeof v14 !== 'number' || !Number.isInteger(v14)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v14));
      }
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    const v15 = v['metadata'];
    if ($has(e, p, 'metadata' in r1 && v, 'metadata', v15)) {
      $checkChatThreadMetadata(v15, p + '/metadata', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'createdByCommunicationIdentifier',
        'properties',
        'participants',
        'createTime',
        'version',
        'transactionId',
        'threadId',
        'metadata',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadCreatedWithUser event, reporting every error.
 *
 * Published when the user is added as member at the time of creation of a chat thread.
 */
export function validateAcsChatThreadCreatedWithUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadCreatedWithUserEventData> {
  return $validate<AcsChatThreadCreatedWithUserEventData>(
    $isAcsChatThreadCreatedWithUserEventData,
    $checkAcsChatThreadCreatedWithUserEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadCreatedWithUser event.
 *
 * Published when the user is added as member at the time of creation of a chat thread.
 */
export function isAcsChatThreadCreatedWithUserEventData(
  value: unknown,
): value is AcsChatThreadCreatedWithUserEventData {
  try {
    return $isAcsChatThreadCreatedWithUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadCreatedWithUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['createdBy'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('createdBy' in r1 && !$hasOwn.call(v, 'createdBy'))) return false;
  const v3 = v['createdByCommunicationIdentifier'];
  if (
    v3 !== undefined &&
    (!('createdByCommunicationIdentifier' in r1) || $hasOwn.call(v, 'createdByCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  const v6 = v['properties'];
  if (v6 === undefined || ('properties' in r1 && !$hasOwn.call(v, 'properties'))) return false;
  if (!$isChatThreadProperties(v6, s)) return false;
  const v9 = v['members'];
  if (v9 === undefined || ('members' in r1 && !$hasOwn.call(v, 'members'))) return false;
  if (!Array.isArray(v9)) return false;
  const a10 = v9 as unknown[];
  for (let i11 = 0; i11 < a10.length; i11++) {
    const v12 = a10[i11];
    if (!$isChatThreadMember(v12, s)) return false;
  }
  const v15 = v['participants'];
  if (v15 !== undefined && (!('participants' in r1) || $hasOwn.call(v, 'participants'))) {
    if (!Array.isArray(v15)) return false;
    const a16 = v15 as unknown[];
    for (let i17 = 0; i17 < a16.length; i17++) {
      const v18 = a16[i17];
      if (!$isChatParticipant(v18, s)) return false;
    }
  }
  const v21 = v['createTime'];
  if (typeof v21 !== 'string' || !$dateTime(v21) || ('createTime' in r1 && !$hasOwn.call(v, 'createTime')))
    return false;
  const v22 = v['version'];
  if (v22 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v22 !== 'number' || !Number.isInteger(v22)) return false;
  const v23 = v['recipientId'];
  if (typeof v23 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v24 = v['recipientCommunicationIdentifier'];
  if (
    v24 !== undefined &&
    (!('recipientCommunicationIdentifier' in r1) || $hasOwn.call(v, 'recipientCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v24, s)) return false;
  }
  const v27 = v['transactionId'];
  if (typeof v27 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v28 = v['threadId'];
  if (typeof v28 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  const v29 = v['metadata'];
  if (v29 !== undefined && (!('metadata' in r1) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatThreadMetadata(v29, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'createdBy',
        'createdByCommunicationIdentifier',
        'properties',
        'members',
        'participants',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
        'metadata',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadCreatedWithUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'createdBy' in r1 && v, 'createdBy', v['createdBy']);
    const v2 = v['createdByCommunicationIdentifier'];
    if ($has(e, p, 'createdByCommunicationIdentifier' in r1 && v, 'createdByCommunicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/createdByCommunicationIdentifier', e, s);
    }
    const v5 = v['properties'];
    if ($has(e, p, 'properties' in r1 && v, 'properties', v5, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v5, p + '/properties', e, s);
    }
    const v8 = v['members'];
    if ($has(e, p, 'members' in r1 && v, 'members', v8, 'ChatThreadMember[]')) {
      if (!Array.isArray(v8)) {
        $fail(e, p + '/members', 'must be an array', 'array', $type(v8));
      } else {
        const a9 = v8 as unknown[];
        for (let i10 = 0; i10 < a9.length; i10++) {
          const v11 = a9[i10];
          $checkChatThreadMember(v11, p + '/members/' + i10, e, s);
        }
      }
    }
    const v14 = v['participants'];
    if ($has(e, p, 'participants' in r1 && v, 'participants', v14)) {
      if (!Array.isArray(v14)) {
        $fail(e, p + '/participants', 'must be an array', 'array', $type(v14));
      } else {
        const a15 = v14 as unknown[];
        for (let i16 = 0; i16 < a15.length; i16++) {
          const v17 = a15[i16];
          $checkChatParticipant(v17, p + '/participants/' + i16, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    const v20 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v20, 'int64')) {
      if (typeof v20 !== 'number' || !Number.isInteger(v20)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v20));
      }
    }
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    const v21 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, 'recipientCommunicationIdentifier' in r1 && v, 'recipientCommunicationIdentifier', v21)) {
      $checkCommunicationIdentifier(v21, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    const v24 = v['metadata'];
    if ($has(e, p, 'metadata' in r1 && v, 'metadata', v24)) {
      $checkChatThreadMetadata(v24, p + '/metadata', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'createdBy',
        'createdByCommunicationIdentifier',
        'properties',
        'members',
        'participants',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
        'metadata',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadDeleted event, reporting every error.
 *
 * Published when a chat thread is deleted
 */
export function validateAcsChatThreadDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadDeletedEventData> {
  return $validate<AcsChatThreadDeletedEventData>(
    $isAcsChatThreadDeletedEventData,
    $checkAcsChatThreadDeletedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadDeleted event.
 *
 * Published when a chat thread is deleted
 */
export function isAcsChatThreadDeletedEventData(value: unknown): value is AcsChatThreadDeletedEventData {
  try {
    return $isAcsChatThreadDeletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadDeletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['deletedByCommunicationIdentifier'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    v2 === undefined ||
    ('deletedByCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'deletedByCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  const v5 = v['deleteTime'];
  if (typeof v5 !== 'string' || !$dateTime(v5) || ('deleteTime' in r1 && !$hasOwn.call(v, 'deleteTime')))
    return false;
  const v6 = v['createTime'];
  if (typeof v6 !== 'string' || !$dateTime(v6) || ('createTime' in r1 && !$hasOwn.call(v, 'createTime')))
    return false;
  const v7 = v['version'];
  if (v7 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v7 !== 'number' || !Number.isInteger(v7)) return false;
  const v8 = v['transactionId'];
  if (typeof v8 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v9 = v['threadId'];
  if (typeof v9 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'deletedByCommunicationIdentifier',
        'deleteTime',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadDeletedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['deletedByCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'deletedByCommunicationIdentifier' in r1 && v,
        'deletedByCommunicationIdentifier',
        v2,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v2, p + '/deletedByCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, 'deleteTime' in r1 && v, 'deleteTime', v['deleteTime']);
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    const v5 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v5, 'int64')) {
      if (typeof v5 !== 'number' || !Number.isInteger(v5)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v5));
      }
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'deletedByCommunicationIdentifier',
        'deleteTime',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadParticipantAdded event, reporting every error.
 *
 * Published when a new participant is added to a chat thread
 */
export function validateAcsChatThreadParticipantAddedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadParticipantAddedEventData> {
  return $validate<AcsChatThreadParticipantAddedEventData>(
    $isAcsChatThreadParticipantAddedEventData,
    $checkAcsChatThreadParticipantAddedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadParticipantAdded event.
 *
 * Published when a new participant is added to a chat thread
 */
export function isAcsChatThreadParticipantAddedEventData(
  value: unknown,
): value is AcsChatThreadParticipantAddedEventData {
  try {
    return $isAcsChatThreadParticipantAddedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadParticipantAddedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['time'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || !$dateTime(v2) || ('time' in r1 && !$hasOwn.call(v, 'time'))) return false;
  const v3 = v['addedByCommunicationIdentifier'];
  if (
    v3 === undefined ||
    ('addedByCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'addedByCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  const v6 = v['participantAdded'];
  if (v6 === undefined || ('participantAdded' in r1 && !$hasOwn.call(v, 'participantAdded'))) return false;
  if (!$isChatParticipant(v6, s)) return false;
  const v9 = v['createTime'];
  if (typeof v9 !== 'string' || !$dateTime(v9) || ('createTime' in r1 && !$hasOwn.call(v, 'createTime')))
    return false;
  const v10 = v['version'];
  if (v10 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v10 !== 'number' || !Number.isInteger(v10)) return false;
  const v11 = v['transactionId'];
  if (typeof v11 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v12 = v['threadId'];
  if (typeof v12 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'time',
        'addedByCommunicationIdentifier',
        'participantAdded',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadParticipantAddedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, 'time' in r1 && v, 'time', v['time']);
    const v2 = v['addedByCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'addedByCommunicationIdentifier' in r1 && v,
        'addedByCommunicationIdentifier',
        v2,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v2, p + '/addedByCommunicationIdentifier', e, s);
    }
    const v5 = v['participantAdded'];
    if ($has(e, p, 'participantAdded' in r1 && v, 'participantAdded', v5, 'ChatParticipant')) {
      $checkChatParticipant(v5, p + '/participantAdded', e, s);
    }
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    const v8 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v8, 'int64')) {
      if (typeof v8 !== 'number' || !Number.isInteger(v8)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v8));
      }
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'time',
        'addedByCommunicationIdentifier',
        'participantAdded',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadParticipantRemoved event, reporting every error.
 *
 * Published when a participant is removed from a chat thread.
 */
export function validateAcsChatThreadParticipantRemovedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadParticipantRemovedEventData> {
  return $validate<AcsChatThreadParticipantRemovedEventData>(
    $isAcsChatThreadParticipantRemovedEventData,
    $checkAcsChatThreadParticipantRemovedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadParticipantRemoved event.
 *
 * Published when a participant is removed from a chat thread.
 */
export function isAcsChatThreadParticipantRemovedEventData(
  value: unknown,
): value is AcsChatThreadParticipantRemovedEventData {
  try {
    return $isAcsChatThreadParticipantRemovedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadParticipantRemovedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['time'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || !$dateTime(v2) || ('time' in r1 && !$hasOwn.call(v, 'time'))) return false;
  const v3 = v['removedByCommunicationIdentifier'];
  if (
    v3 === undefined ||
    ('removedByCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'removedByCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  const v6 = v['participantRemoved'];
  if (v6 === undefined || ('participantRemoved' in r1 && !$hasOwn.call(v, 'participantRemoved')))
    return false;
  if (!$isChatParticipant(v6, s)) return false;
  const v9 = v['createTime'];
  if (typeof v9 !== 'string' || !$dateTime(v9) || ('createTime' in r1 && !$hasOwn.call(v, 'createTime')))
    return false;
  const v10 = v['version'];
  if (v10 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v10 !== 'number' || !Number.isInteger(v10)) return false;
  const v11 = v['transactionId'];
  if (typeof v11 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v12 = v['threadId'];
  if (typeof v12 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'time',
        'removedByCommunicationIdentifier',
        'participantRemoved',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadParticipantRemovedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, 'time' in r1 && v, 'time', v['time']);
    const v2 = v['removedByCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'removedByCommunicationIdentifier' in r1 && v,
        'removedByCommunicationIdentifier',
        v2,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v2, p + '/removedByCommunicationIdentifier', e, s);
    }
    const v5 = v['participantRemoved'];
    if ($has(e, p, 'participantRemoved' in r1 && v, 'participantRemoved', v5, 'ChatParticipant')) {
      $checkChatParticipant(v5, p + '/participantRemoved', e, s);
    }
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    const v8 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v8, 'int64')) {
      if (typeof v8 !== 'number' || !Number.isInteger(v8)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v8));
      }
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'time',
        'removedByCommunicationIdentifier',
        'participantRemoved',
        'createTime',
        'version',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadPropertiesUpdated event, reporting every error.
 *
 * Published when a chat thread's properties like topic are updated.
 */
export function validateAcsChatThreadPropertiesUpdatedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadPropertiesUpdatedEventData> {
  return $validate<AcsChatThreadPropertiesUpdatedEventData>(
    $isAcsChatThreadPropertiesUpdatedEventData,
    $checkAcsChatThreadPropertiesUpdatedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadPropertiesUpdated event.
 *
 * Published when a chat thread's properties like topic are updated.
 */
export function isAcsChatThreadPropertiesUpdatedEventData(
  value: unknown,
): value is AcsChatThreadPropertiesUpdatedEventData {
  try {
    return $isAcsChatThreadPropertiesUpdatedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadPropertiesUpdatedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['editedByCommunicationIdentifier'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    v2 === undefined ||
    ('editedByCommunicationIdentifier' in r1 && !$hasOwn.call(v, 'editedByCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v2, s)) return false;
  const v5 = v['editTime'];
  if (typeof v5 !== 'string' || !$dateTime(v5) || ('editTime' in r1 && !$hasOwn.call(v, 'editTime')))
    return false;
  const v6 = v['properties'];
  if (v6 === undefined || ('properties' in r1 && !$hasOwn.call(v, 'properties'))) return false;
  if (!$isChatThreadProperties(v6, s)) return false;
  const v9 = v['createTime'];
  if (typeof v9 !== 'string' || !$dateTime(v9) || ('createTime' in r1 && !$hasOwn.call(v, 'createTime')))
    return false;
  const v10 = v['version'];
  if (v10 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v10 !== 'number' || !Number.isInteger(v10)) return false;
  const v11 = v['transactionId'];
  if (typeof v11 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v12 = v['threadId'];
  if (typeof v12 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  const v13 = v['metadata'];
  if (v13 !== undefined && (!('metadata' in r1) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatThreadMetadata(v13, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'editedByCommunicationIdentifier',
        'editTime',
        'properties',
        'createTime',
        'version',
        'transactionId',
        'threadId',
        'metadata',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadPropertiesUpdatedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['editedByCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'editedByCommunicationIdentifier' in r1 && v,
        'editedByCommunicationIdentifier',
        v2,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v2, p + '/editedByCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, 'editTime' in r1 && v, 'editTime', v['editTime']);
    const v5 = v['properties'];
    if ($has(e, p, 'properties' in r1 && v, 'properties', v5, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v5, p + '/properties', e, s);
    }
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    const v8 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v8, 'int64')) {
      if (typeof v8 !== 'number' || !Number.isInteger(v8)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v8));
      }
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    const v9 = v['metadata'];
    if ($has(e, p, 'metadata' in r1 && v, 'metadata', v9)) {
      $checkChatThreadMetadata(v9, p + '/metadata', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'editedByCommunicationIdentifier',
        'editTime',
        'properties',
        'createTime',
        'version',
        'transactionId',
        'threadId',
        'metadata',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser event, reporting every error.
 *
 * Published when a chat thread's properties are updated that the user is member of.
 */
export function validateAcsChatThreadPropertiesUpdatedPerUserEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadPropertiesUpdatedPerUserEventData> {
  return $validate<AcsChatThreadPropertiesUpdatedPerUserEventData>(
    $isAcsChatThreadPropertiesUpdatedPerUserEventData,
    $checkAcsChatThreadPropertiesUpdatedPerUserEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser event.
 *
 * Published when a chat thread's properties are updated that the user is member of.
 */
export function isAcsChatThreadPropertiesUpdatedPerUserEventData(
  value: unknown,
): value is AcsChatThreadPropertiesUpdatedPerUserEventData {
  try {
    return $isAcsChatThreadPropertiesUpdatedPerUserEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadPropertiesUpdatedPerUserEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['editedBy'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('editedBy' in r1 && !$hasOwn.call(v, 'editedBy'))) return false;
  const v3 = v['editedByCommunicationIdentifier'];
  if (
    v3 !== undefined &&
    (!('editedByCommunicationIdentifier' in r1) || $hasOwn.call(v, 'editedByCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  const v6 = v['editTime'];
  if (typeof v6 !== 'string' || !$dateTime(v6) || ('editTime' in r1 && !$hasOwn.call(v, 'editTime')))
    return false;
  const v7 = v['properties'];
  if (v7 === undefined || ('properties' in r1 && !$hasOwn.call(v, 'properties'))) return false;
  if (!$isChatThreadProperties(v7, s)) return false;
  const v10 = v['createTime'];
  if (typeof v10 !== 'string' || !$dateTime(v10) || ('createTime' in r1 && !$hasOwn.call(v, 'createTime')))
    return false;
  const v11 = v['version'];
  if (v11 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v11 !== 'number' || !Number.isInteger(v11)) return false;
  const v12 = v['recipientId'];
  if (typeof v12 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v13 = v['recipientCommunicationIdentifier'];
  if (
    v13 !== undefined &&
    (!('recipientCommunicationIdentifier' in r1) || $hasOwn.call(v, 'recipientCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v13, s)) return false;
  }
  const v16 = v['transactionId'];
  if (typeof v16 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v17 = v['threadId'];
  if (typeof v17 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  const v18 = v['metadata'];
  if (v18 !== undefined && (!('metadata' in r1) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatThreadMetadata(v18, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'editedBy',
        'editedByCommunicationIdentifier',
        'editTime',
        'properties',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
        'metadata',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadPropertiesUpdatedPerUserEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'editedBy' in r1 && v, 'editedBy', v['editedBy']);
    const v2 = v['editedByCommunicationIdentifier'];
    if ($has(e, p, 'editedByCommunicationIdentifier' in r1 && v, 'editedByCommunicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/editedByCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, 'editTime' in r1 && v, 'editTime', v['editTime']);
    const v5 = v['properties'];
    if ($has(e, p, 'properties' in r1 && v, 'properties', v5, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v5, p + '/properties', e, s);
    }
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    const v8 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v8, 'int64')) {
      if (typeof v8 !== 'number' || !Number.isInteger(v8)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v8));
      }
    }
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    const v9 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, 'recipientCommunicationIdentifier' in r1 && v, 'recipientCommunicationIdentifier', v9)) {
      $checkCommunicationIdentifier(v9, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    const v12 = v['metadata'];
    if ($has(e, p, 'metadata' in r1 && v, 'metadata', v12)) {
      $checkChatThreadMetadata(v12, p + '/metadata', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'editedBy',
        'editedByCommunicationIdentifier',
        'editTime',
        'properties',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
        'metadata',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatThreadWithUserDeleted event, reporting every error.
 *
 * Published when a chat thread is deleted which the user is member of.
 */
export function validateAcsChatThreadWithUserDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatThreadWithUserDeletedEventData> {
  return $validate<AcsChatThreadWithUserDeletedEventData>(
    $isAcsChatThreadWithUserDeletedEventData,
    $checkAcsChatThreadWithUserDeletedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatThreadWithUserDeleted event.
 *
 * Published when a chat thread is deleted which the user is member of.
 */
export function isAcsChatThreadWithUserDeletedEventData(
  value: unknown,
): value is AcsChatThreadWithUserDeletedEventData {
  try {
    return $isAcsChatThreadWithUserDeletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatThreadWithUserDeletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['deletedBy'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('deletedBy' in r1 && !$hasOwn.call(v, 'deletedBy'))) return false;
  const v3 = v['deletedByCommunicationIdentifier'];
  if (
    v3 !== undefined &&
    (!('deletedByCommunicationIdentifier' in r1) || $hasOwn.call(v, 'deletedByCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  const v6 = v['deleteTime'];
  if (typeof v6 !== 'string' || !$dateTime(v6) || ('deleteTime' in r1 && !$hasOwn.call(v, 'deleteTime')))
    return false;
  const v7 = v['createTime'];
  if (typeof v7 !== 'string' || !$dateTime(v7) || ('createTime' in r1 && !$hasOwn.call(v, 'createTime')))
    return false;
  const v8 = v['version'];
  if (v8 === undefined || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  if (typeof v8 !== 'number' || !Number.isInteger(v8)) return false;
  const v9 = v['recipientId'];
  if (typeof v9 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v10 = v['recipientCommunicationIdentifier'];
  if (
    v10 !== undefined &&
    (!('recipientCommunicationIdentifier' in r1) || $hasOwn.call(v, 'recipientCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v10, s)) return false;
  }
  const v13 = v['transactionId'];
  if (typeof v13 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v14 = v['threadId'];
  if (typeof v14 !== 'string' || ('threadId' in r1 && !$hasOwn.call(v, 'threadId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'deletedBy',
        'deletedByCommunicationIdentifier',
        'deleteTime',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadWithUserDeletedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'deletedBy' in r1 && v, 'deletedBy', v['deletedBy']);
    const v2 = v['deletedByCommunicationIdentifier'];
    if ($has(e, p, 'deletedByCommunicationIdentifier' in r1 && v, 'deletedByCommunicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/deletedByCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, 'deleteTime' in r1 && v, 'deleteTime', v['deleteTime']);
    $checkDateTimeProperty(e, p, 'createTime' in r1 && v, 'createTime', v['createTime']);
    const v5 = v['version'];
    if ($has(e, p, 'version' in r1 && v, 'version', v5, 'int64')) {
      if (typeof v5 !== 'number' || !Number.isInteger(v5)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v5));
      }
    }
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    const v6 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, 'recipientCommunicationIdentifier' in r1 && v, 'recipientCommunicationIdentifier', v6)) {
      $checkCommunicationIdentifier(v6, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r1 && v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'deletedBy',
        'deletedByCommunicationIdentifier',
        'deleteTime',
        'createTime',
        'version',
        'recipientId',
        'recipientCommunicationIdentifier',
        'transactionId',
        'threadId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.ChatTypingIndicatorReceivedInThread event, reporting every error.
 *
 * Published when a typing indicator is received in a chat thread (REST API spec only: no docs page lists it).
 */
export function validateAcsChatTypingIndicatorReceivedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatTypingIndicatorReceivedInThreadEventData> {
  return $validate<AcsChatTypingIndicatorReceivedInThreadEventData>(
    $isAcsChatTypingIndicatorReceivedInThreadEventData,
    $checkAcsChatTypingIndicatorReceivedInThreadEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.ChatTypingIndicatorReceivedInThread event.
 *
 * Published when a typing indicator is received in a chat thread (REST API spec only: no docs page lists it).
 */
export function isAcsChatTypingIndicatorReceivedInThreadEventData(
  value: unknown,
): value is AcsChatTypingIndicatorReceivedInThreadEventData {
  try {
    return $isAcsChatTypingIndicatorReceivedInThreadEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsChatTypingIndicatorReceivedInThreadEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['transactionId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('transactionId' in r5 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v7 = v['threadId'];
  if (typeof v7 !== 'string' || ('threadId' in r5 && !$hasOwn.call(v, 'threadId'))) return false;
  const v9 = v['messageId'];
  const r8: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v9 !== 'string' || ('messageId' in r8 && !$hasOwn.call(v, 'messageId'))) return false;
  const v10 = v['senderCommunicationIdentifier'];
  if (
    v10 === undefined ||
    ('senderCommunicationIdentifier' in r8 && !$hasOwn.call(v, 'senderCommunicationIdentifier'))
  )
    return false;
  if (!$isCommunicationIdentifier(v10, s)) return false;
  const v13 = v['senderDisplayName'];
  if (
    typeof v13 !== 'string' &&
    v13 !== undefined &&
    (!('senderDisplayName' in r8) || $hasOwn.call(v, 'senderDisplayName'))
  )
    return false;
  const v14 = v['composeTime'];
  if (
    (typeof v14 !== 'string' || !$dateTime(v14)) &&
    v14 !== undefined &&
    (!('composeTime' in r8) || $hasOwn.call(v, 'composeTime'))
  )
    return false;
  const v15 = v['type'];
  if (typeof v15 !== 'string' || ('type' in r8 && !$hasOwn.call(v, 'type'))) return false;
  const v16 = v['version'];
  if (v16 !== undefined && (!('version' in r8) || $hasOwn.call(v, 'version'))) {
    if (typeof v16 !== 'number' || !Number.isInteger(v16)) return false;
  }
  const v18 = v['messageBody'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== 'string' || ('messageBody' in r17 && !$hasOwn.call(v, 'messageBody'))) return false;
  const v19 = v['metadata'];
  if (v19 !== undefined && (!('metadata' in r17) || $hasOwn.call(v, 'metadata'))) {
    if (!$isChatMessageMetadata(v19, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'transactionId',
        'threadId',
        'messageId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'messageBody',
        'metadata',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatTypingIndicatorReceivedInThreadEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'transactionId' in r5 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'threadId' in r5 && v, 'threadId', v['threadId']);
    const r6: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r6 && v, 'messageId', v['messageId']);
    const v7 = v['senderCommunicationIdentifier'];
    if (
      $has(
        e,
        p,
        'senderCommunicationIdentifier' in r6 && v,
        'senderCommunicationIdentifier',
        v7,
        'CommunicationIdentifier',
      )
    ) {
      $checkCommunicationIdentifier(v7, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(
      e,
      p,
      'senderDisplayName' in r6 && v,
      'senderDisplayName',
      v['senderDisplayName'],
      true,
    );
    $checkDateTimeProperty(e, p, 'composeTime' in r6 && v, 'composeTime', v['composeTime'], true);
    $checkStringProperty(e, p, 'type' in r6 && v, 'type', v['type']);
    const v10 = v['version'];
    if ($has(e, p, 'version' in r6 && v, 'version', v10)) {
      if (typeof v10 !== 'number' || !Number.isInteger(v10)) {
        $fail(e, p + '/version', 'must be an integer', 'integer', $type(v10));
      }
    }
    const r11: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageBody' in r11 && v, 'messageBody', v['messageBody']);
    const v12 = v['metadata'];
    if ($has(e, p, 'metadata' in r11 && v, 'metadata', v12)) {
      $checkChatMessageMetadata(v12, p + '/metadata', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'transactionId',
        'threadId',
        'messageId',
        'senderCommunicationIdentifier',
        'senderDisplayName',
        'composeTime',
        'type',
        'version',
        'messageBody',
        'metadata',
      ]);
    }
  }
}

/** The documented wire forms of AcsEmailDeliveryReportReceivedEventData (catalog errata with a `wire` decision). */
const $wireAcsEmailDeliveryReportReceivedEventData: readonly WireForm[] = [
  {
    erratum: 'email-delivery-timestamp-casing',
    decision: 'variant',
    parent: [],
    name: 'deliveryAttemptTimestamp',
    published: {
      name: 'deliveryAttemptTimeStamp',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.EmailDeliveryReportReceived event, reporting every error.
 *
 * Published when a delivery report is received for an email sent by the Communication Service.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsEmailDeliveryReportReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsEmailDeliveryReportReceivedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsEmailDeliveryReportReceivedEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsEmailDeliveryReportReceivedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsEmailDeliveryReportReceivedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.EmailDeliveryReportReceived event.
 *
 * Published when a delivery report is received for an email sent by the Communication Service.
 */
export function isAcsEmailDeliveryReportReceivedEventData(
  value: unknown,
): value is AcsEmailDeliveryReportReceivedEventData {
  try {
    return $isAcsEmailDeliveryReportReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsEmailDeliveryReportReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['sender'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('sender' in r1 && !$hasOwn.call(v, 'sender'))) return false;
  const v3 = v['recipient'];
  if (typeof v3 !== 'string' || ('recipient' in r1 && !$hasOwn.call(v, 'recipient'))) return false;
  const v4 = v['internetMessageId'];
  if (
    typeof v4 !== 'string' &&
    v4 !== undefined &&
    (!('internetMessageId' in r1) || $hasOwn.call(v, 'internetMessageId'))
  )
    return false;
  const v5 = v['messageId'];
  if (typeof v5 !== 'string' && v5 !== undefined && (!('messageId' in r1) || $hasOwn.call(v, 'messageId')))
    return false;
  const v6 = v['status'];
  if (v6 !== undefined && (!('status' in r1) || $hasOwn.call(v, 'status'))) {
    if (typeof v6 !== 'string') return false;
  }
  const v9 = v['deliveryStatusDetails'];
  if (v9 === undefined || ('deliveryStatusDetails' in r1 && !$hasOwn.call(v, 'deliveryStatusDetails')))
    return false;
  if (!$isEmailDeliveryStatusDetails(v9, s)) return false;
  const v12 = v['deliveryAttemptTimestamp'];
  if (
    (typeof v12 !== 'string' || !$dateTime(v12)) &&
    v12 !== undefined &&
    (!('deliveryAttemptTimestamp' in r1) || $hasOwn.call(v, 'deliveryAttemptTimestamp'))
  )
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'sender',
        'recipient',
        'internetMessageId',
        'messageId',
        'status',
        'deliveryStatusDetails',
        'deliveryAttemptTimestamp',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsEmailDeliveryReportReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'sender' in r1 && v, 'sender', v['sender']);
    $checkStringProperty(e, p, 'recipient' in r1 && v, 'recipient', v['recipient']);
    $checkStringProperty(
      e,
      p,
      'internetMessageId' in r1 && v,
      'internetMessageId',
      v['internetMessageId'],
      true,
    );
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId'], true);
    const v2 = v['status'];
    if ($has(e, p, 'status' in r1 && v, 'status', v2)) {
      if (typeof v2 !== 'string') {
        $fail(
          e,
          p + '/status',
          'must be one of "Bounced" | "Delivered" | "Expanded" | "Failed" | "FilteredSpam" | "Quarantined" | "Suppressed" | string',
          '"Bounced" | "Delivered" | "Expanded" | "Failed" | "FilteredSpam" | "Quarantined" | "Suppressed" | string',
          $show(v2),
        );
      }
    }
    const v5 = v['deliveryStatusDetails'];
    if (
      $has(
        e,
        p,
        'deliveryStatusDetails' in r1 && v,
        'deliveryStatusDetails',
        v5,
        'EmailDeliveryStatusDetails',
      )
    ) {
      $checkEmailDeliveryStatusDetails(v5, p + '/deliveryStatusDetails', e, s);
    }
    $checkDateTimeProperty(
      e,
      p,
      'deliveryAttemptTimestamp' in r1 && v,
      'deliveryAttemptTimestamp',
      v['deliveryAttemptTimestamp'],
      true,
    );
    if (s) {
      $extraKeys(e, p, v, [
        'sender',
        'recipient',
        'internetMessageId',
        'messageId',
        'status',
        'deliveryStatusDetails',
        'deliveryAttemptTimestamp',
      ]);
    }
  }
}

/** The documented wire forms of AcsEmailEngagementTrackingReportReceivedEventData (catalog errata with a `wire` decision). */
const $wireAcsEmailEngagementTrackingReportReceivedEventData: readonly WireForm[] = [
  {
    erratum: 'email-engagement-timestamp-casing',
    decision: 'variant',
    parent: [],
    name: 'userActionTimestamp',
    published: {
      name: 'userActionTimeStamp',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.EmailEngagementTrackingReportReceived event, reporting every error.
 *
 * Published when an email sent is opened, or a link in it is clicked (when engagement tracking is on).
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsEmailEngagementTrackingReportReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsEmailEngagementTrackingReportReceivedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsEmailEngagementTrackingReportReceivedEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsEmailEngagementTrackingReportReceivedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsEmailEngagementTrackingReportReceivedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.EmailEngagementTrackingReportReceived event.
 *
 * Published when an email sent is opened, or a link in it is clicked (when engagement tracking is on).
 */
export function isAcsEmailEngagementTrackingReportReceivedEventData(
  value: unknown,
): value is AcsEmailEngagementTrackingReportReceivedEventData {
  try {
    return $isAcsEmailEngagementTrackingReportReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsEmailEngagementTrackingReportReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['sender'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('sender' in r1) || $hasOwn.call(v, 'sender')))
    return false;
  const v3 = v['recipient'];
  if (typeof v3 !== 'string' && v3 !== undefined && (!('recipient' in r1) || $hasOwn.call(v, 'recipient')))
    return false;
  const v4 = v['messageId'];
  if (typeof v4 !== 'string' && v4 !== undefined && (!('messageId' in r1) || $hasOwn.call(v, 'messageId')))
    return false;
  const v5 = v['userActionTimestamp'];
  if (
    (typeof v5 !== 'string' || !$dateTime(v5)) &&
    v5 !== undefined &&
    (!('userActionTimestamp' in r1) || $hasOwn.call(v, 'userActionTimestamp'))
  )
    return false;
  const v6 = v['engagementContext'];
  if (
    typeof v6 !== 'string' &&
    v6 !== undefined &&
    (!('engagementContext' in r1) || $hasOwn.call(v, 'engagementContext'))
  )
    return false;
  const v7 = v['userAgent'];
  if (typeof v7 !== 'string' && v7 !== undefined && (!('userAgent' in r1) || $hasOwn.call(v, 'userAgent')))
    return false;
  const v8 = v['engagementType'];
  if (v8 !== undefined && (!('engagementType' in r1) || $hasOwn.call(v, 'engagementType'))) {
    if (typeof v8 !== 'string') return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'sender',
        'recipient',
        'messageId',
        'userActionTimestamp',
        'engagementContext',
        'userAgent',
        'engagementType',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsEmailEngagementTrackingReportReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'sender' in r1 && v, 'sender', v['sender'], true);
    $checkStringProperty(e, p, 'recipient' in r1 && v, 'recipient', v['recipient'], true);
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId'], true);
    $checkDateTimeProperty(
      e,
      p,
      'userActionTimestamp' in r1 && v,
      'userActionTimestamp',
      v['userActionTimestamp'],
      true,
    );
    $checkStringProperty(
      e,
      p,
      'engagementContext' in r1 && v,
      'engagementContext',
      v['engagementContext'],
      true,
    );
    $checkStringProperty(e, p, 'userAgent' in r1 && v, 'userAgent', v['userAgent'], true);
    const v2 = v['engagementType'];
    if ($has(e, p, 'engagementType' in r1 && v, 'engagementType', v2)) {
      if (typeof v2 !== 'string') {
        $fail(
          e,
          p + '/engagementType',
          'must be one of "view" | "click" | string',
          '"view" | "click" | string',
          $show(v2),
        );
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'sender',
        'recipient',
        'messageId',
        'userActionTimestamp',
        'engagementContext',
        'userAgent',
        'engagementType',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.IncomingCall event, reporting every error.
 *
 * Published when there is an incoming call to a Communication Services user or phone number (Call Automation answers it with incomingCallContext).
 */
export function validateAcsIncomingCallEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsIncomingCallEventData> {
  return $validate<AcsIncomingCallEventData>(
    $isAcsIncomingCallEventData,
    $checkAcsIncomingCallEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.IncomingCall event.
 *
 * Published when there is an incoming call to a Communication Services user or phone number (Call Automation answers it with incomingCallContext).
 */
export function isAcsIncomingCallEventData(value: unknown): value is AcsIncomingCallEventData {
  try {
    return $isAcsIncomingCallEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsIncomingCallEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['to'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== undefined && (!('to' in r1) || $hasOwn.call(v, 'to'))) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  const v5 = v['from'];
  if (v5 !== undefined && (!('from' in r1) || $hasOwn.call(v, 'from'))) {
    if (!$isCommunicationIdentifier(v5, s)) return false;
  }
  const v8 = v['serverCallId'];
  if (
    typeof v8 !== 'string' &&
    v8 !== undefined &&
    (!('serverCallId' in r1) || $hasOwn.call(v, 'serverCallId'))
  )
    return false;
  const v9 = v['callerDisplayName'];
  if (
    typeof v9 !== 'string' &&
    v9 !== undefined &&
    (!('callerDisplayName' in r1) || $hasOwn.call(v, 'callerDisplayName'))
  )
    return false;
  const v10 = v['customContext'];
  if (v10 !== undefined && (!('customContext' in r1) || $hasOwn.call(v, 'customContext'))) {
    if (!$isIncomingCallCustomContext(v10, s)) return false;
  }
  const v13 = v['incomingCallContext'];
  if (
    typeof v13 !== 'string' &&
    v13 !== undefined &&
    (!('incomingCallContext' in r1) || $hasOwn.call(v, 'incomingCallContext'))
  )
    return false;
  const v14 = v['onBehalfOfCallee'];
  if (v14 !== undefined && (!('onBehalfOfCallee' in r1) || $hasOwn.call(v, 'onBehalfOfCallee'))) {
    if (!$isCommunicationIdentifier(v14, s)) return false;
  }
  const v17 = v['correlationId'];
  if (
    typeof v17 !== 'string' &&
    v17 !== undefined &&
    (!('correlationId' in r1) || $hasOwn.call(v, 'correlationId'))
  )
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'to',
        'from',
        'serverCallId',
        'callerDisplayName',
        'customContext',
        'incomingCallContext',
        'onBehalfOfCallee',
        'correlationId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsIncomingCallEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['to'];
    if ($has(e, p, 'to' in r1 && v, 'to', v2)) {
      $checkCommunicationIdentifier(v2, p + '/to', e, s);
    }
    const v5 = v['from'];
    if ($has(e, p, 'from' in r1 && v, 'from', v5)) {
      $checkCommunicationIdentifier(v5, p + '/from', e, s);
    }
    $checkStringProperty(e, p, 'serverCallId' in r1 && v, 'serverCallId', v['serverCallId'], true);
    $checkStringProperty(
      e,
      p,
      'callerDisplayName' in r1 && v,
      'callerDisplayName',
      v['callerDisplayName'],
      true,
    );
    const v8 = v['customContext'];
    if ($has(e, p, 'customContext' in r1 && v, 'customContext', v8)) {
      $checkIncomingCallCustomContext(v8, p + '/customContext', e, s);
    }
    $checkStringProperty(
      e,
      p,
      'incomingCallContext' in r1 && v,
      'incomingCallContext',
      v['incomingCallContext'],
      true,
    );
    const v11 = v['onBehalfOfCallee'];
    if ($has(e, p, 'onBehalfOfCallee' in r1 && v, 'onBehalfOfCallee', v11)) {
      $checkCommunicationIdentifier(v11, p + '/onBehalfOfCallee', e, s);
    }
    $checkStringProperty(e, p, 'correlationId' in r1 && v, 'correlationId', v['correlationId'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'to',
        'from',
        'serverCallId',
        'callerDisplayName',
        'customContext',
        'incomingCallContext',
        'onBehalfOfCallee',
        'correlationId',
      ]);
    }
  }
}

/** The documented wire forms of AcsInstantMessageDeletedEventData (catalog errata with a `wire` decision). */
const $wireAcsInstantMessageDeletedEventData: readonly WireForm[] = [
  {
    erratum: 'compose-time-casing-instantmessagedeleted',
    decision: 'doc-error',
    parent: [],
    name: 'composeTime',
    published: {
      name: 'ComposeTime',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.InstantMessageDeleted event, reporting every error.
 *
 * Published when a chat instant message is deleted by a Communication Services user.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageDeleted; see Microsoft.Communication.ChatMessageDeleted.
 */
export function validateAcsInstantMessageDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsInstantMessageDeletedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsInstantMessageDeletedEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsInstantMessageDeletedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsInstantMessageDeletedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.InstantMessageDeleted event.
 *
 * Published when a chat instant message is deleted by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageDeleted; see Microsoft.Communication.ChatMessageDeleted.
 */
export function isAcsInstantMessageDeletedEventData(
  value: unknown,
): value is AcsInstantMessageDeletedEventData {
  try {
    return $isAcsInstantMessageDeletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsInstantMessageDeletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['messageBody'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('messageBody' in r1 && !$hasOwn.call(v, 'messageBody'))) return false;
  const v3 = v['version'];
  if (typeof v3 !== 'string' || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  const v4 = v['composeTime'];
  if (typeof v4 !== 'string' || !$dateTime(v4) || ('composeTime' in r1 && !$hasOwn.call(v, 'composeTime')))
    return false;
  const v5 = v['deleteTime'];
  if (typeof v5 !== 'string' || !$dateTime(v5) || ('deleteTime' in r1 && !$hasOwn.call(v, 'deleteTime')))
    return false;
  const v6 = v['senderId'];
  if (typeof v6 !== 'string' || ('senderId' in r1 && !$hasOwn.call(v, 'senderId'))) return false;
  const v7 = v['senderDisplayName'];
  if (typeof v7 !== 'string' || ('senderDisplayName' in r1 && !$hasOwn.call(v, 'senderDisplayName')))
    return false;
  const v8 = v['recipientId'];
  if (typeof v8 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v9 = v['transactionId'];
  if (typeof v9 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v10 = v['groupId'];
  if (typeof v10 !== 'string' || ('groupId' in r1 && !$hasOwn.call(v, 'groupId'))) return false;
  const v11 = v['collapseId'];
  if (typeof v11 !== 'string' || ('collapseId' in r1 && !$hasOwn.call(v, 'collapseId'))) return false;
  const v12 = v['messageId'];
  if (typeof v12 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v13 = v['messageType'];
  if (typeof v13 !== 'string' || ('messageType' in r1 && !$hasOwn.call(v, 'messageType'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'messageBody',
        'version',
        'composeTime',
        'deleteTime',
        'senderId',
        'senderDisplayName',
        'recipientId',
        'transactionId',
        'groupId',
        'collapseId',
        'messageId',
        'messageType',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsInstantMessageDeletedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageBody' in r1 && v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, 'version' in r1 && v, 'version', v['version']);
    $checkDateTimeProperty(e, p, 'composeTime' in r1 && v, 'composeTime', v['composeTime']);
    $checkDateTimeProperty(e, p, 'deleteTime' in r1 && v, 'deleteTime', v['deleteTime']);
    $checkStringProperty(e, p, 'senderId' in r1 && v, 'senderId', v['senderId']);
    $checkStringProperty(e, p, 'senderDisplayName' in r1 && v, 'senderDisplayName', v['senderDisplayName']);
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'groupId' in r1 && v, 'groupId', v['groupId']);
    $checkStringProperty(e, p, 'collapseId' in r1 && v, 'collapseId', v['collapseId']);
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, 'messageType' in r1 && v, 'messageType', v['messageType']);
    if (s) {
      $extraKeys(e, p, v, [
        'messageBody',
        'version',
        'composeTime',
        'deleteTime',
        'senderId',
        'senderDisplayName',
        'recipientId',
        'transactionId',
        'groupId',
        'collapseId',
        'messageId',
        'messageType',
      ]);
    }
  }
}

/** The documented wire forms of AcsInstantMessageEditedEventData (catalog errata with a `wire` decision). */
const $wireAcsInstantMessageEditedEventData: readonly WireForm[] = [
  {
    erratum: 'compose-time-casing-instantmessageedited',
    decision: 'doc-error',
    parent: [],
    name: 'composeTime',
    published: {
      name: 'ComposeTime',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.InstantMessageEdited event, reporting every error.
 *
 * Published when a chat instant message is edited by a Communication Services user.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageEdited; see Microsoft.Communication.ChatMessageEdited.
 */
export function validateAcsInstantMessageEditedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsInstantMessageEditedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsInstantMessageEditedEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsInstantMessageEditedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsInstantMessageEditedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.InstantMessageEdited event.
 *
 * Published when a chat instant message is edited by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageEdited; see Microsoft.Communication.ChatMessageEdited.
 */
export function isAcsInstantMessageEditedEventData(
  value: unknown,
): value is AcsInstantMessageEditedEventData {
  try {
    return $isAcsInstantMessageEditedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsInstantMessageEditedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['messageBody'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('messageBody' in r1 && !$hasOwn.call(v, 'messageBody'))) return false;
  const v3 = v['version'];
  if (typeof v3 !== 'string' || ('version' in r1 && !$hasOwn.call(v, 'version'))) return false;
  const v4 = v['composeTime'];
  if (typeof v4 !== 'string' || !$dateTime(v4) || ('composeTime' in r1 && !$hasOwn.call(v, 'composeTime')))
    return false;
  const v5 = v['editTime'];
  if (typeof v5 !== 'string' || !$dateTime(v5) || ('editTime' in r1 && !$hasOwn.call(v, 'editTime')))
    return false;
  const v6 = v['senderId'];
  if (typeof v6 !== 'string' || ('senderId' in r1 && !$hasOwn.call(v, 'senderId'))) return false;
  const v7 = v['senderDisplayName'];
  if (typeof v7 !== 'string' || ('senderDisplayName' in r1 && !$hasOwn.call(v, 'senderDisplayName')))
    return false;
  const v8 = v['recipientId'];
  if (typeof v8 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v9 = v['transactionId'];
  if (typeof v9 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v10 = v['groupId'];
  if (typeof v10 !== 'string' || ('groupId' in r1 && !$hasOwn.call(v, 'groupId'))) return false;
  const v11 = v['collapseId'];
  if (typeof v11 !== 'string' || ('collapseId' in r1 && !$hasOwn.call(v, 'collapseId'))) return false;
  const v12 = v['messageId'];
  if (typeof v12 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v13 = v['messageType'];
  if (typeof v13 !== 'string' || ('messageType' in r1 && !$hasOwn.call(v, 'messageType'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'messageBody',
        'version',
        'composeTime',
        'editTime',
        'senderId',
        'senderDisplayName',
        'recipientId',
        'transactionId',
        'groupId',
        'collapseId',
        'messageId',
        'messageType',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsInstantMessageEditedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageBody' in r1 && v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, 'version' in r1 && v, 'version', v['version']);
    $checkDateTimeProperty(e, p, 'composeTime' in r1 && v, 'composeTime', v['composeTime']);
    $checkDateTimeProperty(e, p, 'editTime' in r1 && v, 'editTime', v['editTime']);
    $checkStringProperty(e, p, 'senderId' in r1 && v, 'senderId', v['senderId']);
    $checkStringProperty(e, p, 'senderDisplayName' in r1 && v, 'senderDisplayName', v['senderDisplayName']);
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'groupId' in r1 && v, 'groupId', v['groupId']);
    $checkStringProperty(e, p, 'collapseId' in r1 && v, 'collapseId', v['collapseId']);
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, 'messageType' in r1 && v, 'messageType', v['messageType']);
    if (s) {
      $extraKeys(e, p, v, [
        'messageBody',
        'version',
        'composeTime',
        'editTime',
        'senderId',
        'senderDisplayName',
        'recipientId',
        'transactionId',
        'groupId',
        'collapseId',
        'messageId',
        'messageType',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.InstantMessageReceived event, reporting every error.
 *
 * Published when a chat instant message is received by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageReceived; see Microsoft.Communication.ChatMessageReceived.
 */
export function validateAcsInstantMessageReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsInstantMessageReceivedEventData> {
  return $validate<AcsInstantMessageReceivedEventData>(
    $isAcsInstantMessageReceivedEventData,
    $checkAcsInstantMessageReceivedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.InstantMessageReceived event.
 *
 * Published when a chat instant message is received by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageReceived; see Microsoft.Communication.ChatMessageReceived.
 */
export function isAcsInstantMessageReceivedEventData(
  value: unknown,
): value is AcsInstantMessageReceivedEventData {
  try {
    return $isAcsInstantMessageReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsInstantMessageReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['messageBody'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('messageBody' in r1 && !$hasOwn.call(v, 'messageBody'))) return false;
  const v3 = v['senderId'];
  if (typeof v3 !== 'string' || ('senderId' in r1 && !$hasOwn.call(v, 'senderId'))) return false;
  const v4 = v['senderDisplayName'];
  if (typeof v4 !== 'string' || ('senderDisplayName' in r1 && !$hasOwn.call(v, 'senderDisplayName')))
    return false;
  const v5 = v['recipientId'];
  if (typeof v5 !== 'string' || ('recipientId' in r1 && !$hasOwn.call(v, 'recipientId'))) return false;
  const v6 = v['transactionId'];
  if (typeof v6 !== 'string' || ('transactionId' in r1 && !$hasOwn.call(v, 'transactionId'))) return false;
  const v7 = v['groupId'];
  if (typeof v7 !== 'string' || ('groupId' in r1 && !$hasOwn.call(v, 'groupId'))) return false;
  const v8 = v['collapseId'];
  if (typeof v8 !== 'string' || ('collapseId' in r1 && !$hasOwn.call(v, 'collapseId'))) return false;
  const v9 = v['messageId'];
  if (typeof v9 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v10 = v['messageType'];
  if (typeof v10 !== 'string' || ('messageType' in r1 && !$hasOwn.call(v, 'messageType'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'messageBody',
        'senderId',
        'senderDisplayName',
        'recipientId',
        'transactionId',
        'groupId',
        'collapseId',
        'messageId',
        'messageType',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsInstantMessageReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageBody' in r1 && v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, 'senderId' in r1 && v, 'senderId', v['senderId']);
    $checkStringProperty(e, p, 'senderDisplayName' in r1 && v, 'senderDisplayName', v['senderDisplayName']);
    $checkStringProperty(e, p, 'recipientId' in r1 && v, 'recipientId', v['recipientId']);
    $checkStringProperty(e, p, 'transactionId' in r1 && v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, 'groupId' in r1 && v, 'groupId', v['groupId']);
    $checkStringProperty(e, p, 'collapseId' in r1 && v, 'collapseId', v['collapseId']);
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, 'messageType' in r1 && v, 'messageType', v['messageType']);
    if (s) {
      $extraKeys(e, p, v, [
        'messageBody',
        'senderId',
        'senderDisplayName',
        'recipientId',
        'transactionId',
        'groupId',
        'collapseId',
        'messageId',
        'messageType',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RecordingFileStatusUpdated event, reporting every error.
 *
 * Published when a call recording file is available.
 */
export function validateAcsRecordingFileStatusUpdatedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRecordingFileStatusUpdatedEventData> {
  return $validate<AcsRecordingFileStatusUpdatedEventData>(
    $isAcsRecordingFileStatusUpdatedEventData,
    $checkAcsRecordingFileStatusUpdatedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RecordingFileStatusUpdated event.
 *
 * Published when a call recording file is available.
 */
export function isAcsRecordingFileStatusUpdatedEventData(
  value: unknown,
): value is AcsRecordingFileStatusUpdatedEventData {
  try {
    return $isAcsRecordingFileStatusUpdatedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRecordingFileStatusUpdatedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['recordingStorageInfo'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === undefined || ('recordingStorageInfo' in r1 && !$hasOwn.call(v, 'recordingStorageInfo')))
    return false;
  if (!$isRecordingStorageInfo(v2, s)) return false;
  const v5 = v['recordingStartTime'];
  if (
    (typeof v5 !== 'string' || !$dateTime(v5)) &&
    v5 !== undefined &&
    (!('recordingStartTime' in r1) || $hasOwn.call(v, 'recordingStartTime'))
  )
    return false;
  const v6 = v['recordingDurationMs'];
  if (v6 !== undefined && (!('recordingDurationMs' in r1) || $hasOwn.call(v, 'recordingDurationMs'))) {
    if (typeof v6 !== 'number' || !Number.isInteger(v6)) return false;
  }
  const v7 = v['recordingContentType'];
  if (v7 !== undefined && (!('recordingContentType' in r1) || $hasOwn.call(v, 'recordingContentType'))) {
    if (typeof v7 !== 'string') return false;
  }
  const v10 = v['recordingChannelType'];
  if (v10 !== undefined && (!('recordingChannelType' in r1) || $hasOwn.call(v, 'recordingChannelType'))) {
    if (typeof v10 !== 'string') return false;
  }
  const v13 = v['recordingFormatType'];
  if (v13 !== undefined && (!('recordingFormatType' in r1) || $hasOwn.call(v, 'recordingFormatType'))) {
    if (typeof v13 !== 'string') return false;
  }
  const v16 = v['sessionEndReason'];
  if (
    typeof v16 !== 'string' &&
    v16 !== undefined &&
    (!('sessionEndReason' in r1) || $hasOwn.call(v, 'sessionEndReason'))
  )
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'recordingStorageInfo',
        'recordingStartTime',
        'recordingDurationMs',
        'recordingContentType',
        'recordingChannelType',
        'recordingFormatType',
        'sessionEndReason',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRecordingFileStatusUpdatedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['recordingStorageInfo'];
    if ($has(e, p, 'recordingStorageInfo' in r1 && v, 'recordingStorageInfo', v2, 'RecordingStorageInfo')) {
      $checkRecordingStorageInfo(v2, p + '/recordingStorageInfo', e, s);
    }
    $checkDateTimeProperty(
      e,
      p,
      'recordingStartTime' in r1 && v,
      'recordingStartTime',
      v['recordingStartTime'],
      true,
    );
    const v5 = v['recordingDurationMs'];
    if ($has(e, p, 'recordingDurationMs' in r1 && v, 'recordingDurationMs', v5)) {
      if (typeof v5 !== 'number' || !Number.isInteger(v5)) {
        $fail(e, p + '/recordingDurationMs', 'must be an integer', 'integer', $type(v5));
      }
    }
    const v6 = v['recordingContentType'];
    if ($has(e, p, 'recordingContentType' in r1 && v, 'recordingContentType', v6)) {
      if (typeof v6 !== 'string') {
        $fail(
          e,
          p + '/recordingContentType',
          'must be one of "AudioVideo" | "Audio" | string',
          '"AudioVideo" | "Audio" | string',
          $show(v6),
        );
      }
    }
    const v9 = v['recordingChannelType'];
    if ($has(e, p, 'recordingChannelType' in r1 && v, 'recordingChannelType', v9)) {
      if (typeof v9 !== 'string') {
        $fail(
          e,
          p + '/recordingChannelType',
          'must be one of "Mixed" | "Unmixed" | string',
          '"Mixed" | "Unmixed" | string',
          $show(v9),
        );
      }
    }
    const v12 = v['recordingFormatType'];
    if ($has(e, p, 'recordingFormatType' in r1 && v, 'recordingFormatType', v12)) {
      if (typeof v12 !== 'string') {
        $fail(
          e,
          p + '/recordingFormatType',
          'must be one of "Wav" | "Mp3" | "Mp4" | string',
          '"Wav" | "Mp3" | "Mp4" | string',
          $show(v12),
        );
      }
    }
    $checkStringProperty(
      e,
      p,
      'sessionEndReason' in r1 && v,
      'sessionEndReason',
      v['sessionEndReason'],
      true,
    );
    if (s) {
      $extraKeys(e, p, v, [
        'recordingStorageInfo',
        'recordingStartTime',
        'recordingDurationMs',
        'recordingContentType',
        'recordingChannelType',
        'recordingFormatType',
        'sessionEndReason',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterJobCancelled event, reporting every error.
 *
 * Published when a job was canceled.
 */
export function validateAcsRouterJobCancelledEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobCancelledEventData> {
  return $validate<AcsRouterJobCancelledEventData>(
    $isAcsRouterJobCancelledEventData,
    $checkAcsRouterJobCancelledEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobCancelled event.
 *
 * Published when a job was canceled.
 */
export function isAcsRouterJobCancelledEventData(value: unknown): value is AcsRouterJobCancelledEventData {
  try {
    return $isAcsRouterJobCancelledEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobCancelledEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['queueId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== undefined && (!('queueId' in r9) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v10 !== 'string' && v10 !== null) return false;
  }
  const v11 = v['labels'];
  if (v11 === undefined || ('labels' in r9 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v['tags'];
  if (v14 === undefined || ('tags' in r9 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v['note'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 !== undefined && (!('note' in r17) || $hasOwn.call(v, 'note'))) {
    if (typeof v18 !== 'string' && v18 !== null) return false;
  }
  const v19 = v['dispositionCode'];
  if (typeof v19 !== 'string' || ('dispositionCode' in r17 && !$hasOwn.call(v, 'dispositionCode')))
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'note',
        'dispositionCode',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobCancelledEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v['queueId'];
    if ($has(e, p, 'queueId' in r7 && v, 'queueId', v8)) {
      if (typeof v8 !== 'string' && v8 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v8));
      }
    }
    const v9 = v['labels'];
    if ($has(e, p, 'labels' in r7 && v, 'labels', v9, 'RouterLabels')) {
      $checkRouterLabels(v9, p + '/labels', e, s);
    }
    const v12 = v['tags'];
    if ($has(e, p, 'tags' in r7 && v, 'tags', v12, 'RouterLabels')) {
      $checkRouterLabels(v12, p + '/tags', e, s);
    }
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v['note'];
    if ($has(e, p, 'note' in r15 && v, 'note', v16)) {
      if (typeof v16 !== 'string' && v16 !== null) {
        $fail(e, p + '/note', 'must be a string or null', 'string | null', $type(v16));
      }
    }
    $checkStringProperty(e, p, 'dispositionCode' in r15 && v, 'dispositionCode', v['dispositionCode']);
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'note',
        'dispositionCode',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterJobClassificationFailed event, reporting every error.
 *
 * Published when Job Router failed to classify a job using its classification policy.
 */
export function validateAcsRouterJobClassificationFailedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobClassificationFailedEventData> {
  return $validate<AcsRouterJobClassificationFailedEventData>(
    $isAcsRouterJobClassificationFailedEventData,
    $checkAcsRouterJobClassificationFailedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobClassificationFailed event.
 *
 * Published when Job Router failed to classify a job using its classification policy.
 */
export function isAcsRouterJobClassificationFailedEventData(
  value: unknown,
): value is AcsRouterJobClassificationFailedEventData {
  try {
    return $isAcsRouterJobClassificationFailedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobClassificationFailedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['queueId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== undefined && (!('queueId' in r9) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v10 !== 'string' && v10 !== null) return false;
  }
  const v11 = v['labels'];
  if (v11 === undefined || ('labels' in r9 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v['tags'];
  if (v14 === undefined || ('tags' in r9 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v['classificationPolicyId'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    typeof v18 !== 'string' ||
    ('classificationPolicyId' in r17 && !$hasOwn.call(v, 'classificationPolicyId'))
  )
    return false;
  const v19 = v['errors'];
  if (v19 === undefined || ('errors' in r17 && !$hasOwn.call(v, 'errors'))) return false;
  if (!Array.isArray(v19)) return false;
  const a20 = v19 as unknown[];
  for (let i21 = 0; i21 < a20.length; i21++) {
    const v22 = a20[i21];
    if (!$isRouterCommunicationError(v22, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'classificationPolicyId',
        'errors',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobClassificationFailedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v['queueId'];
    if ($has(e, p, 'queueId' in r7 && v, 'queueId', v8)) {
      if (typeof v8 !== 'string' && v8 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v8));
      }
    }
    const v9 = v['labels'];
    if ($has(e, p, 'labels' in r7 && v, 'labels', v9, 'RouterLabels')) {
      $checkRouterLabels(v9, p + '/labels', e, s);
    }
    const v12 = v['tags'];
    if ($has(e, p, 'tags' in r7 && v, 'tags', v12, 'RouterLabels')) {
      $checkRouterLabels(v12, p + '/tags', e, s);
    }
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(
      e,
      p,
      'classificationPolicyId' in r15 && v,
      'classificationPolicyId',
      v['classificationPolicyId'],
    );
    const v16 = v['errors'];
    if ($has(e, p, 'errors' in r15 && v, 'errors', v16, 'RouterCommunicationError[]')) {
      if (!Array.isArray(v16)) {
        $fail(e, p + '/errors', 'must be an array', 'array', $type(v16));
      } else {
        const a17 = v16 as unknown[];
        for (let i18 = 0; i18 < a17.length; i18++) {
          const v19 = a17[i18];
          $checkRouterCommunicationError(v19, p + '/errors/' + i18, e, s);
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'classificationPolicyId',
        'errors',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterJobClassified event, reporting every error.
 *
 * Published when the classification policy was applied to a job.
 */
export function validateAcsRouterJobClassifiedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobClassifiedEventData> {
  return $validate<AcsRouterJobClassifiedEventData>(
    $isAcsRouterJobClassifiedEventData,
    $checkAcsRouterJobClassifiedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobClassified event.
 *
 * Published when the classification policy was applied to a job.
 */
export function isAcsRouterJobClassifiedEventData(value: unknown): value is AcsRouterJobClassifiedEventData {
  try {
    return $isAcsRouterJobClassifiedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobClassifiedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['queueId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== undefined && (!('queueId' in r9) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v10 !== 'string' && v10 !== null) return false;
  }
  const v11 = v['labels'];
  if (v11 === undefined || ('labels' in r9 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v['tags'];
  if (v14 === undefined || ('tags' in r9 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v['queueId'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== 'string' || ('queueId' in r17 && !$hasOwn.call(v, 'queueId'))) return false;
  const v19 = v['queueDetails'];
  if (v19 === undefined || ('queueDetails' in r17 && !$hasOwn.call(v, 'queueDetails'))) return false;
  if (!$isRouterQueueDetails(v19, s)) return false;
  const v22 = v['classificationPolicyId'];
  if (
    typeof v22 !== 'string' ||
    ('classificationPolicyId' in r17 && !$hasOwn.call(v, 'classificationPolicyId'))
  )
    return false;
  const v23 = v['priority'];
  if (v23 !== undefined && (!('priority' in r17) || $hasOwn.call(v, 'priority'))) {
    if ((typeof v23 !== 'number' || !Number.isInteger(v23)) && v23 !== null) return false;
    if (typeof v23 === 'number' && !$int32(v23)) return false;
  }
  const v24 = v['attachedWorkerSelectors'];
  if (
    v24 !== undefined &&
    (!('attachedWorkerSelectors' in r17) || $hasOwn.call(v, 'attachedWorkerSelectors'))
  ) {
    if (!Array.isArray(v24) && v24 !== null) return false;
    if (Array.isArray(v24)) {
      const a25 = v24 as unknown[];
      for (let i26 = 0; i26 < a25.length; i26++) {
        const v27 = a25[i26];
        if (!$isRouterWorkerSelector(v27, s)) return false;
      }
    }
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'queueDetails',
        'classificationPolicyId',
        'priority',
        'attachedWorkerSelectors',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobClassifiedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v['queueId'];
    if ($has(e, p, 'queueId' in r7 && v, 'queueId', v8)) {
      if (typeof v8 !== 'string' && v8 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v8));
      }
    }
    const v9 = v['labels'];
    if ($has(e, p, 'labels' in r7 && v, 'labels', v9, 'RouterLabels')) {
      $checkRouterLabels(v9, p + '/labels', e, s);
    }
    const v12 = v['tags'];
    if ($has(e, p, 'tags' in r7 && v, 'tags', v12, 'RouterLabels')) {
      $checkRouterLabels(v12, p + '/tags', e, s);
    }
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'queueId' in r15 && v, 'queueId', v['queueId']);
    const v16 = v['queueDetails'];
    if ($has(e, p, 'queueDetails' in r15 && v, 'queueDetails', v16, 'RouterQueueDetails')) {
      $checkRouterQueueDetails(v16, p + '/queueDetails', e, s);
    }
    $checkStringProperty(
      e,
      p,
      'classificationPolicyId' in r15 && v,
      'classificationPolicyId',
      v['classificationPolicyId'],
    );
    const v19 = v['priority'];
    if ($has(e, p, 'priority' in r15 && v, 'priority', v19)) {
      if ((typeof v19 !== 'number' || !Number.isInteger(v19)) && v19 !== null) {
        $fail(e, p + '/priority', 'must be an integer or null', 'integer | null', $type(v19));
      } else {
        if (typeof v19 === 'number' && !$int32(v19)) {
          $fail(
            e,
            p + '/priority',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v19),
          );
        }
      }
    }
    const v20 = v['attachedWorkerSelectors'];
    if ($has(e, p, 'attachedWorkerSelectors' in r15 && v, 'attachedWorkerSelectors', v20)) {
      if (!Array.isArray(v20) && v20 !== null) {
        $fail(e, p + '/attachedWorkerSelectors', 'must be an array or null', 'array | null', $type(v20));
      } else {
        if (Array.isArray(v20)) {
          const a21 = v20 as unknown[];
          for (let i22 = 0; i22 < a21.length; i22++) {
            const v23 = a21[i22];
            $checkRouterWorkerSelector(v23, p + '/attachedWorkerSelectors/' + i22, e, s);
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'queueDetails',
        'classificationPolicyId',
        'priority',
        'attachedWorkerSelectors',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterJobClosed event, reporting every error.
 *
 * Published when a job was closed and wrap-up is finished.
 */
export function validateAcsRouterJobClosedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobClosedEventData> {
  return $validate<AcsRouterJobClosedEventData>(
    $isAcsRouterJobClosedEventData,
    $checkAcsRouterJobClosedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobClosed event.
 *
 * Published when a job was closed and wrap-up is finished.
 */
export function isAcsRouterJobClosedEventData(value: unknown): value is AcsRouterJobClosedEventData {
  try {
    return $isAcsRouterJobClosedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobClosedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['queueId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== undefined && (!('queueId' in r9) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v10 !== 'string' && v10 !== null) return false;
  }
  const v11 = v['labels'];
  if (v11 === undefined || ('labels' in r9 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v['tags'];
  if (v14 === undefined || ('tags' in r9 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v['assignmentId'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== 'string' || ('assignmentId' in r17 && !$hasOwn.call(v, 'assignmentId'))) return false;
  const v19 = v['workerId'];
  if (typeof v19 !== 'string' || ('workerId' in r17 && !$hasOwn.call(v, 'workerId'))) return false;
  const v20 = v['dispositionCode'];
  if (v20 !== undefined && (!('dispositionCode' in r17) || $hasOwn.call(v, 'dispositionCode'))) {
    if (typeof v20 !== 'string' && v20 !== null) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'assignmentId',
        'workerId',
        'dispositionCode',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobClosedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v['queueId'];
    if ($has(e, p, 'queueId' in r7 && v, 'queueId', v8)) {
      if (typeof v8 !== 'string' && v8 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v8));
      }
    }
    const v9 = v['labels'];
    if ($has(e, p, 'labels' in r7 && v, 'labels', v9, 'RouterLabels')) {
      $checkRouterLabels(v9, p + '/labels', e, s);
    }
    const v12 = v['tags'];
    if ($has(e, p, 'tags' in r7 && v, 'tags', v12, 'RouterLabels')) {
      $checkRouterLabels(v12, p + '/tags', e, s);
    }
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'assignmentId' in r15 && v, 'assignmentId', v['assignmentId']);
    $checkStringProperty(e, p, 'workerId' in r15 && v, 'workerId', v['workerId']);
    const v16 = v['dispositionCode'];
    if ($has(e, p, 'dispositionCode' in r15 && v, 'dispositionCode', v16)) {
      if (typeof v16 !== 'string' && v16 !== null) {
        $fail(e, p + '/dispositionCode', 'must be a string or null', 'string | null', $type(v16));
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'assignmentId',
        'workerId',
        'dispositionCode',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterJobCompleted event, reporting every error.
 *
 * Published when a job was completed and enters wrap-up.
 */
export function validateAcsRouterJobCompletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobCompletedEventData> {
  return $validate<AcsRouterJobCompletedEventData>(
    $isAcsRouterJobCompletedEventData,
    $checkAcsRouterJobCompletedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobCompleted event.
 *
 * Published when a job was completed and enters wrap-up.
 */
export function isAcsRouterJobCompletedEventData(value: unknown): value is AcsRouterJobCompletedEventData {
  try {
    return $isAcsRouterJobCompletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobCompletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['queueId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== undefined && (!('queueId' in r9) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v10 !== 'string' && v10 !== null) return false;
  }
  const v11 = v['labels'];
  if (v11 === undefined || ('labels' in r9 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v['tags'];
  if (v14 === undefined || ('tags' in r9 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v['assignmentId'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== 'string' || ('assignmentId' in r17 && !$hasOwn.call(v, 'assignmentId'))) return false;
  const v19 = v['workerId'];
  if (typeof v19 !== 'string' || ('workerId' in r17 && !$hasOwn.call(v, 'workerId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'assignmentId',
        'workerId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobCompletedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v['queueId'];
    if ($has(e, p, 'queueId' in r7 && v, 'queueId', v8)) {
      if (typeof v8 !== 'string' && v8 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v8));
      }
    }
    const v9 = v['labels'];
    if ($has(e, p, 'labels' in r7 && v, 'labels', v9, 'RouterLabels')) {
      $checkRouterLabels(v9, p + '/labels', e, s);
    }
    const v12 = v['tags'];
    if ($has(e, p, 'tags' in r7 && v, 'tags', v12, 'RouterLabels')) {
      $checkRouterLabels(v12, p + '/tags', e, s);
    }
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'assignmentId' in r15 && v, 'assignmentId', v['assignmentId']);
    $checkStringProperty(e, p, 'workerId' in r15 && v, 'workerId', v['workerId']);
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'assignmentId',
        'workerId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterJobDeleted event, reporting every error.
 *
 * Published when a job has been deleted.
 */
export function validateAcsRouterJobDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobDeletedEventData> {
  return $validate<AcsRouterJobDeletedEventData>(
    $isAcsRouterJobDeletedEventData,
    $checkAcsRouterJobDeletedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobDeleted event.
 *
 * Published when a job has been deleted.
 */
export function isAcsRouterJobDeletedEventData(value: unknown): value is AcsRouterJobDeletedEventData {
  try {
    return $isAcsRouterJobDeletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobDeletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['queueId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== undefined && (!('queueId' in r9) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v10 !== 'string' && v10 !== null) return false;
  }
  const v11 = v['labels'];
  if (v11 === undefined || ('labels' in r9 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v['tags'];
  if (v14 === undefined || ('tags' in r9 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v14, s)) return false;
  if (s) {
    if (!$onlyKeys(v, ['jobId', 'channelReference', 'channelId', 'queueId', 'labels', 'tags'])) return false;
  }
  return true;
}

function $checkAcsRouterJobDeletedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v['queueId'];
    if ($has(e, p, 'queueId' in r7 && v, 'queueId', v8)) {
      if (typeof v8 !== 'string' && v8 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v8));
      }
    }
    const v9 = v['labels'];
    if ($has(e, p, 'labels' in r7 && v, 'labels', v9, 'RouterLabels')) {
      $checkRouterLabels(v9, p + '/labels', e, s);
    }
    const v12 = v['tags'];
    if ($has(e, p, 'tags' in r7 && v, 'tags', v12, 'RouterLabels')) {
      $checkRouterLabels(v12, p + '/tags', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['jobId', 'channelReference', 'channelId', 'queueId', 'labels', 'tags']);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterJobExceptionTriggered event, reporting every error.
 *
 * Published when a job exception rule has been triggered.
 */
export function validateAcsRouterJobExceptionTriggeredEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobExceptionTriggeredEventData> {
  return $validate<AcsRouterJobExceptionTriggeredEventData>(
    $isAcsRouterJobExceptionTriggeredEventData,
    $checkAcsRouterJobExceptionTriggeredEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobExceptionTriggered event.
 *
 * Published when a job exception rule has been triggered.
 */
export function isAcsRouterJobExceptionTriggeredEventData(
  value: unknown,
): value is AcsRouterJobExceptionTriggeredEventData {
  try {
    return $isAcsRouterJobExceptionTriggeredEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobExceptionTriggeredEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['queueId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== undefined && (!('queueId' in r9) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v10 !== 'string' && v10 !== null) return false;
  }
  const v11 = v['labels'];
  if (v11 === undefined || ('labels' in r9 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v['tags'];
  if (v14 === undefined || ('tags' in r9 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v['ruleKey'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== 'string' || ('ruleKey' in r17 && !$hasOwn.call(v, 'ruleKey'))) return false;
  const v19 = v['exceptionRuleId'];
  if (typeof v19 !== 'string' || ('exceptionRuleId' in r17 && !$hasOwn.call(v, 'exceptionRuleId')))
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'ruleKey',
        'exceptionRuleId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobExceptionTriggeredEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v['queueId'];
    if ($has(e, p, 'queueId' in r7 && v, 'queueId', v8)) {
      if (typeof v8 !== 'string' && v8 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v8));
      }
    }
    const v9 = v['labels'];
    if ($has(e, p, 'labels' in r7 && v, 'labels', v9, 'RouterLabels')) {
      $checkRouterLabels(v9, p + '/labels', e, s);
    }
    const v12 = v['tags'];
    if ($has(e, p, 'tags' in r7 && v, 'tags', v12, 'RouterLabels')) {
      $checkRouterLabels(v12, p + '/tags', e, s);
    }
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'ruleKey' in r15 && v, 'ruleKey', v['ruleKey']);
    $checkStringProperty(e, p, 'exceptionRuleId' in r15 && v, 'exceptionRuleId', v['exceptionRuleId']);
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'ruleKey',
        'exceptionRuleId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterJobQueued event, reporting every error.
 *
 * Published when a job has been successfully enqueued.
 */
export function validateAcsRouterJobQueuedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobQueuedEventData> {
  return $validate<AcsRouterJobQueuedEventData>(
    $isAcsRouterJobQueuedEventData,
    $checkAcsRouterJobQueuedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobQueued event.
 *
 * Published when a job has been successfully enqueued.
 */
export function isAcsRouterJobQueuedEventData(value: unknown): value is AcsRouterJobQueuedEventData {
  try {
    return $isAcsRouterJobQueuedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobQueuedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['queueId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== undefined && (!('queueId' in r9) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v10 !== 'string' && v10 !== null) return false;
  }
  const v11 = v['labels'];
  if (v11 === undefined || ('labels' in r9 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v['tags'];
  if (v14 === undefined || ('tags' in r9 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v['queueId'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== 'string' || ('queueId' in r17 && !$hasOwn.call(v, 'queueId'))) return false;
  const v19 = v['priority'];
  if (v19 === undefined || ('priority' in r17 && !$hasOwn.call(v, 'priority'))) return false;
  if (typeof v19 !== 'number' || !Number.isInteger(v19)) return false;
  if (!$int32(v19)) return false;
  const v20 = v['requestedWorkerSelectors'];
  if (
    v20 !== undefined &&
    (!('requestedWorkerSelectors' in r17) || $hasOwn.call(v, 'requestedWorkerSelectors'))
  ) {
    if (!Array.isArray(v20) && v20 !== null) return false;
    if (Array.isArray(v20)) {
      const a21 = v20 as unknown[];
      for (let i22 = 0; i22 < a21.length; i22++) {
        const v23 = a21[i22];
        if (!$isRouterWorkerSelector(v23, s)) return false;
      }
    }
  }
  const v26 = v['attachedWorkerSelectors'];
  if (
    v26 !== undefined &&
    (!('attachedWorkerSelectors' in r17) || $hasOwn.call(v, 'attachedWorkerSelectors'))
  ) {
    if (!Array.isArray(v26) && v26 !== null) return false;
    if (Array.isArray(v26)) {
      const a27 = v26 as unknown[];
      for (let i28 = 0; i28 < a27.length; i28++) {
        const v29 = a27[i28];
        if (!$isRouterWorkerSelector(v29, s)) return false;
      }
    }
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'priority',
        'requestedWorkerSelectors',
        'attachedWorkerSelectors',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobQueuedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v['queueId'];
    if ($has(e, p, 'queueId' in r7 && v, 'queueId', v8)) {
      if (typeof v8 !== 'string' && v8 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v8));
      }
    }
    const v9 = v['labels'];
    if ($has(e, p, 'labels' in r7 && v, 'labels', v9, 'RouterLabels')) {
      $checkRouterLabels(v9, p + '/labels', e, s);
    }
    const v12 = v['tags'];
    if ($has(e, p, 'tags' in r7 && v, 'tags', v12, 'RouterLabels')) {
      $checkRouterLabels(v12, p + '/tags', e, s);
    }
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'queueId' in r15 && v, 'queueId', v['queueId']);
    const v16 = v['priority'];
    if ($has(e, p, 'priority' in r15 && v, 'priority', v16, 'int32')) {
      if (typeof v16 !== 'number' || !Number.isInteger(v16)) {
        $fail(e, p + '/priority', 'must be an integer', 'integer', $type(v16));
      } else {
        if (!$int32(v16)) {
          $fail(
            e,
            p + '/priority',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v16),
          );
        }
      }
    }
    const v17 = v['requestedWorkerSelectors'];
    if ($has(e, p, 'requestedWorkerSelectors' in r15 && v, 'requestedWorkerSelectors', v17)) {
      if (!Array.isArray(v17) && v17 !== null) {
        $fail(e, p + '/requestedWorkerSelectors', 'must be an array or null', 'array | null', $type(v17));
      } else {
        if (Array.isArray(v17)) {
          const a18 = v17 as unknown[];
          for (let i19 = 0; i19 < a18.length; i19++) {
            const v20 = a18[i19];
            $checkRouterWorkerSelector(v20, p + '/requestedWorkerSelectors/' + i19, e, s);
          }
        }
      }
    }
    const v23 = v['attachedWorkerSelectors'];
    if ($has(e, p, 'attachedWorkerSelectors' in r15 && v, 'attachedWorkerSelectors', v23)) {
      if (!Array.isArray(v23) && v23 !== null) {
        $fail(e, p + '/attachedWorkerSelectors', 'must be an array or null', 'array | null', $type(v23));
      } else {
        if (Array.isArray(v23)) {
          const a24 = v23 as unknown[];
          for (let i25 = 0; i25 < a24.length; i25++) {
            const v26 = a24[i25];
            $checkRouterWorkerSelector(v26, p + '/attachedWorkerSelectors/' + i25, e, s);
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'priority',
        'requestedWorkerSelectors',
        'attachedWorkerSelectors',
      ]);
    }
  }
}

/** The documented wire forms of AcsRouterJobReceivedEventData (catalog errata with a `wire` decision). */
const $wireAcsRouterJobReceivedEventData: readonly WireForm[] = [
  {
    erratum: 'router-job-received-scheduled-on-format',
    decision: 'doc-error',
    parent: [],
    name: 'scheduledOn',
    published: 'dotnet-date-time',
  },
];

/**
 * Validates the data of a Microsoft.Communication.RouterJobReceived event, reporting every error.
 *
 * Published when a new job was created for routing.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsRouterJobReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobReceivedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsRouterJobReceivedEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsRouterJobReceivedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsRouterJobReceivedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobReceived event.
 *
 * Published when a new job was created for routing.
 */
export function isAcsRouterJobReceivedEventData(value: unknown): value is AcsRouterJobReceivedEventData {
  try {
    return $isAcsRouterJobReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['queueId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== undefined && (!('queueId' in r9) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v10 !== 'string' && v10 !== null) return false;
  }
  const v11 = v['labels'];
  if (v11 === undefined || ('labels' in r9 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v['tags'];
  if (v14 === undefined || ('tags' in r9 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v['jobStatus'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 === undefined || ('jobStatus' in r17 && !$hasOwn.call(v, 'jobStatus'))) return false;
  if (typeof v18 !== 'string') return false;
  const v21 = v['classificationPolicyId'];
  if (
    v21 !== undefined &&
    (!('classificationPolicyId' in r17) || $hasOwn.call(v, 'classificationPolicyId'))
  ) {
    if (typeof v21 !== 'string' && v21 !== null) return false;
  }
  const v22 = v['priority'];
  if (v22 !== undefined && (!('priority' in r17) || $hasOwn.call(v, 'priority'))) {
    if ((typeof v22 !== 'number' || !Number.isInteger(v22)) && v22 !== null) return false;
    if (typeof v22 === 'number' && !$int32(v22)) return false;
  }
  const v23 = v['requestedWorkerSelectors'];
  if (
    v23 !== undefined &&
    (!('requestedWorkerSelectors' in r17) || $hasOwn.call(v, 'requestedWorkerSelectors'))
  ) {
    if (!Array.isArray(v23) && v23 !== null) return false;
    if (Array.isArray(v23)) {
      const a24 = v23 as unknown[];
      for (let i25 = 0; i25 < a24.length; i25++) {
        const v26 = a24[i25];
        if (!$isRouterWorkerSelector(v26, s)) return false;
      }
    }
  }
  const v29 = v['scheduledOn'];
  if (v29 !== undefined && (!('scheduledOn' in r17) || $hasOwn.call(v, 'scheduledOn'))) {
    if (typeof v29 !== 'string' && v29 !== null) return false;
    if (typeof v29 === 'string' && !$dateTime(v29)) return false;
  }
  const v30 = v['unavailableForMatching'];
  if (
    typeof v30 !== 'boolean' ||
    ('unavailableForMatching' in r17 && !$hasOwn.call(v, 'unavailableForMatching'))
  )
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'jobStatus',
        'classificationPolicyId',
        'priority',
        'requestedWorkerSelectors',
        'scheduledOn',
        'unavailableForMatching',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobReceivedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v['queueId'];
    if ($has(e, p, 'queueId' in r7 && v, 'queueId', v8)) {
      if (typeof v8 !== 'string' && v8 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v8));
      }
    }
    const v9 = v['labels'];
    if ($has(e, p, 'labels' in r7 && v, 'labels', v9, 'RouterLabels')) {
      $checkRouterLabels(v9, p + '/labels', e, s);
    }
    const v12 = v['tags'];
    if ($has(e, p, 'tags' in r7 && v, 'tags', v12, 'RouterLabels')) {
      $checkRouterLabels(v12, p + '/tags', e, s);
    }
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v['jobStatus'];
    if (
      $has(
        e,
        p,
        'jobStatus' in r15 && v,
        'jobStatus',
        v16,
        '"PendingClassification" | "Queued" | "Assigned" | "Completed" | "Closed" | "Cancelled" | "ClassificationFailed" | "Created" | "PendingSchedule" | "Scheduled" | "ScheduleFailed" | "WaitingForActivation" | string',
      )
    ) {
      if (typeof v16 !== 'string') {
        $fail(
          e,
          p + '/jobStatus',
          'must be one of "PendingClassification" | "Queued" | "Assigned" | "Completed" | "Closed" | "Cancelled" | "ClassificationFailed" | "Created" | "PendingSchedule" | "Scheduled" | "ScheduleFailed" | "WaitingForActivation" | string',
          '"PendingClassification" | "Queued" | "Assigned" | "Completed" | "Closed" | "Cancelled" | "ClassificationFailed" | "Created" | "PendingSchedule" | "Scheduled" | "ScheduleFailed" | "WaitingForActivation" | string',
          $show(v16),
        );
      }
    }
    const v19 = v['classificationPolicyId'];
    if ($has(e, p, 'classificationPolicyId' in r15 && v, 'classificationPolicyId', v19)) {
      if (typeof v19 !== 'string' && v19 !== null) {
        $fail(e, p + '/classificationPolicyId', 'must be a string or null', 'string | null', $type(v19));
      }
    }
    const v20 = v['priority'];
    if ($has(e, p, 'priority' in r15 && v, 'priority', v20)) {
      if ((typeof v20 !== 'number' || !Number.isInteger(v20)) && v20 !== null) {
        $fail(e, p + '/priority', 'must be an integer or null', 'integer | null', $type(v20));
      } else {
        if (typeof v20 === 'number' && !$int32(v20)) {
          $fail(
            e,
            p + '/priority',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v20),
          );
        }
      }
    }
    const v21 = v['requestedWorkerSelectors'];
    if ($has(e, p, 'requestedWorkerSelectors' in r15 && v, 'requestedWorkerSelectors', v21)) {
      if (!Array.isArray(v21) && v21 !== null) {
        $fail(e, p + '/requestedWorkerSelectors', 'must be an array or null', 'array | null', $type(v21));
      } else {
        if (Array.isArray(v21)) {
          const a22 = v21 as unknown[];
          for (let i23 = 0; i23 < a22.length; i23++) {
            const v24 = a22[i23];
            $checkRouterWorkerSelector(v24, p + '/requestedWorkerSelectors/' + i23, e, s);
          }
        }
      }
    }
    const v27 = v['scheduledOn'];
    if ($has(e, p, 'scheduledOn' in r15 && v, 'scheduledOn', v27)) {
      if (typeof v27 !== 'string' && v27 !== null) {
        $fail(e, p + '/scheduledOn', 'must be a string or null', 'string | null', $type(v27));
      } else {
        if (typeof v27 === 'string' && !$dateTime(v27)) {
          $fail(
            e,
            p + '/scheduledOn',
            'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
            'date-time',
            $show(v27),
          );
        }
      }
    }
    $checkBooleanProperty(
      e,
      p,
      'unavailableForMatching' in r15 && v,
      'unavailableForMatching',
      v['unavailableForMatching'],
    );
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'jobStatus',
        'classificationPolicyId',
        'priority',
        'requestedWorkerSelectors',
        'scheduledOn',
        'unavailableForMatching',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterJobSchedulingFailed event, reporting every error.
 *
 * Published when a scheduled job was requested but Job Router failed to schedule it.
 */
export function validateAcsRouterJobSchedulingFailedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobSchedulingFailedEventData> {
  return $validate<AcsRouterJobSchedulingFailedEventData>(
    $isAcsRouterJobSchedulingFailedEventData,
    $checkAcsRouterJobSchedulingFailedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobSchedulingFailed event.
 *
 * Published when a scheduled job was requested but Job Router failed to schedule it.
 */
export function isAcsRouterJobSchedulingFailedEventData(
  value: unknown,
): value is AcsRouterJobSchedulingFailedEventData {
  try {
    return $isAcsRouterJobSchedulingFailedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobSchedulingFailedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['queueId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== undefined && (!('queueId' in r9) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v10 !== 'string' && v10 !== null) return false;
  }
  const v11 = v['labels'];
  if (v11 === undefined || ('labels' in r9 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v['tags'];
  if (v14 === undefined || ('tags' in r9 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v['priority'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 === undefined || ('priority' in r17 && !$hasOwn.call(v, 'priority'))) return false;
  if (typeof v18 !== 'number' || !Number.isInteger(v18)) return false;
  if (!$int32(v18)) return false;
  const v19 = v['requestedWorkerSelectors'];
  if (
    v19 !== undefined &&
    (!('requestedWorkerSelectors' in r17) || $hasOwn.call(v, 'requestedWorkerSelectors'))
  ) {
    if (!Array.isArray(v19) && v19 !== null) return false;
    if (Array.isArray(v19)) {
      const a20 = v19 as unknown[];
      for (let i21 = 0; i21 < a20.length; i21++) {
        const v22 = a20[i21];
        if (!$isRouterWorkerSelector(v22, s)) return false;
      }
    }
  }
  const v25 = v['attachedWorkerSelectors'];
  if (
    v25 !== undefined &&
    (!('attachedWorkerSelectors' in r17) || $hasOwn.call(v, 'attachedWorkerSelectors'))
  ) {
    if (!Array.isArray(v25) && v25 !== null) return false;
    if (Array.isArray(v25)) {
      const a26 = v25 as unknown[];
      for (let i27 = 0; i27 < a26.length; i27++) {
        const v28 = a26[i27];
        if (!$isRouterWorkerSelector(v28, s)) return false;
      }
    }
  }
  const v31 = v['scheduledOn'];
  if (v31 !== undefined && (!('scheduledOn' in r17) || $hasOwn.call(v, 'scheduledOn'))) {
    if (typeof v31 !== 'string' && v31 !== null) return false;
    if (typeof v31 === 'string' && !$dateTime(v31)) return false;
  }
  const v32 = v['failureReason'];
  if (v32 !== undefined && (!('failureReason' in r17) || $hasOwn.call(v, 'failureReason'))) {
    if (typeof v32 !== 'string' && v32 !== null) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'priority',
        'requestedWorkerSelectors',
        'attachedWorkerSelectors',
        'scheduledOn',
        'failureReason',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobSchedulingFailedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v['queueId'];
    if ($has(e, p, 'queueId' in r7 && v, 'queueId', v8)) {
      if (typeof v8 !== 'string' && v8 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v8));
      }
    }
    const v9 = v['labels'];
    if ($has(e, p, 'labels' in r7 && v, 'labels', v9, 'RouterLabels')) {
      $checkRouterLabels(v9, p + '/labels', e, s);
    }
    const v12 = v['tags'];
    if ($has(e, p, 'tags' in r7 && v, 'tags', v12, 'RouterLabels')) {
      $checkRouterLabels(v12, p + '/tags', e, s);
    }
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v['priority'];
    if ($has(e, p, 'priority' in r15 && v, 'priority', v16, 'int32')) {
      if (typeof v16 !== 'number' || !Number.isInteger(v16)) {
        $fail(e, p + '/priority', 'must be an integer', 'integer', $type(v16));
      } else {
        if (!$int32(v16)) {
          $fail(
            e,
            p + '/priority',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v16),
          );
        }
      }
    }
    const v17 = v['requestedWorkerSelectors'];
    if ($has(e, p, 'requestedWorkerSelectors' in r15 && v, 'requestedWorkerSelectors', v17)) {
      if (!Array.isArray(v17) && v17 !== null) {
        $fail(e, p + '/requestedWorkerSelectors', 'must be an array or null', 'array | null', $type(v17));
      } else {
        if (Array.isArray(v17)) {
          const a18 = v17 as unknown[];
          for (let i19 = 0; i19 < a18.length; i19++) {
            const v20 = a18[i19];
            $checkRouterWorkerSelector(v20, p + '/requestedWorkerSelectors/' + i19, e, s);
          }
        }
      }
    }
    const v23 = v['attachedWorkerSelectors'];
    if ($has(e, p, 'attachedWorkerSelectors' in r15 && v, 'attachedWorkerSelectors', v23)) {
      if (!Array.isArray(v23) && v23 !== null) {
        $fail(e, p + '/attachedWorkerSelectors', 'must be an array or null', 'array | null', $type(v23));
      } else {
        if (Array.isArray(v23)) {
          const a24 = v23 as unknown[];
          for (let i25 = 0; i25 < a24.length; i25++) {
            const v26 = a24[i25];
            $checkRouterWorkerSelector(v26, p + '/attachedWorkerSelectors/' + i25, e, s);
          }
        }
      }
    }
    const v29 = v['scheduledOn'];
    if ($has(e, p, 'scheduledOn' in r15 && v, 'scheduledOn', v29)) {
      if (typeof v29 !== 'string' && v29 !== null) {
        $fail(e, p + '/scheduledOn', 'must be a string or null', 'string | null', $type(v29));
      } else {
        if (typeof v29 === 'string' && !$dateTime(v29)) {
          $fail(
            e,
            p + '/scheduledOn',
            'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
            'date-time',
            $show(v29),
          );
        }
      }
    }
    const v30 = v['failureReason'];
    if ($has(e, p, 'failureReason' in r15 && v, 'failureReason', v30)) {
      if (typeof v30 !== 'string' && v30 !== null) {
        $fail(e, p + '/failureReason', 'must be a string or null', 'string | null', $type(v30));
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'priority',
        'requestedWorkerSelectors',
        'attachedWorkerSelectors',
        'scheduledOn',
        'failureReason',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterJobUnassigned event, reporting every error.
 *
 * Published when an already assigned job has been unassigned from a worker.
 */
export function validateAcsRouterJobUnassignedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobUnassignedEventData> {
  return $validate<AcsRouterJobUnassignedEventData>(
    $isAcsRouterJobUnassignedEventData,
    $checkAcsRouterJobUnassignedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobUnassigned event.
 *
 * Published when an already assigned job has been unassigned from a worker.
 */
export function isAcsRouterJobUnassignedEventData(value: unknown): value is AcsRouterJobUnassignedEventData {
  try {
    return $isAcsRouterJobUnassignedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobUnassignedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['queueId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== undefined && (!('queueId' in r9) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v10 !== 'string' && v10 !== null) return false;
  }
  const v11 = v['labels'];
  if (v11 === undefined || ('labels' in r9 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v['tags'];
  if (v14 === undefined || ('tags' in r9 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v['assignmentId'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== 'string' || ('assignmentId' in r17 && !$hasOwn.call(v, 'assignmentId'))) return false;
  const v19 = v['workerId'];
  if (typeof v19 !== 'string' || ('workerId' in r17 && !$hasOwn.call(v, 'workerId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'assignmentId',
        'workerId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobUnassignedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v['queueId'];
    if ($has(e, p, 'queueId' in r7 && v, 'queueId', v8)) {
      if (typeof v8 !== 'string' && v8 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v8));
      }
    }
    const v9 = v['labels'];
    if ($has(e, p, 'labels' in r7 && v, 'labels', v9, 'RouterLabels')) {
      $checkRouterLabels(v9, p + '/labels', e, s);
    }
    const v12 = v['tags'];
    if ($has(e, p, 'tags' in r7 && v, 'tags', v12, 'RouterLabels')) {
      $checkRouterLabels(v12, p + '/tags', e, s);
    }
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'assignmentId' in r15 && v, 'assignmentId', v['assignmentId']);
    $checkStringProperty(e, p, 'workerId' in r15 && v, 'workerId', v['workerId']);
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'assignmentId',
        'workerId',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterJobWaitingForActivation event, reporting every error.
 *
 * Published when a scheduled job's requested time has arrived and Job Router waits for the application to act on the job.
 */
export function validateAcsRouterJobWaitingForActivationEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobWaitingForActivationEventData> {
  return $validate<AcsRouterJobWaitingForActivationEventData>(
    $isAcsRouterJobWaitingForActivationEventData,
    $checkAcsRouterJobWaitingForActivationEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobWaitingForActivation event.
 *
 * Published when a scheduled job's requested time has arrived and Job Router waits for the application to act on the job.
 */
export function isAcsRouterJobWaitingForActivationEventData(
  value: unknown,
): value is AcsRouterJobWaitingForActivationEventData {
  try {
    return $isAcsRouterJobWaitingForActivationEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobWaitingForActivationEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['queueId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== undefined && (!('queueId' in r9) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v10 !== 'string' && v10 !== null) return false;
  }
  const v11 = v['labels'];
  if (v11 === undefined || ('labels' in r9 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v['tags'];
  if (v14 === undefined || ('tags' in r9 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v['priority'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 === undefined || ('priority' in r17 && !$hasOwn.call(v, 'priority'))) return false;
  if (typeof v18 !== 'number' || !Number.isInteger(v18)) return false;
  if (!$int32(v18)) return false;
  const v19 = v['requestedWorkerSelectors'];
  if (
    v19 !== undefined &&
    (!('requestedWorkerSelectors' in r17) || $hasOwn.call(v, 'requestedWorkerSelectors'))
  ) {
    if (!Array.isArray(v19) && v19 !== null) return false;
    if (Array.isArray(v19)) {
      const a20 = v19 as unknown[];
      for (let i21 = 0; i21 < a20.length; i21++) {
        const v22 = a20[i21];
        if (!$isRouterWorkerSelector(v22, s)) return false;
      }
    }
  }
  const v25 = v['attachedWorkerSelectors'];
  if (
    v25 !== undefined &&
    (!('attachedWorkerSelectors' in r17) || $hasOwn.call(v, 'attachedWorkerSelectors'))
  ) {
    if (!Array.isArray(v25) && v25 !== null) return false;
    if (Array.isArray(v25)) {
      const a26 = v25 as unknown[];
      for (let i27 = 0; i27 < a26.length; i27++) {
        const v28 = a26[i27];
        if (!$isRouterWorkerSelector(v28, s)) return false;
      }
    }
  }
  const v31 = v['scheduledOn'];
  if (v31 !== undefined && (!('scheduledOn' in r17) || $hasOwn.call(v, 'scheduledOn'))) {
    if (typeof v31 !== 'string' && v31 !== null) return false;
    if (typeof v31 === 'string' && !$dateTime(v31)) return false;
  }
  const v32 = v['unavailableForMatching'];
  if (
    typeof v32 !== 'boolean' ||
    ('unavailableForMatching' in r17 && !$hasOwn.call(v, 'unavailableForMatching'))
  )
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'priority',
        'requestedWorkerSelectors',
        'attachedWorkerSelectors',
        'scheduledOn',
        'unavailableForMatching',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobWaitingForActivationEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v['queueId'];
    if ($has(e, p, 'queueId' in r7 && v, 'queueId', v8)) {
      if (typeof v8 !== 'string' && v8 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v8));
      }
    }
    const v9 = v['labels'];
    if ($has(e, p, 'labels' in r7 && v, 'labels', v9, 'RouterLabels')) {
      $checkRouterLabels(v9, p + '/labels', e, s);
    }
    const v12 = v['tags'];
    if ($has(e, p, 'tags' in r7 && v, 'tags', v12, 'RouterLabels')) {
      $checkRouterLabels(v12, p + '/tags', e, s);
    }
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v['priority'];
    if ($has(e, p, 'priority' in r15 && v, 'priority', v16, 'int32')) {
      if (typeof v16 !== 'number' || !Number.isInteger(v16)) {
        $fail(e, p + '/priority', 'must be an integer', 'integer', $type(v16));
      } else {
        if (!$int32(v16)) {
          $fail(
            e,
            p + '/priority',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v16),
          );
        }
      }
    }
    const v17 = v['requestedWorkerSelectors'];
    if ($has(e, p, 'requestedWorkerSelectors' in r15 && v, 'requestedWorkerSelectors', v17)) {
      if (!Array.isArray(v17) && v17 !== null) {
        $fail(e, p + '/requestedWorkerSelectors', 'must be an array or null', 'array | null', $type(v17));
      } else {
        if (Array.isArray(v17)) {
          const a18 = v17 as unknown[];
          for (let i19 = 0; i19 < a18.length; i19++) {
            const v20 = a18[i19];
            $checkRouterWorkerSelector(v20, p + '/requestedWorkerSelectors/' + i19, e, s);
          }
        }
      }
    }
    const v23 = v['attachedWorkerSelectors'];
    if ($has(e, p, 'attachedWorkerSelectors' in r15 && v, 'attachedWorkerSelectors', v23)) {
      if (!Array.isArray(v23) && v23 !== null) {
        $fail(e, p + '/attachedWorkerSelectors', 'must be an array or null', 'array | null', $type(v23));
      } else {
        if (Array.isArray(v23)) {
          const a24 = v23 as unknown[];
          for (let i25 = 0; i25 < a24.length; i25++) {
            const v26 = a24[i25];
            $checkRouterWorkerSelector(v26, p + '/attachedWorkerSelectors/' + i25, e, s);
          }
        }
      }
    }
    const v29 = v['scheduledOn'];
    if ($has(e, p, 'scheduledOn' in r15 && v, 'scheduledOn', v29)) {
      if (typeof v29 !== 'string' && v29 !== null) {
        $fail(e, p + '/scheduledOn', 'must be a string or null', 'string | null', $type(v29));
      } else {
        if (typeof v29 === 'string' && !$dateTime(v29)) {
          $fail(
            e,
            p + '/scheduledOn',
            'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
            'date-time',
            $show(v29),
          );
        }
      }
    }
    $checkBooleanProperty(
      e,
      p,
      'unavailableForMatching' in r15 && v,
      'unavailableForMatching',
      v['unavailableForMatching'],
    );
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'priority',
        'requestedWorkerSelectors',
        'attachedWorkerSelectors',
        'scheduledOn',
        'unavailableForMatching',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterJobWorkerSelectorsExpired event, reporting every error.
 *
 * Published when one or more worker selectors on a job have expired.
 */
export function validateAcsRouterJobWorkerSelectorsExpiredEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobWorkerSelectorsExpiredEventData> {
  return $validate<AcsRouterJobWorkerSelectorsExpiredEventData>(
    $isAcsRouterJobWorkerSelectorsExpiredEventData,
    $checkAcsRouterJobWorkerSelectorsExpiredEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobWorkerSelectorsExpired event.
 *
 * Published when one or more worker selectors on a job have expired.
 */
export function isAcsRouterJobWorkerSelectorsExpiredEventData(
  value: unknown,
): value is AcsRouterJobWorkerSelectorsExpiredEventData {
  try {
    return $isAcsRouterJobWorkerSelectorsExpiredEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobWorkerSelectorsExpiredEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['queueId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== undefined && (!('queueId' in r9) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v10 !== 'string' && v10 !== null) return false;
  }
  const v11 = v['labels'];
  if (v11 === undefined || ('labels' in r9 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v['tags'];
  if (v14 === undefined || ('tags' in r9 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v['queueId'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== 'string' || ('queueId' in r17 && !$hasOwn.call(v, 'queueId'))) return false;
  const v19 = v['requestedWorkerSelectorsExpired'];
  if (
    v19 !== undefined &&
    (!('requestedWorkerSelectorsExpired' in r17) || $hasOwn.call(v, 'requestedWorkerSelectorsExpired'))
  ) {
    if (!Array.isArray(v19) && v19 !== null) return false;
    if (Array.isArray(v19)) {
      const a20 = v19 as unknown[];
      for (let i21 = 0; i21 < a20.length; i21++) {
        const v22 = a20[i21];
        if (!$isRouterWorkerSelector(v22, s)) return false;
      }
    }
  }
  const v25 = v['attachedWorkerSelectorsExpired'];
  if (
    v25 !== undefined &&
    (!('attachedWorkerSelectorsExpired' in r17) || $hasOwn.call(v, 'attachedWorkerSelectorsExpired'))
  ) {
    if (!Array.isArray(v25) && v25 !== null) return false;
    if (Array.isArray(v25)) {
      const a26 = v25 as unknown[];
      for (let i27 = 0; i27 < a26.length; i27++) {
        const v28 = a26[i27];
        if (!$isRouterWorkerSelector(v28, s)) return false;
      }
    }
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'requestedWorkerSelectorsExpired',
        'attachedWorkerSelectorsExpired',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobWorkerSelectorsExpiredEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v['queueId'];
    if ($has(e, p, 'queueId' in r7 && v, 'queueId', v8)) {
      if (typeof v8 !== 'string' && v8 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v8));
      }
    }
    const v9 = v['labels'];
    if ($has(e, p, 'labels' in r7 && v, 'labels', v9, 'RouterLabels')) {
      $checkRouterLabels(v9, p + '/labels', e, s);
    }
    const v12 = v['tags'];
    if ($has(e, p, 'tags' in r7 && v, 'tags', v12, 'RouterLabels')) {
      $checkRouterLabels(v12, p + '/tags', e, s);
    }
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'queueId' in r15 && v, 'queueId', v['queueId']);
    const v16 = v['requestedWorkerSelectorsExpired'];
    if ($has(e, p, 'requestedWorkerSelectorsExpired' in r15 && v, 'requestedWorkerSelectorsExpired', v16)) {
      if (!Array.isArray(v16) && v16 !== null) {
        $fail(
          e,
          p + '/requestedWorkerSelectorsExpired',
          'must be an array or null',
          'array | null',
          $type(v16),
        );
      } else {
        if (Array.isArray(v16)) {
          const a17 = v16 as unknown[];
          for (let i18 = 0; i18 < a17.length; i18++) {
            const v19 = a17[i18];
            $checkRouterWorkerSelector(v19, p + '/requestedWorkerSelectorsExpired/' + i18, e, s);
          }
        }
      }
    }
    const v22 = v['attachedWorkerSelectorsExpired'];
    if ($has(e, p, 'attachedWorkerSelectorsExpired' in r15 && v, 'attachedWorkerSelectorsExpired', v22)) {
      if (!Array.isArray(v22) && v22 !== null) {
        $fail(
          e,
          p + '/attachedWorkerSelectorsExpired',
          'must be an array or null',
          'array | null',
          $type(v22),
        );
      } else {
        if (Array.isArray(v22)) {
          const a23 = v22 as unknown[];
          for (let i24 = 0; i24 < a23.length; i24++) {
            const v25 = a23[i24];
            $checkRouterWorkerSelector(v25, p + '/attachedWorkerSelectorsExpired/' + i24, e, s);
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'requestedWorkerSelectorsExpired',
        'attachedWorkerSelectorsExpired',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterWorkerDeleted event, reporting every error.
 *
 * Published when a worker has been deleted.
 */
export function validateAcsRouterWorkerDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerDeletedEventData> {
  return $validate<AcsRouterWorkerDeletedEventData>(
    $isAcsRouterWorkerDeletedEventData,
    $checkAcsRouterWorkerDeletedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterWorkerDeleted event.
 *
 * Published when a worker has been deleted.
 */
export function isAcsRouterWorkerDeletedEventData(value: unknown): value is AcsRouterWorkerDeletedEventData {
  try {
    return $isAcsRouterWorkerDeletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterWorkerDeletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['workerId'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== 'string' || ('workerId' in r3 && !$hasOwn.call(v, 'workerId'))) return false;
  const v5 = v['totalCapacity'];
  if (v5 === undefined || ('totalCapacity' in r3 && !$hasOwn.call(v, 'totalCapacity'))) return false;
  if (typeof v5 !== 'number' || !Number.isInteger(v5)) return false;
  if (!$int32(v5)) return false;
  const v6 = v['queueAssignments'];
  if (v6 === undefined || ('queueAssignments' in r3 && !$hasOwn.call(v, 'queueAssignments'))) return false;
  if (!Array.isArray(v6)) return false;
  const a7 = v6 as unknown[];
  for (let i8 = 0; i8 < a7.length; i8++) {
    const v9 = a7[i8];
    if (!$isRouterQueueDetails(v9, s)) return false;
  }
  const v12 = v['channelConfigurations'];
  if (v12 === undefined || ('channelConfigurations' in r3 && !$hasOwn.call(v, 'channelConfigurations')))
    return false;
  if (!Array.isArray(v12)) return false;
  const a13 = v12 as unknown[];
  for (let i14 = 0; i14 < a13.length; i14++) {
    const v15 = a13[i14];
    if (!$isRouterChannelConfiguration(v15, s)) return false;
  }
  const v18 = v['labels'];
  if (v18 !== undefined && (!('labels' in r3) || $hasOwn.call(v, 'labels'))) {
    if (!($isRouterLabels(v18, s) || $isAcsRouterWorkerDeletedEventData$9(v18, s))) return false;
  }
  const v21 = v['tags'];
  if (v21 !== undefined && (!('tags' in r3) || $hasOwn.call(v, 'tags'))) {
    if (!($isRouterLabels(v21, s) || $isAcsRouterWorkerDeletedEventData$10(v21, s))) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'workerId',
        'totalCapacity',
        'queueAssignments',
        'channelConfigurations',
        'labels',
        'tags',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterWorkerDeletedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'workerId' in r3 && v, 'workerId', v['workerId']);
    const v4 = v['totalCapacity'];
    if ($has(e, p, 'totalCapacity' in r3 && v, 'totalCapacity', v4, 'int32')) {
      if (typeof v4 !== 'number' || !Number.isInteger(v4)) {
        $fail(e, p + '/totalCapacity', 'must be an integer', 'integer', $type(v4));
      } else {
        if (!$int32(v4)) {
          $fail(
            e,
            p + '/totalCapacity',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v4),
          );
        }
      }
    }
    const v5 = v['queueAssignments'];
    if ($has(e, p, 'queueAssignments' in r3 && v, 'queueAssignments', v5, 'RouterQueueDetails[]')) {
      if (!Array.isArray(v5)) {
        $fail(e, p + '/queueAssignments', 'must be an array', 'array', $type(v5));
      } else {
        const a6 = v5 as unknown[];
        for (let i7 = 0; i7 < a6.length; i7++) {
          const v8 = a6[i7];
          $checkRouterQueueDetails(v8, p + '/queueAssignments/' + i7, e, s);
        }
      }
    }
    const v11 = v['channelConfigurations'];
    if (
      $has(
        e,
        p,
        'channelConfigurations' in r3 && v,
        'channelConfigurations',
        v11,
        'RouterChannelConfiguration[]',
      )
    ) {
      if (!Array.isArray(v11)) {
        $fail(e, p + '/channelConfigurations', 'must be an array', 'array', $type(v11));
      } else {
        const a12 = v11 as unknown[];
        for (let i13 = 0; i13 < a12.length; i13++) {
          const v14 = a12[i13];
          $checkRouterChannelConfiguration(v14, p + '/channelConfigurations/' + i13, e, s);
        }
      }
    }
    const v17 = v['labels'];
    if ($has(e, p, 'labels' in r3 && v, 'labels', v17)) {
      if (!($isRouterLabels(v17, s) || $isAcsRouterWorkerDeletedEventData$9(v17, s))) {
        $fail(
          e,
          p + '/labels',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v17),
        );
        if (typeof v17 === 'object' && v17 !== null && !Array.isArray(v17))
          $checkRouterLabels(v17, p + '/labels', e, s);
        if (v17 === null) $checkAcsRouterWorkerDeletedEventData$9(v17, p + '/labels', e, s);
      }
    }
    const v20 = v['tags'];
    if ($has(e, p, 'tags' in r3 && v, 'tags', v20)) {
      if (!($isRouterLabels(v20, s) || $isAcsRouterWorkerDeletedEventData$10(v20, s))) {
        $fail(
          e,
          p + '/tags',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v20),
        );
        if (typeof v20 === 'object' && v20 !== null && !Array.isArray(v20))
          $checkRouterLabels(v20, p + '/tags', e, s);
        if (v20 === null) $checkAcsRouterWorkerDeletedEventData$10(v20, p + '/tags', e, s);
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'workerId',
        'totalCapacity',
        'queueAssignments',
        'channelConfigurations',
        'labels',
        'tags',
      ]);
    }
  }
}

function $isAcsRouterWorkerDeletedEventData$9(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkAcsRouterWorkerDeletedEventData$9(
  v: unknown,
  p: string,
  e: ValidationError[],
  _s: boolean,
): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

function $isAcsRouterWorkerDeletedEventData$10(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkAcsRouterWorkerDeletedEventData$10(
  v: unknown,
  p: string,
  e: ValidationError[],
  _s: boolean,
): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterWorkerDeregistered event, reporting every error.
 *
 * Published when a worker has been deregistered (its status changed from active to inactive or draining).
 */
export function validateAcsRouterWorkerDeregisteredEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerDeregisteredEventData> {
  return $validate<AcsRouterWorkerDeregisteredEventData>(
    $isAcsRouterWorkerDeregisteredEventData,
    $checkAcsRouterWorkerDeregisteredEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterWorkerDeregistered event.
 *
 * Published when a worker has been deregistered (its status changed from active to inactive or draining).
 */
export function isAcsRouterWorkerDeregisteredEventData(
  value: unknown,
): value is AcsRouterWorkerDeregisteredEventData {
  try {
    return $isAcsRouterWorkerDeregisteredEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterWorkerDeregisteredEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['workerId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('workerId' in r1 && !$hasOwn.call(v, 'workerId'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['workerId'])) return false;
  }
  return true;
}

function $checkAcsRouterWorkerDeregisteredEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'workerId' in r1 && v, 'workerId', v['workerId']);
    if (s) {
      $extraKeys(e, p, v, ['workerId']);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterWorkerOfferAccepted event, reporting every error.
 *
 * Published when an offer to a worker was accepted.
 */
export function validateAcsRouterWorkerOfferAcceptedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerOfferAcceptedEventData> {
  return $validate<AcsRouterWorkerOfferAcceptedEventData>(
    $isAcsRouterWorkerOfferAcceptedEventData,
    $checkAcsRouterWorkerOfferAcceptedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferAccepted event.
 *
 * Published when an offer to a worker was accepted.
 */
export function isAcsRouterWorkerOfferAcceptedEventData(
  value: unknown,
): value is AcsRouterWorkerOfferAcceptedEventData {
  try {
    return $isAcsRouterWorkerOfferAcceptedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterWorkerOfferAcceptedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['workerId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v10 !== 'string' || ('workerId' in r9 && !$hasOwn.call(v, 'workerId'))) return false;
  const v12 = v['queueId'];
  const r11: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v12 !== 'string' || ('queueId' in r11 && !$hasOwn.call(v, 'queueId'))) return false;
  const v13 = v['offerId'];
  if (typeof v13 !== 'string' || ('offerId' in r11 && !$hasOwn.call(v, 'offerId'))) return false;
  const v14 = v['assignmentId'];
  if (typeof v14 !== 'string' || ('assignmentId' in r11 && !$hasOwn.call(v, 'assignmentId'))) return false;
  const v15 = v['jobPriority'];
  if (v15 === undefined || ('jobPriority' in r11 && !$hasOwn.call(v, 'jobPriority'))) return false;
  if (typeof v15 !== 'number' || !Number.isInteger(v15)) return false;
  if (!$int32(v15)) return false;
  const v16 = v['jobLabels'];
  if (v16 !== undefined && (!('jobLabels' in r11) || $hasOwn.call(v, 'jobLabels'))) {
    if (!($isRouterLabels(v16, s) || $isAcsRouterWorkerOfferAcceptedEventData$11(v16, s))) return false;
  }
  const v19 = v['jobTags'];
  if (v19 !== undefined && (!('jobTags' in r11) || $hasOwn.call(v, 'jobTags'))) {
    if (!($isRouterLabels(v19, s) || $isAcsRouterWorkerOfferAcceptedEventData$12(v19, s))) return false;
  }
  const v22 = v['workerLabels'];
  if (v22 !== undefined && (!('workerLabels' in r11) || $hasOwn.call(v, 'workerLabels'))) {
    if (!$isRouterLabels(v22, s)) return false;
  }
  const v25 = v['workerTags'];
  if (v25 !== undefined && (!('workerTags' in r11) || $hasOwn.call(v, 'workerTags'))) {
    if (!$isRouterLabels(v25, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'workerId',
        'queueId',
        'offerId',
        'assignmentId',
        'jobPriority',
        'jobLabels',
        'jobTags',
        'workerLabels',
        'workerTags',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterWorkerOfferAcceptedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'workerId' in r7 && v, 'workerId', v['workerId']);
    const r8: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'queueId' in r8 && v, 'queueId', v['queueId']);
    $checkStringProperty(e, p, 'offerId' in r8 && v, 'offerId', v['offerId']);
    $checkStringProperty(e, p, 'assignmentId' in r8 && v, 'assignmentId', v['assignmentId']);
    const v9 = v['jobPriority'];
    if ($has(e, p, 'jobPriority' in r8 && v, 'jobPriority', v9, 'int32')) {
      if (typeof v9 !== 'number' || !Number.isInteger(v9)) {
        $fail(e, p + '/jobPriority', 'must be an integer', 'integer', $type(v9));
      } else {
        if (!$int32(v9)) {
          $fail(
            e,
            p + '/jobPriority',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v9),
          );
        }
      }
    }
    const v10 = v['jobLabels'];
    if ($has(e, p, 'jobLabels' in r8 && v, 'jobLabels', v10)) {
      if (!($isRouterLabels(v10, s) || $isAcsRouterWorkerOfferAcceptedEventData$11(v10, s))) {
        $fail(
          e,
          p + '/jobLabels',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v10),
        );
        if (typeof v10 === 'object' && v10 !== null && !Array.isArray(v10))
          $checkRouterLabels(v10, p + '/jobLabels', e, s);
        if (v10 === null) $checkAcsRouterWorkerOfferAcceptedEventData$11(v10, p + '/jobLabels', e, s);
      }
    }
    const v13 = v['jobTags'];
    if ($has(e, p, 'jobTags' in r8 && v, 'jobTags', v13)) {
      if (!($isRouterLabels(v13, s) || $isAcsRouterWorkerOfferAcceptedEventData$12(v13, s))) {
        $fail(
          e,
          p + '/jobTags',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v13),
        );
        if (typeof v13 === 'object' && v13 !== null && !Array.isArray(v13))
          $checkRouterLabels(v13, p + '/jobTags', e, s);
        if (v13 === null) $checkAcsRouterWorkerOfferAcceptedEventData$12(v13, p + '/jobTags', e, s);
      }
    }
    const v16 = v['workerLabels'];
    if ($has(e, p, 'workerLabels' in r8 && v, 'workerLabels', v16)) {
      $checkRouterLabels(v16, p + '/workerLabels', e, s);
    }
    const v19 = v['workerTags'];
    if ($has(e, p, 'workerTags' in r8 && v, 'workerTags', v19)) {
      $checkRouterLabels(v19, p + '/workerTags', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'workerId',
        'queueId',
        'offerId',
        'assignmentId',
        'jobPriority',
        'jobLabels',
        'jobTags',
        'workerLabels',
        'workerTags',
      ]);
    }
  }
}

function $isAcsRouterWorkerOfferAcceptedEventData$11(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkAcsRouterWorkerOfferAcceptedEventData$11(
  v: unknown,
  p: string,
  e: ValidationError[],
  _s: boolean,
): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

function $isAcsRouterWorkerOfferAcceptedEventData$12(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkAcsRouterWorkerOfferAcceptedEventData$12(
  v: unknown,
  p: string,
  e: ValidationError[],
  _s: boolean,
): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterWorkerOfferDeclined event, reporting every error.
 *
 * Published when an offer to a worker was declined.
 */
export function validateAcsRouterWorkerOfferDeclinedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerOfferDeclinedEventData> {
  return $validate<AcsRouterWorkerOfferDeclinedEventData>(
    $isAcsRouterWorkerOfferDeclinedEventData,
    $checkAcsRouterWorkerOfferDeclinedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferDeclined event.
 *
 * Published when an offer to a worker was declined.
 */
export function isAcsRouterWorkerOfferDeclinedEventData(
  value: unknown,
): value is AcsRouterWorkerOfferDeclinedEventData {
  try {
    return $isAcsRouterWorkerOfferDeclinedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterWorkerOfferDeclinedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['workerId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v10 !== 'string' || ('workerId' in r9 && !$hasOwn.call(v, 'workerId'))) return false;
  const v12 = v['queueId'];
  const r11: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v12 !== 'string' || ('queueId' in r11 && !$hasOwn.call(v, 'queueId'))) return false;
  const v13 = v['offerId'];
  if (typeof v13 !== 'string' || ('offerId' in r11 && !$hasOwn.call(v, 'offerId'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['jobId', 'channelReference', 'channelId', 'workerId', 'queueId', 'offerId']))
      return false;
  }
  return true;
}

function $checkAcsRouterWorkerOfferDeclinedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'workerId' in r7 && v, 'workerId', v['workerId']);
    const r8: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'queueId' in r8 && v, 'queueId', v['queueId']);
    $checkStringProperty(e, p, 'offerId' in r8 && v, 'offerId', v['offerId']);
    if (s) {
      $extraKeys(e, p, v, ['jobId', 'channelReference', 'channelId', 'workerId', 'queueId', 'offerId']);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterWorkerOfferExpired event, reporting every error.
 *
 * Published when an offer to a worker has expired.
 */
export function validateAcsRouterWorkerOfferExpiredEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerOfferExpiredEventData> {
  return $validate<AcsRouterWorkerOfferExpiredEventData>(
    $isAcsRouterWorkerOfferExpiredEventData,
    $checkAcsRouterWorkerOfferExpiredEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferExpired event.
 *
 * Published when an offer to a worker has expired.
 */
export function isAcsRouterWorkerOfferExpiredEventData(
  value: unknown,
): value is AcsRouterWorkerOfferExpiredEventData {
  try {
    return $isAcsRouterWorkerOfferExpiredEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterWorkerOfferExpiredEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['workerId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v10 !== 'string' || ('workerId' in r9 && !$hasOwn.call(v, 'workerId'))) return false;
  const v12 = v['queueId'];
  const r11: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v12 !== 'string' || ('queueId' in r11 && !$hasOwn.call(v, 'queueId'))) return false;
  const v13 = v['offerId'];
  if (typeof v13 !== 'string' || ('offerId' in r11 && !$hasOwn.call(v, 'offerId'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['jobId', 'channelReference', 'channelId', 'workerId', 'queueId', 'offerId']))
      return false;
  }
  return true;
}

function $checkAcsRouterWorkerOfferExpiredEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'workerId' in r7 && v, 'workerId', v['workerId']);
    const r8: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'queueId' in r8 && v, 'queueId', v['queueId']);
    $checkStringProperty(e, p, 'offerId' in r8 && v, 'offerId', v['offerId']);
    if (s) {
      $extraKeys(e, p, v, ['jobId', 'channelReference', 'channelId', 'workerId', 'queueId', 'offerId']);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterWorkerOfferIssued event, reporting every error.
 *
 * Published when a job was offered to a worker.
 */
export function validateAcsRouterWorkerOfferIssuedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerOfferIssuedEventData> {
  return $validate<AcsRouterWorkerOfferIssuedEventData>(
    $isAcsRouterWorkerOfferIssuedEventData,
    $checkAcsRouterWorkerOfferIssuedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferIssued event.
 *
 * Published when a job was offered to a worker.
 */
export function isAcsRouterWorkerOfferIssuedEventData(
  value: unknown,
): value is AcsRouterWorkerOfferIssuedEventData {
  try {
    return $isAcsRouterWorkerOfferIssuedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterWorkerOfferIssuedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['workerId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v10 !== 'string' || ('workerId' in r9 && !$hasOwn.call(v, 'workerId'))) return false;
  const v12 = v['queueId'];
  const r11: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v12 !== 'string' || ('queueId' in r11 && !$hasOwn.call(v, 'queueId'))) return false;
  const v13 = v['offerId'];
  if (typeof v13 !== 'string' || ('offerId' in r11 && !$hasOwn.call(v, 'offerId'))) return false;
  const v14 = v['offeredOn'];
  if (typeof v14 !== 'string' || !$dateTime(v14) || ('offeredOn' in r11 && !$hasOwn.call(v, 'offeredOn')))
    return false;
  const v15 = v['expiresOn'];
  if (typeof v15 !== 'string' || !$dateTime(v15) || ('expiresOn' in r11 && !$hasOwn.call(v, 'expiresOn')))
    return false;
  const v16 = v['jobPriority'];
  if (v16 === undefined || ('jobPriority' in r11 && !$hasOwn.call(v, 'jobPriority'))) return false;
  if (typeof v16 !== 'number' || !Number.isInteger(v16)) return false;
  if (!$int32(v16)) return false;
  const v17 = v['jobLabels'];
  if (v17 !== undefined && (!('jobLabels' in r11) || $hasOwn.call(v, 'jobLabels'))) {
    if (!($isRouterLabels(v17, s) || $isAcsRouterWorkerOfferIssuedEventData$13(v17, s))) return false;
  }
  const v20 = v['jobTags'];
  if (v20 !== undefined && (!('jobTags' in r11) || $hasOwn.call(v, 'jobTags'))) {
    if (!($isRouterLabels(v20, s) || $isAcsRouterWorkerOfferIssuedEventData$14(v20, s))) return false;
  }
  const v23 = v['workerLabels'];
  if (v23 !== undefined && (!('workerLabels' in r11) || $hasOwn.call(v, 'workerLabels'))) {
    if (!$isRouterLabels(v23, s)) return false;
  }
  const v26 = v['workerTags'];
  if (v26 !== undefined && (!('workerTags' in r11) || $hasOwn.call(v, 'workerTags'))) {
    if (!$isRouterLabels(v26, s)) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'workerId',
        'queueId',
        'offerId',
        'offeredOn',
        'expiresOn',
        'jobPriority',
        'jobLabels',
        'jobTags',
        'workerLabels',
        'workerTags',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterWorkerOfferIssuedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'workerId' in r7 && v, 'workerId', v['workerId']);
    const r8: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'queueId' in r8 && v, 'queueId', v['queueId']);
    $checkStringProperty(e, p, 'offerId' in r8 && v, 'offerId', v['offerId']);
    $checkDateTimeProperty(e, p, 'offeredOn' in r8 && v, 'offeredOn', v['offeredOn']);
    $checkDateTimeProperty(e, p, 'expiresOn' in r8 && v, 'expiresOn', v['expiresOn']);
    const v9 = v['jobPriority'];
    if ($has(e, p, 'jobPriority' in r8 && v, 'jobPriority', v9, 'int32')) {
      if (typeof v9 !== 'number' || !Number.isInteger(v9)) {
        $fail(e, p + '/jobPriority', 'must be an integer', 'integer', $type(v9));
      } else {
        if (!$int32(v9)) {
          $fail(
            e,
            p + '/jobPriority',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v9),
          );
        }
      }
    }
    const v10 = v['jobLabels'];
    if ($has(e, p, 'jobLabels' in r8 && v, 'jobLabels', v10)) {
      if (!($isRouterLabels(v10, s) || $isAcsRouterWorkerOfferIssuedEventData$13(v10, s))) {
        $fail(
          e,
          p + '/jobLabels',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v10),
        );
        if (typeof v10 === 'object' && v10 !== null && !Array.isArray(v10))
          $checkRouterLabels(v10, p + '/jobLabels', e, s);
        if (v10 === null) $checkAcsRouterWorkerOfferIssuedEventData$13(v10, p + '/jobLabels', e, s);
      }
    }
    const v13 = v['jobTags'];
    if ($has(e, p, 'jobTags' in r8 && v, 'jobTags', v13)) {
      if (!($isRouterLabels(v13, s) || $isAcsRouterWorkerOfferIssuedEventData$14(v13, s))) {
        $fail(
          e,
          p + '/jobTags',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v13),
        );
        if (typeof v13 === 'object' && v13 !== null && !Array.isArray(v13))
          $checkRouterLabels(v13, p + '/jobTags', e, s);
        if (v13 === null) $checkAcsRouterWorkerOfferIssuedEventData$14(v13, p + '/jobTags', e, s);
      }
    }
    const v16 = v['workerLabels'];
    if ($has(e, p, 'workerLabels' in r8 && v, 'workerLabels', v16)) {
      $checkRouterLabels(v16, p + '/workerLabels', e, s);
    }
    const v19 = v['workerTags'];
    if ($has(e, p, 'workerTags' in r8 && v, 'workerTags', v19)) {
      $checkRouterLabels(v19, p + '/workerTags', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'workerId',
        'queueId',
        'offerId',
        'offeredOn',
        'expiresOn',
        'jobPriority',
        'jobLabels',
        'jobTags',
        'workerLabels',
        'workerTags',
      ]);
    }
  }
}

function $isAcsRouterWorkerOfferIssuedEventData$13(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkAcsRouterWorkerOfferIssuedEventData$13(
  v: unknown,
  p: string,
  e: ValidationError[],
  _s: boolean,
): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

function $isAcsRouterWorkerOfferIssuedEventData$14(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkAcsRouterWorkerOfferIssuedEventData$14(
  v: unknown,
  p: string,
  e: ValidationError[],
  _s: boolean,
): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterWorkerOfferRevoked event, reporting every error.
 *
 * Published when an offer to a worker was revoked.
 */
export function validateAcsRouterWorkerOfferRevokedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerOfferRevokedEventData> {
  return $validate<AcsRouterWorkerOfferRevokedEventData>(
    $isAcsRouterWorkerOfferRevokedEventData,
    $checkAcsRouterWorkerOfferRevokedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterWorkerOfferRevoked event.
 *
 * Published when an offer to a worker was revoked.
 */
export function isAcsRouterWorkerOfferRevokedEventData(
  value: unknown,
): value is AcsRouterWorkerOfferRevokedEventData {
  try {
    return $isAcsRouterWorkerOfferRevokedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterWorkerOfferRevokedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['workerId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v10 !== 'string' || ('workerId' in r9 && !$hasOwn.call(v, 'workerId'))) return false;
  const v12 = v['queueId'];
  const r11: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v12 !== 'string' || ('queueId' in r11 && !$hasOwn.call(v, 'queueId'))) return false;
  const v13 = v['offerId'];
  if (typeof v13 !== 'string' || ('offerId' in r11 && !$hasOwn.call(v, 'offerId'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['jobId', 'channelReference', 'channelId', 'workerId', 'queueId', 'offerId']))
      return false;
  }
  return true;
}

function $checkAcsRouterWorkerOfferRevokedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'workerId' in r7 && v, 'workerId', v['workerId']);
    const r8: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'queueId' in r8 && v, 'queueId', v['queueId']);
    $checkStringProperty(e, p, 'offerId' in r8 && v, 'offerId', v['offerId']);
    if (s) {
      $extraKeys(e, p, v, ['jobId', 'channelReference', 'channelId', 'workerId', 'queueId', 'offerId']);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterWorkerRegistered event, reporting every error.
 *
 * Published when a worker has been registered (its status changed from inactive or draining to active).
 */
export function validateAcsRouterWorkerRegisteredEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerRegisteredEventData> {
  return $validate<AcsRouterWorkerRegisteredEventData>(
    $isAcsRouterWorkerRegisteredEventData,
    $checkAcsRouterWorkerRegisteredEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterWorkerRegistered event.
 *
 * Published when a worker has been registered (its status changed from inactive or draining to active).
 */
export function isAcsRouterWorkerRegisteredEventData(
  value: unknown,
): value is AcsRouterWorkerRegisteredEventData {
  try {
    return $isAcsRouterWorkerRegisteredEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterWorkerRegisteredEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['workerId'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== 'string' || ('workerId' in r3 && !$hasOwn.call(v, 'workerId'))) return false;
  const v5 = v['totalCapacity'];
  if (v5 === undefined || ('totalCapacity' in r3 && !$hasOwn.call(v, 'totalCapacity'))) return false;
  if (typeof v5 !== 'number' || !Number.isInteger(v5)) return false;
  if (!$int32(v5)) return false;
  const v6 = v['queueAssignments'];
  if (v6 === undefined || ('queueAssignments' in r3 && !$hasOwn.call(v, 'queueAssignments'))) return false;
  if (!Array.isArray(v6)) return false;
  const a7 = v6 as unknown[];
  for (let i8 = 0; i8 < a7.length; i8++) {
    const v9 = a7[i8];
    if (!$isRouterQueueDetails(v9, s)) return false;
  }
  const v12 = v['channelConfigurations'];
  if (v12 === undefined || ('channelConfigurations' in r3 && !$hasOwn.call(v, 'channelConfigurations')))
    return false;
  if (!Array.isArray(v12)) return false;
  const a13 = v12 as unknown[];
  for (let i14 = 0; i14 < a13.length; i14++) {
    const v15 = a13[i14];
    if (!$isRouterChannelConfiguration(v15, s)) return false;
  }
  const v18 = v['labels'];
  if (v18 !== undefined && (!('labels' in r3) || $hasOwn.call(v, 'labels'))) {
    if (!($isRouterLabels(v18, s) || $isAcsRouterWorkerRegisteredEventData$15(v18, s))) return false;
  }
  const v21 = v['tags'];
  if (v21 !== undefined && (!('tags' in r3) || $hasOwn.call(v, 'tags'))) {
    if (!($isRouterLabels(v21, s) || $isAcsRouterWorkerRegisteredEventData$16(v21, s))) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'workerId',
        'totalCapacity',
        'queueAssignments',
        'channelConfigurations',
        'labels',
        'tags',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterWorkerRegisteredEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'workerId' in r3 && v, 'workerId', v['workerId']);
    const v4 = v['totalCapacity'];
    if ($has(e, p, 'totalCapacity' in r3 && v, 'totalCapacity', v4, 'int32')) {
      if (typeof v4 !== 'number' || !Number.isInteger(v4)) {
        $fail(e, p + '/totalCapacity', 'must be an integer', 'integer', $type(v4));
      } else {
        if (!$int32(v4)) {
          $fail(
            e,
            p + '/totalCapacity',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v4),
          );
        }
      }
    }
    const v5 = v['queueAssignments'];
    if ($has(e, p, 'queueAssignments' in r3 && v, 'queueAssignments', v5, 'RouterQueueDetails[]')) {
      if (!Array.isArray(v5)) {
        $fail(e, p + '/queueAssignments', 'must be an array', 'array', $type(v5));
      } else {
        const a6 = v5 as unknown[];
        for (let i7 = 0; i7 < a6.length; i7++) {
          const v8 = a6[i7];
          $checkRouterQueueDetails(v8, p + '/queueAssignments/' + i7, e, s);
        }
      }
    }
    const v11 = v['channelConfigurations'];
    if (
      $has(
        e,
        p,
        'channelConfigurations' in r3 && v,
        'channelConfigurations',
        v11,
        'RouterChannelConfiguration[]',
      )
    ) {
      if (!Array.isArray(v11)) {
        $fail(e, p + '/channelConfigurations', 'must be an array', 'array', $type(v11));
      } else {
        const a12 = v11 as unknown[];
        for (let i13 = 0; i13 < a12.length; i13++) {
          const v14 = a12[i13];
          $checkRouterChannelConfiguration(v14, p + '/channelConfigurations/' + i13, e, s);
        }
      }
    }
    const v17 = v['labels'];
    if ($has(e, p, 'labels' in r3 && v, 'labels', v17)) {
      if (!($isRouterLabels(v17, s) || $isAcsRouterWorkerRegisteredEventData$15(v17, s))) {
        $fail(
          e,
          p + '/labels',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v17),
        );
        if (typeof v17 === 'object' && v17 !== null && !Array.isArray(v17))
          $checkRouterLabels(v17, p + '/labels', e, s);
        if (v17 === null) $checkAcsRouterWorkerRegisteredEventData$15(v17, p + '/labels', e, s);
      }
    }
    const v20 = v['tags'];
    if ($has(e, p, 'tags' in r3 && v, 'tags', v20)) {
      if (!($isRouterLabels(v20, s) || $isAcsRouterWorkerRegisteredEventData$16(v20, s))) {
        $fail(
          e,
          p + '/tags',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v20),
        );
        if (typeof v20 === 'object' && v20 !== null && !Array.isArray(v20))
          $checkRouterLabels(v20, p + '/tags', e, s);
        if (v20 === null) $checkAcsRouterWorkerRegisteredEventData$16(v20, p + '/tags', e, s);
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'workerId',
        'totalCapacity',
        'queueAssignments',
        'channelConfigurations',
        'labels',
        'tags',
      ]);
    }
  }
}

function $isAcsRouterWorkerRegisteredEventData$15(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkAcsRouterWorkerRegisteredEventData$15(
  v: unknown,
  p: string,
  e: ValidationError[],
  _s: boolean,
): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

function $isAcsRouterWorkerRegisteredEventData$16(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkAcsRouterWorkerRegisteredEventData$16(
  v: unknown,
  p: string,
  e: ValidationError[],
  _s: boolean,
): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

/**
 * Validates the data of a Microsoft.Communication.RouterWorkerUpdated event, reporting every error.
 *
 * Published when a worker's properties were updated (defined by the REST API spec only; the docs page does not list it).
 */
export function validateAcsRouterWorkerUpdatedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerUpdatedEventData> {
  return $validate<AcsRouterWorkerUpdatedEventData>(
    $isAcsRouterWorkerUpdatedEventData,
    $checkAcsRouterWorkerUpdatedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterWorkerUpdated event.
 *
 * Published when a worker's properties were updated (defined by the REST API spec only; the docs page does not list it).
 */
export function isAcsRouterWorkerUpdatedEventData(value: unknown): value is AcsRouterWorkerUpdatedEventData {
  try {
    return $isAcsRouterWorkerUpdatedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterWorkerUpdatedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['workerId'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== 'string' || ('workerId' in r3 && !$hasOwn.call(v, 'workerId'))) return false;
  const v5 = v['totalCapacity'];
  if (v5 === undefined || ('totalCapacity' in r3 && !$hasOwn.call(v, 'totalCapacity'))) return false;
  if (typeof v5 !== 'number' || !Number.isInteger(v5)) return false;
  if (!$int32(v5)) return false;
  const v6 = v['queueAssignments'];
  if (v6 === undefined || ('queueAssignments' in r3 && !$hasOwn.call(v, 'queueAssignments'))) return false;
  if (!Array.isArray(v6)) return false;
  const a7 = v6 as unknown[];
  for (let i8 = 0; i8 < a7.length; i8++) {
    const v9 = a7[i8];
    if (!$isRouterQueueDetails(v9, s)) return false;
  }
  const v12 = v['channelConfigurations'];
  if (v12 === undefined || ('channelConfigurations' in r3 && !$hasOwn.call(v, 'channelConfigurations')))
    return false;
  if (!Array.isArray(v12)) return false;
  const a13 = v12 as unknown[];
  for (let i14 = 0; i14 < a13.length; i14++) {
    const v15 = a13[i14];
    if (!$isRouterChannelConfiguration(v15, s)) return false;
  }
  const v18 = v['labels'];
  if (v18 !== undefined && (!('labels' in r3) || $hasOwn.call(v, 'labels'))) {
    if (!($isRouterLabels(v18, s) || $isAcsRouterWorkerUpdatedEventData$17(v18, s))) return false;
  }
  const v21 = v['tags'];
  if (v21 !== undefined && (!('tags' in r3) || $hasOwn.call(v, 'tags'))) {
    if (!($isRouterLabels(v21, s) || $isAcsRouterWorkerUpdatedEventData$18(v21, s))) return false;
  }
  const v25 = v['updatedWorkerProperties'];
  const r24: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    v25 !== undefined &&
    (!('updatedWorkerProperties' in r24) || $hasOwn.call(v, 'updatedWorkerProperties'))
  ) {
    if (!Array.isArray(v25)) return false;
    const a26 = v25 as unknown[];
    for (let i27 = 0; i27 < a26.length; i27++) {
      const v28 = a26[i27];
      if (typeof v28 !== 'string') return false;
    }
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'workerId',
        'totalCapacity',
        'queueAssignments',
        'channelConfigurations',
        'labels',
        'tags',
        'updatedWorkerProperties',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterWorkerUpdatedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'workerId' in r3 && v, 'workerId', v['workerId']);
    const v4 = v['totalCapacity'];
    if ($has(e, p, 'totalCapacity' in r3 && v, 'totalCapacity', v4, 'int32')) {
      if (typeof v4 !== 'number' || !Number.isInteger(v4)) {
        $fail(e, p + '/totalCapacity', 'must be an integer', 'integer', $type(v4));
      } else {
        if (!$int32(v4)) {
          $fail(
            e,
            p + '/totalCapacity',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v4),
          );
        }
      }
    }
    const v5 = v['queueAssignments'];
    if ($has(e, p, 'queueAssignments' in r3 && v, 'queueAssignments', v5, 'RouterQueueDetails[]')) {
      if (!Array.isArray(v5)) {
        $fail(e, p + '/queueAssignments', 'must be an array', 'array', $type(v5));
      } else {
        const a6 = v5 as unknown[];
        for (let i7 = 0; i7 < a6.length; i7++) {
          const v8 = a6[i7];
          $checkRouterQueueDetails(v8, p + '/queueAssignments/' + i7, e, s);
        }
      }
    }
    const v11 = v['channelConfigurations'];
    if (
      $has(
        e,
        p,
        'channelConfigurations' in r3 && v,
        'channelConfigurations',
        v11,
        'RouterChannelConfiguration[]',
      )
    ) {
      if (!Array.isArray(v11)) {
        $fail(e, p + '/channelConfigurations', 'must be an array', 'array', $type(v11));
      } else {
        const a12 = v11 as unknown[];
        for (let i13 = 0; i13 < a12.length; i13++) {
          const v14 = a12[i13];
          $checkRouterChannelConfiguration(v14, p + '/channelConfigurations/' + i13, e, s);
        }
      }
    }
    const v17 = v['labels'];
    if ($has(e, p, 'labels' in r3 && v, 'labels', v17)) {
      if (!($isRouterLabels(v17, s) || $isAcsRouterWorkerUpdatedEventData$17(v17, s))) {
        $fail(
          e,
          p + '/labels',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v17),
        );
        if (typeof v17 === 'object' && v17 !== null && !Array.isArray(v17))
          $checkRouterLabels(v17, p + '/labels', e, s);
        if (v17 === null) $checkAcsRouterWorkerUpdatedEventData$17(v17, p + '/labels', e, s);
      }
    }
    const v20 = v['tags'];
    if ($has(e, p, 'tags' in r3 && v, 'tags', v20)) {
      if (!($isRouterLabels(v20, s) || $isAcsRouterWorkerUpdatedEventData$18(v20, s))) {
        $fail(
          e,
          p + '/tags',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v20),
        );
        if (typeof v20 === 'object' && v20 !== null && !Array.isArray(v20))
          $checkRouterLabels(v20, p + '/tags', e, s);
        if (v20 === null) $checkAcsRouterWorkerUpdatedEventData$18(v20, p + '/tags', e, s);
      }
    }
    const r23: object = Object.getPrototypeOf(v) || Object.prototype;
    const v24 = v['updatedWorkerProperties'];
    if ($has(e, p, 'updatedWorkerProperties' in r23 && v, 'updatedWorkerProperties', v24)) {
      if (!Array.isArray(v24)) {
        $fail(e, p + '/updatedWorkerProperties', 'must be an array', 'array', $type(v24));
      } else {
        const a25 = v24 as unknown[];
        for (let i26 = 0; i26 < a25.length; i26++) {
          const v27 = a25[i26];
          if (typeof v27 !== 'string') {
            $fail(
              e,
              p + '/updatedWorkerProperties/' + i26,
              'must be one of "AvailableForOffers" | "TotalCapacity" | "QueueAssignments" | "Labels" | "Tags" | "ChannelConfigurations" | string',
              '"AvailableForOffers" | "TotalCapacity" | "QueueAssignments" | "Labels" | "Tags" | "ChannelConfigurations" | string',
              $show(v27),
            );
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'workerId',
        'totalCapacity',
        'queueAssignments',
        'channelConfigurations',
        'labels',
        'tags',
        'updatedWorkerProperties',
      ]);
    }
  }
}

function $isAcsRouterWorkerUpdatedEventData$17(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkAcsRouterWorkerUpdatedEventData$17(
  v: unknown,
  p: string,
  e: ValidationError[],
  _s: boolean,
): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

function $isAcsRouterWorkerUpdatedEventData$18(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkAcsRouterWorkerUpdatedEventData$18(
  v: unknown,
  p: string,
  e: ValidationError[],
  _s: boolean,
): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

/** The documented wire forms of AcsSmsDeliveryReportReceivedEventData (catalog errata with a `wire` decision). */
const $wireAcsSmsDeliveryReportReceivedEventData: readonly WireForm[] = [
  {
    erratum: 'sms-pascal-case-2020-09-65',
    decision: 'doc-error',
    parent: [],
    name: 'messageId',
    published: {
      name: 'MessageId',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-65',
    decision: 'doc-error',
    parent: [],
    name: 'from',
    published: {
      name: 'From',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-65',
    decision: 'doc-error',
    parent: [],
    name: 'to',
    published: {
      name: 'To',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-65',
    decision: 'doc-error',
    parent: [],
    name: 'deliveryStatus',
    published: {
      name: 'DeliveryStatus',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-65',
    decision: 'doc-error',
    parent: [],
    name: 'deliveryStatusDetails',
    published: {
      name: 'DeliveryStatusDetails',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-65',
    decision: 'doc-error',
    parent: [],
    name: 'receivedTimestamp',
    published: {
      name: 'ReceivedTimestamp',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-65',
    decision: 'doc-error',
    parent: [],
    name: 'deliveryAttempts',
    published: {
      name: 'DeliveryAttempts',
    },
  },
  {
    erratum: 'sms-tag-casing-2025-01',
    decision: 'doc-error',
    parent: [],
    name: 'tag',
    published: {
      name: 'Tag',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.SMSDeliveryReportReceived event, reporting every error.
 *
 * Published when a delivery report is received for an SMS sent by the Communication Service.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsSmsDeliveryReportReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsSmsDeliveryReportReceivedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsSmsDeliveryReportReceivedEventData,
      options?.strict === true,
      errors,
      normalized,
    );
    $checkAcsSmsDeliveryReportReceivedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsSmsDeliveryReportReceivedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.SMSDeliveryReportReceived event.
 *
 * Published when a delivery report is received for an SMS sent by the Communication Service.
 */
export function isAcsSmsDeliveryReportReceivedEventData(
  value: unknown,
): value is AcsSmsDeliveryReportReceivedEventData {
  try {
    return $isAcsSmsDeliveryReportReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsSmsDeliveryReportReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['messageId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v3 = v['from'];
  if (typeof v3 !== 'string' || ('from' in r1 && !$hasOwn.call(v, 'from'))) return false;
  const v4 = v['to'];
  if (typeof v4 !== 'string' || ('to' in r1 && !$hasOwn.call(v, 'to'))) return false;
  const v5 = v['deliveryStatus'];
  if (typeof v5 !== 'string' || ('deliveryStatus' in r1 && !$hasOwn.call(v, 'deliveryStatus'))) return false;
  const v6 = v['deliveryStatusDetails'];
  if (typeof v6 !== 'string' || ('deliveryStatusDetails' in r1 && !$hasOwn.call(v, 'deliveryStatusDetails')))
    return false;
  const v7 = v['deliveryAttempts'];
  if (v7 === undefined || ('deliveryAttempts' in r1 && !$hasOwn.call(v, 'deliveryAttempts'))) return false;
  if (!Array.isArray(v7)) return false;
  const a8 = v7 as unknown[];
  for (let i9 = 0; i9 < a8.length; i9++) {
    const v10 = a8[i9];
    if (!$isSmsDeliveryAttempt(v10, s)) return false;
  }
  const v13 = v['receivedTimestamp'];
  if (
    (typeof v13 !== 'string' || !$dateTime(v13)) &&
    v13 !== undefined &&
    (!('receivedTimestamp' in r1) || $hasOwn.call(v, 'receivedTimestamp'))
  )
    return false;
  const v14 = v['tag'];
  if (typeof v14 !== 'string' && v14 !== undefined && (!('tag' in r1) || $hasOwn.call(v, 'tag')))
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'messageId',
        'from',
        'to',
        'deliveryStatus',
        'deliveryStatusDetails',
        'deliveryAttempts',
        'receivedTimestamp',
        'tag',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsSmsDeliveryReportReceivedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, 'from' in r1 && v, 'from', v['from']);
    $checkStringProperty(e, p, 'to' in r1 && v, 'to', v['to']);
    $checkStringProperty(e, p, 'deliveryStatus' in r1 && v, 'deliveryStatus', v['deliveryStatus']);
    $checkStringProperty(
      e,
      p,
      'deliveryStatusDetails' in r1 && v,
      'deliveryStatusDetails',
      v['deliveryStatusDetails'],
    );
    const v2 = v['deliveryAttempts'];
    if ($has(e, p, 'deliveryAttempts' in r1 && v, 'deliveryAttempts', v2, 'SmsDeliveryAttempt[]')) {
      if (!Array.isArray(v2)) {
        $fail(e, p + '/deliveryAttempts', 'must be an array', 'array', $type(v2));
      } else {
        const a3 = v2 as unknown[];
        for (let i4 = 0; i4 < a3.length; i4++) {
          const v5 = a3[i4];
          $checkSmsDeliveryAttempt(v5, p + '/deliveryAttempts/' + i4, e, s);
        }
      }
    }
    $checkDateTimeProperty(
      e,
      p,
      'receivedTimestamp' in r1 && v,
      'receivedTimestamp',
      v['receivedTimestamp'],
      true,
    );
    $checkStringProperty(e, p, 'tag' in r1 && v, 'tag', v['tag'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'messageId',
        'from',
        'to',
        'deliveryStatus',
        'deliveryStatusDetails',
        'deliveryAttempts',
        'receivedTimestamp',
        'tag',
      ]);
    }
  }
}

/** The documented wire forms of AcsSmsReceivedEventData (catalog errata with a `wire` decision). */
const $wireAcsSmsReceivedEventData: readonly WireForm[] = [
  {
    erratum: 'sms-pascal-case-2020-09-92',
    decision: 'doc-error',
    parent: [],
    name: 'messageId',
    published: {
      name: 'MessageId',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-92',
    decision: 'doc-error',
    parent: [],
    name: 'from',
    published: {
      name: 'From',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-92',
    decision: 'doc-error',
    parent: [],
    name: 'to',
    published: {
      name: 'To',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-92',
    decision: 'doc-error',
    parent: [],
    name: 'message',
    published: {
      name: 'Message',
    },
  },
  {
    erratum: 'sms-pascal-case-2020-09-92',
    decision: 'doc-error',
    parent: [],
    name: 'receivedTimestamp',
    published: {
      name: 'ReceivedTimestamp',
    },
  },
];

/**
 * Validates the data of a Microsoft.Communication.SMSReceived event, reporting every error.
 *
 * Published when an SMS is received by a phone number associated with the Communication Service.
 *
 * Accepts the documented wire variants (see the errata) and returns the canonical form, listing what it normalized; `strict` rejects them.
 */
export function validateAcsSmsReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsSmsReceivedEventData> {
  const errors = $errors(options?.maxErrors);
  const normalized: WireNormalization[] = [];
  let data = value;
  try {
    data = $wireForms(value, $wireAcsSmsReceivedEventData, options?.strict === true, errors, normalized);
    $checkAcsSmsReceivedEventData(data, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: data as AcsSmsReceivedEventData, normalized }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is valid data of a Microsoft.Communication.SMSReceived event.
 *
 * Published when an SMS is received by a phone number associated with the Communication Service.
 */
export function isAcsSmsReceivedEventData(value: unknown): value is AcsSmsReceivedEventData {
  try {
    return $isAcsSmsReceivedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsSmsReceivedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['messageId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('messageId' in r1 && !$hasOwn.call(v, 'messageId'))) return false;
  const v3 = v['from'];
  if (typeof v3 !== 'string' || ('from' in r1 && !$hasOwn.call(v, 'from'))) return false;
  const v4 = v['to'];
  if (typeof v4 !== 'string' || ('to' in r1 && !$hasOwn.call(v, 'to'))) return false;
  const v5 = v['message'];
  if (typeof v5 !== 'string' || ('message' in r1 && !$hasOwn.call(v, 'message'))) return false;
  const v6 = v['receivedTimestamp'];
  if (
    typeof v6 !== 'string' ||
    !$dateTime(v6) ||
    ('receivedTimestamp' in r1 && !$hasOwn.call(v, 'receivedTimestamp'))
  )
    return false;
  const v7 = v['segmentCount'];
  if (v7 !== undefined && (!('segmentCount' in r1) || $hasOwn.call(v, 'segmentCount'))) {
    if (typeof v7 !== 'number' || !Number.isInteger(v7)) return false;
    if (!$int32(v7)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['messageId', 'from', 'to', 'message', 'receivedTimestamp', 'segmentCount']))
      return false;
  }
  return true;
}

function $checkAcsSmsReceivedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'messageId' in r1 && v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, 'from' in r1 && v, 'from', v['from']);
    $checkStringProperty(e, p, 'to' in r1 && v, 'to', v['to']);
    $checkStringProperty(e, p, 'message' in r1 && v, 'message', v['message']);
    $checkDateTimeProperty(e, p, 'receivedTimestamp' in r1 && v, 'receivedTimestamp', v['receivedTimestamp']);
    const v2 = v['segmentCount'];
    if ($has(e, p, 'segmentCount' in r1 && v, 'segmentCount', v2)) {
      if (typeof v2 !== 'number' || !Number.isInteger(v2)) {
        $fail(e, p + '/segmentCount', 'must be an integer', 'integer', $type(v2));
      } else {
        if (!$int32(v2)) {
          $fail(
            e,
            p + '/segmentCount',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v2),
          );
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['messageId', 'from', 'to', 'message', 'receivedTimestamp', 'segmentCount']);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.UserDisconnected event, reporting every error.
 *
 * Published when a Communication Services user is designated as having disconnected from Communication Services (chat only).
 */
export function validateAcsUserDisconnectedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsUserDisconnectedEventData> {
  return $validate<AcsUserDisconnectedEventData>(
    $isAcsUserDisconnectedEventData,
    $checkAcsUserDisconnectedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.UserDisconnected event.
 *
 * Published when a Communication Services user is designated as having disconnected from Communication Services (chat only).
 */
export function isAcsUserDisconnectedEventData(value: unknown): value is AcsUserDisconnectedEventData {
  try {
    return $isAcsUserDisconnectedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsUserDisconnectedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['userCommunicationIdentifier'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (
    v2 !== undefined &&
    (!('userCommunicationIdentifier' in r1) || $hasOwn.call(v, 'userCommunicationIdentifier'))
  ) {
    if (!$isCommunicationIdentifier(v2, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['userCommunicationIdentifier'])) return false;
  }
  return true;
}

function $checkAcsUserDisconnectedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['userCommunicationIdentifier'];
    if ($has(e, p, 'userCommunicationIdentifier' in r1 && v, 'userCommunicationIdentifier', v2)) {
      $checkCommunicationIdentifier(v2, p + '/userCommunicationIdentifier', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['userCommunicationIdentifier']);
    }
  }
}

// Envelopes

/**
 * Validates an Event Grid envelope, reporting every error.
 *
 * An event in the Event Grid schema: id, subject, eventType, eventTime (RFC 3339), data and dataVersion are required; topic and metadataVersion are optional strings. `data` is not checked here: use dataValidators[eventType].
 */
export function validateEventGridEvent(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<EventGridEvent> {
  return $validate<EventGridEvent>($isEventGridEvent, $checkEventGridEvent, value, options);
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
  const v2 = v['id'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('id' in r1 && !$hasOwn.call(v, 'id'))) return false;
  const v3 = v['topic'];
  if (typeof v3 !== 'string' && v3 !== undefined && (!('topic' in r1) || $hasOwn.call(v, 'topic')))
    return false;
  const v4 = v['subject'];
  if (typeof v4 !== 'string' || ('subject' in r1 && !$hasOwn.call(v, 'subject'))) return false;
  const v5 = v['eventType'];
  if (typeof v5 !== 'string' || ('eventType' in r1 && !$hasOwn.call(v, 'eventType'))) return false;
  const v6 = v['eventTime'];
  if (typeof v6 !== 'string' || !$dateTime(v6) || ('eventTime' in r1 && !$hasOwn.call(v, 'eventTime')))
    return false;
  const v7 = v['data'];
  if (v7 === undefined || ('data' in r1 && !$hasOwn.call(v, 'data'))) return false;
  const v10 = v['dataVersion'];
  if (typeof v10 !== 'string' || ('dataVersion' in r1 && !$hasOwn.call(v, 'dataVersion'))) return false;
  const v11 = v['metadataVersion'];
  if (
    typeof v11 !== 'string' &&
    v11 !== undefined &&
    (!('metadataVersion' in r1) || $hasOwn.call(v, 'metadataVersion'))
  )
    return false;
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
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id']);
    $checkStringProperty(e, p, 'topic' in r1 && v, 'topic', v['topic'], true);
    $checkStringProperty(e, p, 'subject' in r1 && v, 'subject', v['subject']);
    $checkStringProperty(e, p, 'eventType' in r1 && v, 'eventType', v['eventType']);
    $checkDateTimeProperty(e, p, 'eventTime' in r1 && v, 'eventTime', v['eventTime']);
    const v2 = v['data'];
    $has(e, p, 'data' in r1 && v, 'data', v2, 'any');
    $checkStringProperty(e, p, 'dataVersion' in r1 && v, 'dataVersion', v['dataVersion']);
    $checkStringProperty(e, p, 'metadataVersion' in r1 && v, 'metadataVersion', v['metadataVersion'], true);
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
  return $validate<CloudEvent>($isCloudEvent, $checkCloudEvent, value, options);
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
  const v2 = v['specversion'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === undefined || ('specversion' in r1 && !$hasOwn.call(v, 'specversion'))) return false;
  if (typeof v2 !== 'string') return false;
  if (v2 !== '1.0') return false;
  const v3 = v['id'];
  if (typeof v3 !== 'string' || ('id' in r1 && !$hasOwn.call(v, 'id'))) return false;
  const v4 = v['source'];
  if (typeof v4 !== 'string' || ('source' in r1 && !$hasOwn.call(v, 'source'))) return false;
  const v5 = v['type'];
  if (typeof v5 !== 'string' || ('type' in r1 && !$hasOwn.call(v, 'type'))) return false;
  const v6 = v['subject'];
  if (typeof v6 !== 'string' && v6 !== undefined && (!('subject' in r1) || $hasOwn.call(v, 'subject')))
    return false;
  const v7 = v['time'];
  if (
    (typeof v7 !== 'string' || !$dateTime(v7)) &&
    v7 !== undefined &&
    (!('time' in r1) || $hasOwn.call(v, 'time'))
  )
    return false;
  const v8 = v['datacontenttype'];
  if (
    typeof v8 !== 'string' &&
    v8 !== undefined &&
    (!('datacontenttype' in r1) || $hasOwn.call(v, 'datacontenttype'))
  )
    return false;
  const v9 = v['dataschema'];
  if (typeof v9 !== 'string' && v9 !== undefined && (!('dataschema' in r1) || $hasOwn.call(v, 'dataschema')))
    return false;
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
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['specversion'];
    if ($has(e, p, 'specversion' in r1 && v, 'specversion', v2, '"1.0"')) {
      if (typeof v2 !== 'string') {
        $fail(e, p + '/specversion', 'must be a string', 'string', $type(v2));
      } else {
        if (v2 !== '1.0') {
          $fail(e, p + '/specversion', 'must be "1.0"', '"1.0"', $show(v2));
        }
      }
    }
    $checkStringProperty(e, p, 'id' in r1 && v, 'id', v['id']);
    $checkStringProperty(e, p, 'source' in r1 && v, 'source', v['source']);
    $checkStringProperty(e, p, 'type' in r1 && v, 'type', v['type']);
    $checkStringProperty(e, p, 'subject' in r1 && v, 'subject', v['subject'], true);
    $checkDateTimeProperty(e, p, 'time' in r1 && v, 'time', v['time'], true);
    $checkStringProperty(e, p, 'datacontenttype' in r1 && v, 'datacontenttype', v['datacontenttype'], true);
    $checkStringProperty(e, p, 'dataschema' in r1 && v, 'dataschema', v['dataschema'], true);
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

// Lookup by event type

/** The data validator of every event type. */
export const dataValidators: {
  readonly [K in AcsEventType]: (
    value: unknown,
    options?: ValidateOptions,
  ) => ValidationResult<AcsEventDataMap[K]>;
} = /* @__PURE__ */ $nullProto({
  'Microsoft.Communication.AdvancedMessageAnalysisCompleted':
    validateAcsAdvancedMessageAnalysisCompletedEventData,
  'Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated':
    validateAcsAdvancedMessageDeliveryStatusUpdatedEventData,
  'Microsoft.Communication.AdvancedMessageReceived': validateAcsAdvancedMessageReceivedEventData,
  'Microsoft.Communication.CallEnded': validateAcsCallEndedEventData,
  'Microsoft.Communication.CallParticipantAdded': validateAcsCallParticipantAddedEventData,
  'Microsoft.Communication.CallParticipantRemoved': validateAcsCallParticipantRemovedEventData,
  'Microsoft.Communication.CallStarted': validateAcsCallStartedEventData,
  'Microsoft.Communication.ChatAzureBotCommandReceivedInThread':
    validateAcsChatAzureBotCommandReceivedInThreadEventData,
  'Microsoft.Communication.ChatMemberAddedToThreadWithUser':
    validateAcsChatMemberAddedToThreadWithUserEventData,
  'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser':
    validateAcsChatMemberRemovedFromThreadWithUserEventData,
  'Microsoft.Communication.ChatMessageDeleted': validateAcsChatMessageDeletedEventData,
  'Microsoft.Communication.ChatMessageDeletedInThread': validateAcsChatMessageDeletedInThreadEventData,
  'Microsoft.Communication.ChatMessageEdited': validateAcsChatMessageEditedEventData,
  'Microsoft.Communication.ChatMessageEditedInThread': validateAcsChatMessageEditedInThreadEventData,
  'Microsoft.Communication.ChatMessageReceived': validateAcsChatMessageReceivedEventData,
  'Microsoft.Communication.ChatMessageReceivedInThread': validateAcsChatMessageReceivedInThreadEventData,
  'Microsoft.Communication.ChatParticipantAddedToThreadWithUser':
    validateAcsChatParticipantAddedToThreadWithUserEventData,
  'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser':
    validateAcsChatParticipantRemovedFromThreadWithUserEventData,
  'Microsoft.Communication.ChatThreadCreated': validateAcsChatThreadCreatedEventData,
  'Microsoft.Communication.ChatThreadCreatedWithUser': validateAcsChatThreadCreatedWithUserEventData,
  'Microsoft.Communication.ChatThreadDeleted': validateAcsChatThreadDeletedEventData,
  'Microsoft.Communication.ChatThreadParticipantAdded': validateAcsChatThreadParticipantAddedEventData,
  'Microsoft.Communication.ChatThreadParticipantRemoved': validateAcsChatThreadParticipantRemovedEventData,
  'Microsoft.Communication.ChatThreadPropertiesUpdated': validateAcsChatThreadPropertiesUpdatedEventData,
  'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser':
    validateAcsChatThreadPropertiesUpdatedPerUserEventData,
  'Microsoft.Communication.ChatThreadWithUserDeleted': validateAcsChatThreadWithUserDeletedEventData,
  'Microsoft.Communication.ChatTypingIndicatorReceivedInThread':
    validateAcsChatTypingIndicatorReceivedInThreadEventData,
  'Microsoft.Communication.EmailDeliveryReportReceived': validateAcsEmailDeliveryReportReceivedEventData,
  'Microsoft.Communication.EmailEngagementTrackingReportReceived':
    validateAcsEmailEngagementTrackingReportReceivedEventData,
  'Microsoft.Communication.IncomingCall': validateAcsIncomingCallEventData,
  'Microsoft.Communication.InstantMessageDeleted': validateAcsInstantMessageDeletedEventData,
  'Microsoft.Communication.InstantMessageEdited': validateAcsInstantMessageEditedEventData,
  'Microsoft.Communication.InstantMessageReceived': validateAcsInstantMessageReceivedEventData,
  'Microsoft.Communication.RecordingFileStatusUpdated': validateAcsRecordingFileStatusUpdatedEventData,
  'Microsoft.Communication.RouterJobCancelled': validateAcsRouterJobCancelledEventData,
  'Microsoft.Communication.RouterJobClassificationFailed': validateAcsRouterJobClassificationFailedEventData,
  'Microsoft.Communication.RouterJobClassified': validateAcsRouterJobClassifiedEventData,
  'Microsoft.Communication.RouterJobClosed': validateAcsRouterJobClosedEventData,
  'Microsoft.Communication.RouterJobCompleted': validateAcsRouterJobCompletedEventData,
  'Microsoft.Communication.RouterJobDeleted': validateAcsRouterJobDeletedEventData,
  'Microsoft.Communication.RouterJobExceptionTriggered': validateAcsRouterJobExceptionTriggeredEventData,
  'Microsoft.Communication.RouterJobQueued': validateAcsRouterJobQueuedEventData,
  'Microsoft.Communication.RouterJobReceived': validateAcsRouterJobReceivedEventData,
  'Microsoft.Communication.RouterJobSchedulingFailed': validateAcsRouterJobSchedulingFailedEventData,
  'Microsoft.Communication.RouterJobUnassigned': validateAcsRouterJobUnassignedEventData,
  'Microsoft.Communication.RouterJobWaitingForActivation': validateAcsRouterJobWaitingForActivationEventData,
  'Microsoft.Communication.RouterJobWorkerSelectorsExpired':
    validateAcsRouterJobWorkerSelectorsExpiredEventData,
  'Microsoft.Communication.RouterWorkerDeleted': validateAcsRouterWorkerDeletedEventData,
  'Microsoft.Communication.RouterWorkerDeregistered': validateAcsRouterWorkerDeregisteredEventData,
  'Microsoft.Communication.RouterWorkerOfferAccepted': validateAcsRouterWorkerOfferAcceptedEventData,
  'Microsoft.Communication.RouterWorkerOfferDeclined': validateAcsRouterWorkerOfferDeclinedEventData,
  'Microsoft.Communication.RouterWorkerOfferExpired': validateAcsRouterWorkerOfferExpiredEventData,
  'Microsoft.Communication.RouterWorkerOfferIssued': validateAcsRouterWorkerOfferIssuedEventData,
  'Microsoft.Communication.RouterWorkerOfferRevoked': validateAcsRouterWorkerOfferRevokedEventData,
  'Microsoft.Communication.RouterWorkerRegistered': validateAcsRouterWorkerRegisteredEventData,
  'Microsoft.Communication.RouterWorkerUpdated': validateAcsRouterWorkerUpdatedEventData,
  'Microsoft.Communication.SMSDeliveryReportReceived': validateAcsSmsDeliveryReportReceivedEventData,
  'Microsoft.Communication.SMSReceived': validateAcsSmsReceivedEventData,
  'Microsoft.Communication.UserDisconnected': validateAcsUserDisconnectedEventData,
});

/** The data type guard of every event type. */
export const dataGuards: { readonly [K in AcsEventType]: (value: unknown) => value is AcsEventDataMap[K] } =
  /* @__PURE__ */ $nullProto({
    'Microsoft.Communication.AdvancedMessageAnalysisCompleted':
      isAcsAdvancedMessageAnalysisCompletedEventData,
    'Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated':
      isAcsAdvancedMessageDeliveryStatusUpdatedEventData,
    'Microsoft.Communication.AdvancedMessageReceived': isAcsAdvancedMessageReceivedEventData,
    'Microsoft.Communication.CallEnded': isAcsCallEndedEventData,
    'Microsoft.Communication.CallParticipantAdded': isAcsCallParticipantAddedEventData,
    'Microsoft.Communication.CallParticipantRemoved': isAcsCallParticipantRemovedEventData,
    'Microsoft.Communication.CallStarted': isAcsCallStartedEventData,
    'Microsoft.Communication.ChatAzureBotCommandReceivedInThread':
      isAcsChatAzureBotCommandReceivedInThreadEventData,
    'Microsoft.Communication.ChatMemberAddedToThreadWithUser': isAcsChatMemberAddedToThreadWithUserEventData,
    'Microsoft.Communication.ChatMemberRemovedFromThreadWithUser':
      isAcsChatMemberRemovedFromThreadWithUserEventData,
    'Microsoft.Communication.ChatMessageDeleted': isAcsChatMessageDeletedEventData,
    'Microsoft.Communication.ChatMessageDeletedInThread': isAcsChatMessageDeletedInThreadEventData,
    'Microsoft.Communication.ChatMessageEdited': isAcsChatMessageEditedEventData,
    'Microsoft.Communication.ChatMessageEditedInThread': isAcsChatMessageEditedInThreadEventData,
    'Microsoft.Communication.ChatMessageReceived': isAcsChatMessageReceivedEventData,
    'Microsoft.Communication.ChatMessageReceivedInThread': isAcsChatMessageReceivedInThreadEventData,
    'Microsoft.Communication.ChatParticipantAddedToThreadWithUser':
      isAcsChatParticipantAddedToThreadWithUserEventData,
    'Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser':
      isAcsChatParticipantRemovedFromThreadWithUserEventData,
    'Microsoft.Communication.ChatThreadCreated': isAcsChatThreadCreatedEventData,
    'Microsoft.Communication.ChatThreadCreatedWithUser': isAcsChatThreadCreatedWithUserEventData,
    'Microsoft.Communication.ChatThreadDeleted': isAcsChatThreadDeletedEventData,
    'Microsoft.Communication.ChatThreadParticipantAdded': isAcsChatThreadParticipantAddedEventData,
    'Microsoft.Communication.ChatThreadParticipantRemoved': isAcsChatThreadParticipantRemovedEventData,
    'Microsoft.Communication.ChatThreadPropertiesUpdated': isAcsChatThreadPropertiesUpdatedEventData,
    'Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser':
      isAcsChatThreadPropertiesUpdatedPerUserEventData,
    'Microsoft.Communication.ChatThreadWithUserDeleted': isAcsChatThreadWithUserDeletedEventData,
    'Microsoft.Communication.ChatTypingIndicatorReceivedInThread':
      isAcsChatTypingIndicatorReceivedInThreadEventData,
    'Microsoft.Communication.EmailDeliveryReportReceived': isAcsEmailDeliveryReportReceivedEventData,
    'Microsoft.Communication.EmailEngagementTrackingReportReceived':
      isAcsEmailEngagementTrackingReportReceivedEventData,
    'Microsoft.Communication.IncomingCall': isAcsIncomingCallEventData,
    'Microsoft.Communication.InstantMessageDeleted': isAcsInstantMessageDeletedEventData,
    'Microsoft.Communication.InstantMessageEdited': isAcsInstantMessageEditedEventData,
    'Microsoft.Communication.InstantMessageReceived': isAcsInstantMessageReceivedEventData,
    'Microsoft.Communication.RecordingFileStatusUpdated': isAcsRecordingFileStatusUpdatedEventData,
    'Microsoft.Communication.RouterJobCancelled': isAcsRouterJobCancelledEventData,
    'Microsoft.Communication.RouterJobClassificationFailed': isAcsRouterJobClassificationFailedEventData,
    'Microsoft.Communication.RouterJobClassified': isAcsRouterJobClassifiedEventData,
    'Microsoft.Communication.RouterJobClosed': isAcsRouterJobClosedEventData,
    'Microsoft.Communication.RouterJobCompleted': isAcsRouterJobCompletedEventData,
    'Microsoft.Communication.RouterJobDeleted': isAcsRouterJobDeletedEventData,
    'Microsoft.Communication.RouterJobExceptionTriggered': isAcsRouterJobExceptionTriggeredEventData,
    'Microsoft.Communication.RouterJobQueued': isAcsRouterJobQueuedEventData,
    'Microsoft.Communication.RouterJobReceived': isAcsRouterJobReceivedEventData,
    'Microsoft.Communication.RouterJobSchedulingFailed': isAcsRouterJobSchedulingFailedEventData,
    'Microsoft.Communication.RouterJobUnassigned': isAcsRouterJobUnassignedEventData,
    'Microsoft.Communication.RouterJobWaitingForActivation': isAcsRouterJobWaitingForActivationEventData,
    'Microsoft.Communication.RouterJobWorkerSelectorsExpired': isAcsRouterJobWorkerSelectorsExpiredEventData,
    'Microsoft.Communication.RouterWorkerDeleted': isAcsRouterWorkerDeletedEventData,
    'Microsoft.Communication.RouterWorkerDeregistered': isAcsRouterWorkerDeregisteredEventData,
    'Microsoft.Communication.RouterWorkerOfferAccepted': isAcsRouterWorkerOfferAcceptedEventData,
    'Microsoft.Communication.RouterWorkerOfferDeclined': isAcsRouterWorkerOfferDeclinedEventData,
    'Microsoft.Communication.RouterWorkerOfferExpired': isAcsRouterWorkerOfferExpiredEventData,
    'Microsoft.Communication.RouterWorkerOfferIssued': isAcsRouterWorkerOfferIssuedEventData,
    'Microsoft.Communication.RouterWorkerOfferRevoked': isAcsRouterWorkerOfferRevokedEventData,
    'Microsoft.Communication.RouterWorkerRegistered': isAcsRouterWorkerRegisteredEventData,
    'Microsoft.Communication.RouterWorkerUpdated': isAcsRouterWorkerUpdatedEventData,
    'Microsoft.Communication.SMSDeliveryReportReceived': isAcsSmsDeliveryReportReceivedEventData,
    'Microsoft.Communication.SMSReceived': isAcsSmsReceivedEventData,
    'Microsoft.Communication.UserDisconnected': isAcsUserDisconnectedEventData,
  });
