// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type {
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
  AcsEventDataMap,
  AcsEventType,
  AcsInstantMessageDeletedEventData,
  AcsInstantMessageEditedEventData,
  AcsInstantMessageReceivedEventData,
  AcsSmsDeliveryReportReceivedEventData,
  AcsSmsReceivedEventData,
  ChatMessageMetadata,
  ChatParticipant,
  ChatThreadMember,
  ChatThreadProperties,
  CloudEvent,
  CommunicationIdentifier,
  CommunicationUserIdentifier,
  EventGridEvent,
  MicrosoftTeamsUserIdentifier,
  PhoneNumberIdentifier,
  SmsDeliveryAttempt,
} from './types.js';
import {
  $hasOwn,
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $esc,
  $crash,
  $fail,
  $nullProto,
  $isStringProperty,
  $checkStringProperty,
  $isIntegerProperty,
  $checkIntegerProperty,
  $isBooleanProperty,
  $checkBooleanProperty,
  $isDateTimeProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from './support/validation.js';

export type { ValidateOptions, ValidationError, ValidationResult } from './support/validation.js';

// Shared definitions

/**
 * Validates a ChatMessageMetadata, reporting every error.
 *
 * A map of string metadata attached to a chat message. The docs' samples show it with placeholder keys (`key`, `description`); any string key is allowed.
 */
export function validateChatMessageMetadata(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ChatMessageMetadata> {
  const errors: ValidationError[] = [];
  try {
    $checkChatMessageMetadata(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as ChatMessageMetadata } : { ok: false, errors };
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
  for (const k1 in v) {
    if (!$hasOwn.call(v, k1)) continue;
    const v2 = v[k1];
    if (typeof v2 !== 'string') return false;
  }
  return true;
}

function $checkChatMessageMetadata(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if ($checkObject(e, p, v)) {
    for (const k1 in v) {
      if (!$hasOwn.call(v, k1)) continue;
      const v2 = v[k1];
      if (typeof v2 !== 'string') {
        $fail(e, p + '/' + $esc(k1), 'must be a string', 'string', $type(v2));
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
  const errors: ValidationError[] = [];
  try {
    $checkChatParticipant(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as ChatParticipant } : { ok: false, errors };
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
  if (!$isStringProperty(v, 'displayName', v['displayName'])) return false;
  const v1 = v['participantCommunicationIdentifier'];
  if (!$own(v, 'participantCommunicationIdentifier', v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  if (s) {
    if (!$onlyKeys(v, ['displayName', 'participantCommunicationIdentifier'])) return false;
  }
  return true;
}

function $checkChatParticipant(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'displayName', v['displayName']);
    const v1 = v['participantCommunicationIdentifier'];
    if ($has(e, p, v, 'participantCommunicationIdentifier', v1, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v1, p + '/participantCommunicationIdentifier', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['displayName', 'participantCommunicationIdentifier']);
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
  const errors: ValidationError[] = [];
  try {
    $checkChatThreadMember(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as ChatThreadMember } : { ok: false, errors };
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
  if (!$isStringProperty(v, 'displayName', v['displayName'])) return false;
  if (!$isStringProperty(v, 'memberId', v['memberId'])) return false;
  if (s) {
    if (!$onlyKeys(v, ['displayName', 'memberId'])) return false;
  }
  return true;
}

function $checkChatThreadMember(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'displayName', v['displayName']);
    $checkStringProperty(e, p, v, 'memberId', v['memberId']);
    if (s) {
      $extraKeys(e, p, v, ['displayName', 'memberId']);
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
  const errors: ValidationError[] = [];
  try {
    $checkChatThreadProperties(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as ChatThreadProperties } : { ok: false, errors };
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
  if (!$isStringProperty(v, 'topic', v['topic'], true)) return false;
  return true;
}

function $checkChatThreadProperties(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'topic', v['topic'], true);
  }
}

/**
 * Validates a CommunicationIdentifier, reporting every error.
 *
 * Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel.
 */
export function validateCommunicationIdentifier(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CommunicationIdentifier> {
  const errors: ValidationError[] = [];
  try {
    $checkCommunicationIdentifier(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as CommunicationIdentifier } : { ok: false, errors };
}

/**
 * Whether a value is a valid CommunicationIdentifier.
 *
 * Identifies a participant of a communication: an ACS user, a phone number or a Teams user. `rawId` is always present; exactly one of the kind-specific properties accompanies it. Every docs sample is an ACS user (`communicationUser`); `phoneNumber` and `microsoftTeamsUser` follow the Azure SDK's CommunicationIdentifierModel.
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
  if (!$isStringProperty(v, 'rawId', v['rawId'])) return false;
  const v1 = v['communicationUser'];
  if ($own(v, 'communicationUser', v1)) {
    if (!$isCommunicationUserIdentifier(v1, s)) return false;
  }
  const v3 = v['phoneNumber'];
  if ($own(v, 'phoneNumber', v3)) {
    if (!$isPhoneNumberIdentifier(v3, s)) return false;
  }
  const v5 = v['microsoftTeamsUser'];
  if ($own(v, 'microsoftTeamsUser', v5)) {
    if (!$isMicrosoftTeamsUserIdentifier(v5, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['rawId', 'communicationUser', 'phoneNumber', 'microsoftTeamsUser'])) return false;
  }
  return true;
}

function $checkCommunicationIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'rawId', v['rawId']);
    const v1 = v['communicationUser'];
    if ($has(e, p, v, 'communicationUser', v1)) {
      $checkCommunicationUserIdentifier(v1, p + '/communicationUser', e, s);
    }
    const v3 = v['phoneNumber'];
    if ($has(e, p, v, 'phoneNumber', v3)) {
      $checkPhoneNumberIdentifier(v3, p + '/phoneNumber', e, s);
    }
    const v5 = v['microsoftTeamsUser'];
    if ($has(e, p, v, 'microsoftTeamsUser', v5)) {
      $checkMicrosoftTeamsUserIdentifier(v5, p + '/microsoftTeamsUser', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['rawId', 'communicationUser', 'phoneNumber', 'microsoftTeamsUser']);
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
  const errors: ValidationError[] = [];
  try {
    $checkCommunicationUserIdentifier(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as CommunicationUserIdentifier }
    : { ok: false, errors };
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
  if (!$isStringProperty(v, 'id', v['id'])) return false;
  if (s) {
    if (!$onlyKeys(v, ['id'])) return false;
  }
  return true;
}

function $checkCommunicationUserIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'id', v['id']);
    if (s) {
      $extraKeys(e, p, v, ['id']);
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
  const errors: ValidationError[] = [];
  try {
    $checkMicrosoftTeamsUserIdentifier(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as MicrosoftTeamsUserIdentifier }
    : { ok: false, errors };
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
  if (!$isStringProperty(v, 'userId', v['userId'])) return false;
  if (!$isBooleanProperty(v, 'isAnonymous', v['isAnonymous'], true)) return false;
  const v1 = v['cloud'];
  if ($own(v, 'cloud', v1)) {
    if (typeof v1 !== 'string') return false;
    if (v1 !== 'public' && v1 !== 'dod' && v1 !== 'gcch') return false;
  }
  if (s) {
    if (!$onlyKeys(v, ['userId', 'isAnonymous', 'cloud'])) return false;
  }
  return true;
}

function $checkMicrosoftTeamsUserIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'userId', v['userId']);
    $checkBooleanProperty(e, p, v, 'isAnonymous', v['isAnonymous'], true);
    const v1 = v['cloud'];
    if ($has(e, p, v, 'cloud', v1)) {
      if (typeof v1 !== 'string') {
        $fail(e, p + '/cloud', 'must be a string', 'string', $type(v1));
      } else {
        if (v1 !== 'public' && v1 !== 'dod' && v1 !== 'gcch') {
          $fail(
            e,
            p + '/cloud',
            'must be one of "public" | "dod" | "gcch"',
            '"public" | "dod" | "gcch"',
            $show(v1),
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
  const errors: ValidationError[] = [];
  try {
    $checkPhoneNumberIdentifier(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as PhoneNumberIdentifier } : { ok: false, errors };
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
  if (!$isStringProperty(v, 'value', v['value'])) return false;
  if (s) {
    if (!$onlyKeys(v, ['value'])) return false;
  }
  return true;
}

function $checkPhoneNumberIdentifier(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'value', v['value']);
    if (s) {
      $extraKeys(e, p, v, ['value']);
    }
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
  const errors: ValidationError[] = [];
  try {
    $checkSmsDeliveryAttempt(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as SmsDeliveryAttempt } : { ok: false, errors };
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
  if (!$isDateTimeProperty(v, 'timestamp', v['timestamp'])) return false;
  if (!$isIntegerProperty(v, 'segmentsSucceeded', v['segmentsSucceeded'])) return false;
  if (!$isIntegerProperty(v, 'segmentsFailed', v['segmentsFailed'])) return false;
  if (s) {
    if (!$onlyKeys(v, ['timestamp', 'segmentsSucceeded', 'segmentsFailed'])) return false;
  }
  return true;
}

function $checkSmsDeliveryAttempt(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkDateTimeProperty(e, p, v, 'timestamp', v['timestamp']);
    $checkIntegerProperty(e, p, v, 'segmentsSucceeded', v['segmentsSucceeded']);
    $checkIntegerProperty(e, p, v, 'segmentsFailed', v['segmentsFailed']);
    if (s) {
      $extraKeys(e, p, v, ['timestamp', 'segmentsSucceeded', 'segmentsFailed']);
    }
  }
}

// Event data

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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMemberAddedToThreadWithUserEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMemberAddedToThreadWithUserEventData }
    : { ok: false, errors };
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
  if (!$isDateTimeProperty(v, 'time', v['time'])) return false;
  if (!$isStringProperty(v, 'addedBy', v['addedBy'])) return false;
  const v1 = v['memberAdded'];
  if (!$own(v, 'memberAdded', v1)) return false;
  if (!$isChatThreadMember(v1, s)) return false;
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'recipientId', v['recipientId'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkDateTimeProperty(e, p, v, 'time', v['time']);
    $checkStringProperty(e, p, v, 'addedBy', v['addedBy']);
    const v1 = v['memberAdded'];
    if ($has(e, p, v, 'memberAdded', v1, 'ChatThreadMember')) {
      $checkChatThreadMember(v1, p + '/memberAdded', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'recipientId', v['recipientId']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMemberRemovedFromThreadWithUserEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMemberRemovedFromThreadWithUserEventData }
    : { ok: false, errors };
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
  if (!$isDateTimeProperty(v, 'time', v['time'])) return false;
  if (!$isStringProperty(v, 'removedBy', v['removedBy'])) return false;
  const v1 = v['memberRemoved'];
  if (!$own(v, 'memberRemoved', v1)) return false;
  if (!$isChatThreadMember(v1, s)) return false;
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'recipientId', v['recipientId'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkDateTimeProperty(e, p, v, 'time', v['time']);
    $checkStringProperty(e, p, v, 'removedBy', v['removedBy']);
    const v1 = v['memberRemoved'];
    if ($has(e, p, v, 'memberRemoved', v1, 'ChatThreadMember')) {
      $checkChatThreadMember(v1, p + '/memberRemoved', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'recipientId', v['recipientId']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMessageDeletedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMessageDeletedEventData }
    : { ok: false, errors };
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
  if (!$isDateTimeProperty(v, 'deleteTime', v['deleteTime'])) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  if (!$isStringProperty(v, 'senderId', v['senderId'])) return false;
  const v1 = v['senderCommunicationIdentifier'];
  if ($own(v, 'senderCommunicationIdentifier', v1)) {
    if (!$isCommunicationIdentifier(v1, s)) return false;
  }
  if (!$isStringProperty(v, 'senderDisplayName', v['senderDisplayName'])) return false;
  if (!$isDateTimeProperty(v, 'composeTime', v['composeTime'])) return false;
  if (!$isStringProperty(v, 'type', v['type'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'recipientId', v['recipientId'])) return false;
  const v3 = v['recipientCommunicationIdentifier'];
  if ($own(v, 'recipientCommunicationIdentifier', v3)) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkDateTimeProperty(e, p, v, 'deleteTime', v['deleteTime']);
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, v, 'senderId', v['senderId']);
    const v1 = v['senderCommunicationIdentifier'];
    if ($has(e, p, v, 'senderCommunicationIdentifier', v1)) {
      $checkCommunicationIdentifier(v1, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, v, 'senderDisplayName', v['senderDisplayName']);
    $checkDateTimeProperty(e, p, v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, v, 'type', v['type']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'recipientId', v['recipientId']);
    const v3 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, v, 'recipientCommunicationIdentifier', v3)) {
      $checkCommunicationIdentifier(v3, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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

/**
 * Validates the data of a Microsoft.Communication.ChatMessageDeletedInThread event, reporting every error.
 *
 * Published when a message is deleted in  a chat thread
 */
export function validateAcsChatMessageDeletedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageDeletedInThreadEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMessageDeletedInThreadEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMessageDeletedInThreadEventData }
    : { ok: false, errors };
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
  if (!$isDateTimeProperty(v, 'deleteTime', v['deleteTime'])) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  if (!$isStringProperty(v, 'type', v['type'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'senderDisplayName', v['senderDisplayName'])) return false;
  const v1 = v['senderCommunicationIdentifier'];
  if (!$own(v, 'senderCommunicationIdentifier', v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  if (!$isDateTimeProperty(v, 'composeTime', v['composeTime'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkDateTimeProperty(e, p, v, 'deleteTime', v['deleteTime']);
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, v, 'type', v['type']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'senderDisplayName', v['senderDisplayName']);
    const v1 = v['senderCommunicationIdentifier'];
    if ($has(e, p, v, 'senderCommunicationIdentifier', v1, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v1, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMessageEditedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMessageEditedEventData }
    : { ok: false, errors };
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
  if (!$isDateTimeProperty(v, 'editTime', v['editTime'])) return false;
  if (!$isStringProperty(v, 'messageBody', v['messageBody'])) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  const v1 = v['metadata'];
  if ($own(v, 'metadata', v1)) {
    if (!$isChatMessageMetadata(v1, s)) return false;
  }
  if (!$isStringProperty(v, 'senderId', v['senderId'])) return false;
  const v3 = v['senderCommunicationIdentifier'];
  if ($own(v, 'senderCommunicationIdentifier', v3)) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  if (!$isStringProperty(v, 'senderDisplayName', v['senderDisplayName'])) return false;
  if (!$isDateTimeProperty(v, 'composeTime', v['composeTime'])) return false;
  if (!$isStringProperty(v, 'type', v['type'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'recipientId', v['recipientId'])) return false;
  const v5 = v['recipientCommunicationIdentifier'];
  if ($own(v, 'recipientCommunicationIdentifier', v5)) {
    if (!$isCommunicationIdentifier(v5, s)) return false;
  }
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkDateTimeProperty(e, p, v, 'editTime', v['editTime']);
    $checkStringProperty(e, p, v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    const v1 = v['metadata'];
    if ($has(e, p, v, 'metadata', v1)) {
      $checkChatMessageMetadata(v1, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, v, 'senderId', v['senderId']);
    const v3 = v['senderCommunicationIdentifier'];
    if ($has(e, p, v, 'senderCommunicationIdentifier', v3)) {
      $checkCommunicationIdentifier(v3, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, v, 'senderDisplayName', v['senderDisplayName']);
    $checkDateTimeProperty(e, p, v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, v, 'type', v['type']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'recipientId', v['recipientId']);
    const v5 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, v, 'recipientCommunicationIdentifier', v5)) {
      $checkCommunicationIdentifier(v5, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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

/**
 * Validates the data of a Microsoft.Communication.ChatMessageEditedInThread event, reporting every error.
 *
 * Published when a message is edited in a chat thread
 */
export function validateAcsChatMessageEditedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageEditedInThreadEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMessageEditedInThreadEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMessageEditedInThreadEventData }
    : { ok: false, errors };
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
  if (!$isDateTimeProperty(v, 'editTime', v['editTime'])) return false;
  if (!$isStringProperty(v, 'messageBody', v['messageBody'])) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  const v1 = v['metadata'];
  if ($own(v, 'metadata', v1)) {
    if (!$isChatMessageMetadata(v1, s)) return false;
  }
  if (!$isStringProperty(v, 'type', v['type'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'senderDisplayName', v['senderDisplayName'])) return false;
  const v3 = v['senderCommunicationIdentifier'];
  if (!$own(v, 'senderCommunicationIdentifier', v3)) return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  if (!$isDateTimeProperty(v, 'composeTime', v['composeTime'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkDateTimeProperty(e, p, v, 'editTime', v['editTime']);
    $checkStringProperty(e, p, v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    const v1 = v['metadata'];
    if ($has(e, p, v, 'metadata', v1)) {
      $checkChatMessageMetadata(v1, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, v, 'type', v['type']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'senderDisplayName', v['senderDisplayName']);
    const v3 = v['senderCommunicationIdentifier'];
    if ($has(e, p, v, 'senderCommunicationIdentifier', v3, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v3, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMessageReceivedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMessageReceivedEventData }
    : { ok: false, errors };
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
  if (!$isStringProperty(v, 'messageBody', v['messageBody'])) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  const v1 = v['metadata'];
  if ($own(v, 'metadata', v1)) {
    if (!$isChatMessageMetadata(v1, s)) return false;
  }
  if (!$isStringProperty(v, 'senderId', v['senderId'])) return false;
  const v3 = v['senderCommunicationIdentifier'];
  if ($own(v, 'senderCommunicationIdentifier', v3)) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  if (!$isStringProperty(v, 'senderDisplayName', v['senderDisplayName'])) return false;
  if (!$isDateTimeProperty(v, 'composeTime', v['composeTime'])) return false;
  if (!$isStringProperty(v, 'type', v['type'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'recipientId', v['recipientId'])) return false;
  const v5 = v['recipientCommunicationIdentifier'];
  if ($own(v, 'recipientCommunicationIdentifier', v5)) {
    if (!$isCommunicationIdentifier(v5, s)) return false;
  }
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkStringProperty(e, p, v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    const v1 = v['metadata'];
    if ($has(e, p, v, 'metadata', v1)) {
      $checkChatMessageMetadata(v1, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, v, 'senderId', v['senderId']);
    const v3 = v['senderCommunicationIdentifier'];
    if ($has(e, p, v, 'senderCommunicationIdentifier', v3)) {
      $checkCommunicationIdentifier(v3, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, v, 'senderDisplayName', v['senderDisplayName']);
    $checkDateTimeProperty(e, p, v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, v, 'type', v['type']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'recipientId', v['recipientId']);
    const v5 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, v, 'recipientCommunicationIdentifier', v5)) {
      $checkCommunicationIdentifier(v5, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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

/**
 * Validates the data of a Microsoft.Communication.ChatMessageReceivedInThread event, reporting every error.
 *
 * Published when a message is received in a chat thread
 */
export function validateAcsChatMessageReceivedInThreadEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsChatMessageReceivedInThreadEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatMessageReceivedInThreadEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatMessageReceivedInThreadEventData }
    : { ok: false, errors };
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
  if (!$isStringProperty(v, 'messageBody', v['messageBody'])) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  const v1 = v['metadata'];
  if ($own(v, 'metadata', v1)) {
    if (!$isChatMessageMetadata(v1, s)) return false;
  }
  if (!$isStringProperty(v, 'type', v['type'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'senderDisplayName', v['senderDisplayName'])) return false;
  const v3 = v['senderCommunicationIdentifier'];
  if (!$own(v, 'senderCommunicationIdentifier', v3)) return false;
  if (!$isCommunicationIdentifier(v3, s)) return false;
  if (!$isDateTimeProperty(v, 'composeTime', v['composeTime'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkStringProperty(e, p, v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    const v1 = v['metadata'];
    if ($has(e, p, v, 'metadata', v1)) {
      $checkChatMessageMetadata(v1, p + '/metadata', e, s);
    }
    $checkStringProperty(e, p, v, 'type', v['type']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'senderDisplayName', v['senderDisplayName']);
    const v3 = v['senderCommunicationIdentifier'];
    if ($has(e, p, v, 'senderCommunicationIdentifier', v3, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v3, p + '/senderCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'composeTime', v['composeTime']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatParticipantAddedToThreadWithUserEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatParticipantAddedToThreadWithUserEventData }
    : { ok: false, errors };
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
  if (!$isDateTimeProperty(v, 'time', v['time'])) return false;
  const v1 = v['addedByCommunicationIdentifier'];
  if (!$own(v, 'addedByCommunicationIdentifier', v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  const v3 = v['participantAdded'];
  if (!$own(v, 'participantAdded', v3)) return false;
  if (!$isChatParticipant(v3, s)) return false;
  const v5 = v['recipientCommunicationIdentifier'];
  if (!$own(v, 'recipientCommunicationIdentifier', v5)) return false;
  if (!$isCommunicationIdentifier(v5, s)) return false;
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkDateTimeProperty(e, p, v, 'time', v['time']);
    const v1 = v['addedByCommunicationIdentifier'];
    if ($has(e, p, v, 'addedByCommunicationIdentifier', v1, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v1, p + '/addedByCommunicationIdentifier', e, s);
    }
    const v3 = v['participantAdded'];
    if ($has(e, p, v, 'participantAdded', v3, 'ChatParticipant')) {
      $checkChatParticipant(v3, p + '/participantAdded', e, s);
    }
    const v5 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, v, 'recipientCommunicationIdentifier', v5, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v5, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatParticipantRemovedFromThreadWithUserEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatParticipantRemovedFromThreadWithUserEventData }
    : { ok: false, errors };
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
  if (!$isDateTimeProperty(v, 'time', v['time'])) return false;
  const v1 = v['removedByCommunicationIdentifier'];
  if (!$own(v, 'removedByCommunicationIdentifier', v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  const v3 = v['participantRemoved'];
  if (!$own(v, 'participantRemoved', v3)) return false;
  if (!$isChatParticipant(v3, s)) return false;
  const v5 = v['recipientCommunicationIdentifier'];
  if (!$own(v, 'recipientCommunicationIdentifier', v5)) return false;
  if (!$isCommunicationIdentifier(v5, s)) return false;
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkDateTimeProperty(e, p, v, 'time', v['time']);
    const v1 = v['removedByCommunicationIdentifier'];
    if ($has(e, p, v, 'removedByCommunicationIdentifier', v1, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v1, p + '/removedByCommunicationIdentifier', e, s);
    }
    const v3 = v['participantRemoved'];
    if ($has(e, p, v, 'participantRemoved', v3, 'ChatParticipant')) {
      $checkChatParticipant(v3, p + '/participantRemoved', e, s);
    }
    const v5 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, v, 'recipientCommunicationIdentifier', v5, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v5, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadCreatedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadCreatedEventData }
    : { ok: false, errors };
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
  const v1 = v['createdByCommunicationIdentifier'];
  if (!$own(v, 'createdByCommunicationIdentifier', v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  const v3 = v['properties'];
  if (!$own(v, 'properties', v3)) return false;
  if (!$isChatThreadProperties(v3, s)) return false;
  const v5 = v['participants'];
  if (!$own(v, 'participants', v5)) return false;
  if (!Array.isArray(v5)) return false;
  const a6 = v5 as unknown[];
  for (let i7 = 0; i7 < a6.length; i7++) {
    const v8 = a6[i7];
    if (!$isChatParticipant(v8, s)) return false;
  }
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsChatThreadCreatedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const v1 = v['createdByCommunicationIdentifier'];
    if ($has(e, p, v, 'createdByCommunicationIdentifier', v1, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v1, p + '/createdByCommunicationIdentifier', e, s);
    }
    const v3 = v['properties'];
    if ($has(e, p, v, 'properties', v3, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v3, p + '/properties', e, s);
    }
    const v5 = v['participants'];
    if ($has(e, p, v, 'participants', v5, 'ChatParticipant[]')) {
      if (!Array.isArray(v5)) {
        $fail(e, p + '/participants', 'must be an array', 'array', $type(v5));
      } else {
        const a6 = v5 as unknown[];
        for (let i7 = 0; i7 < a6.length; i7++) {
          const v8 = a6[i7];
          $checkChatParticipant(v8, p + '/participants/' + i7, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'createdByCommunicationIdentifier',
        'properties',
        'participants',
        'createTime',
        'version',
        'transactionId',
        'threadId',
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadCreatedWithUserEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadCreatedWithUserEventData }
    : { ok: false, errors };
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
  if (!$isStringProperty(v, 'createdBy', v['createdBy'])) return false;
  const v1 = v['createdByCommunicationIdentifier'];
  if ($own(v, 'createdByCommunicationIdentifier', v1)) {
    if (!$isCommunicationIdentifier(v1, s)) return false;
  }
  const v3 = v['properties'];
  if (!$own(v, 'properties', v3)) return false;
  if (!$isChatThreadProperties(v3, s)) return false;
  const v5 = v['members'];
  if (!$own(v, 'members', v5)) return false;
  if (!Array.isArray(v5)) return false;
  const a6 = v5 as unknown[];
  for (let i7 = 0; i7 < a6.length; i7++) {
    const v8 = a6[i7];
    if (!$isChatThreadMember(v8, s)) return false;
  }
  const v10 = v['participants'];
  if ($own(v, 'participants', v10)) {
    if (!Array.isArray(v10)) return false;
    const a11 = v10 as unknown[];
    for (let i12 = 0; i12 < a11.length; i12++) {
      const v13 = a11[i12];
      if (!$isChatParticipant(v13, s)) return false;
    }
  }
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'recipientId', v['recipientId'])) return false;
  const v15 = v['recipientCommunicationIdentifier'];
  if ($own(v, 'recipientCommunicationIdentifier', v15)) {
    if (!$isCommunicationIdentifier(v15, s)) return false;
  }
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkStringProperty(e, p, v, 'createdBy', v['createdBy']);
    const v1 = v['createdByCommunicationIdentifier'];
    if ($has(e, p, v, 'createdByCommunicationIdentifier', v1)) {
      $checkCommunicationIdentifier(v1, p + '/createdByCommunicationIdentifier', e, s);
    }
    const v3 = v['properties'];
    if ($has(e, p, v, 'properties', v3, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v3, p + '/properties', e, s);
    }
    const v5 = v['members'];
    if ($has(e, p, v, 'members', v5, 'ChatThreadMember[]')) {
      if (!Array.isArray(v5)) {
        $fail(e, p + '/members', 'must be an array', 'array', $type(v5));
      } else {
        const a6 = v5 as unknown[];
        for (let i7 = 0; i7 < a6.length; i7++) {
          const v8 = a6[i7];
          $checkChatThreadMember(v8, p + '/members/' + i7, e, s);
        }
      }
    }
    const v10 = v['participants'];
    if ($has(e, p, v, 'participants', v10)) {
      if (!Array.isArray(v10)) {
        $fail(e, p + '/participants', 'must be an array', 'array', $type(v10));
      } else {
        const a11 = v10 as unknown[];
        for (let i12 = 0; i12 < a11.length; i12++) {
          const v13 = a11[i12];
          $checkChatParticipant(v13, p + '/participants/' + i12, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'recipientId', v['recipientId']);
    const v15 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, v, 'recipientCommunicationIdentifier', v15)) {
      $checkCommunicationIdentifier(v15, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadDeletedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadDeletedEventData }
    : { ok: false, errors };
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
  const v1 = v['deletedByCommunicationIdentifier'];
  if (!$own(v, 'deletedByCommunicationIdentifier', v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  if (!$isDateTimeProperty(v, 'deleteTime', v['deleteTime'])) return false;
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    const v1 = v['deletedByCommunicationIdentifier'];
    if ($has(e, p, v, 'deletedByCommunicationIdentifier', v1, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v1, p + '/deletedByCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'deleteTime', v['deleteTime']);
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadParticipantAddedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadParticipantAddedEventData }
    : { ok: false, errors };
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
  if (!$isDateTimeProperty(v, 'time', v['time'])) return false;
  const v1 = v['addedByCommunicationIdentifier'];
  if (!$own(v, 'addedByCommunicationIdentifier', v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  const v3 = v['participantAdded'];
  if (!$own(v, 'participantAdded', v3)) return false;
  if (!$isChatParticipant(v3, s)) return false;
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkDateTimeProperty(e, p, v, 'time', v['time']);
    const v1 = v['addedByCommunicationIdentifier'];
    if ($has(e, p, v, 'addedByCommunicationIdentifier', v1, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v1, p + '/addedByCommunicationIdentifier', e, s);
    }
    const v3 = v['participantAdded'];
    if ($has(e, p, v, 'participantAdded', v3, 'ChatParticipant')) {
      $checkChatParticipant(v3, p + '/participantAdded', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadParticipantRemovedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadParticipantRemovedEventData }
    : { ok: false, errors };
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
  if (!$isDateTimeProperty(v, 'time', v['time'])) return false;
  const v1 = v['removedByCommunicationIdentifier'];
  if (!$own(v, 'removedByCommunicationIdentifier', v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  const v3 = v['participantRemoved'];
  if (!$own(v, 'participantRemoved', v3)) return false;
  if (!$isChatParticipant(v3, s)) return false;
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkDateTimeProperty(e, p, v, 'time', v['time']);
    const v1 = v['removedByCommunicationIdentifier'];
    if ($has(e, p, v, 'removedByCommunicationIdentifier', v1, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v1, p + '/removedByCommunicationIdentifier', e, s);
    }
    const v3 = v['participantRemoved'];
    if ($has(e, p, v, 'participantRemoved', v3, 'ChatParticipant')) {
      $checkChatParticipant(v3, p + '/participantRemoved', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadPropertiesUpdatedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadPropertiesUpdatedEventData }
    : { ok: false, errors };
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
  const v1 = v['editedByCommunicationIdentifier'];
  if (!$own(v, 'editedByCommunicationIdentifier', v1)) return false;
  if (!$isCommunicationIdentifier(v1, s)) return false;
  if (!$isDateTimeProperty(v, 'editTime', v['editTime'])) return false;
  const v3 = v['properties'];
  if (!$own(v, 'properties', v3)) return false;
  if (!$isChatThreadProperties(v3, s)) return false;
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    const v1 = v['editedByCommunicationIdentifier'];
    if ($has(e, p, v, 'editedByCommunicationIdentifier', v1, 'CommunicationIdentifier')) {
      $checkCommunicationIdentifier(v1, p + '/editedByCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'editTime', v['editTime']);
    const v3 = v['properties'];
    if ($has(e, p, v, 'properties', v3, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v3, p + '/properties', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
    if (s) {
      $extraKeys(e, p, v, [
        'editedByCommunicationIdentifier',
        'editTime',
        'properties',
        'createTime',
        'version',
        'transactionId',
        'threadId',
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadPropertiesUpdatedPerUserEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadPropertiesUpdatedPerUserEventData }
    : { ok: false, errors };
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
  if (!$isStringProperty(v, 'editedBy', v['editedBy'])) return false;
  const v1 = v['editedByCommunicationIdentifier'];
  if ($own(v, 'editedByCommunicationIdentifier', v1)) {
    if (!$isCommunicationIdentifier(v1, s)) return false;
  }
  if (!$isDateTimeProperty(v, 'editTime', v['editTime'])) return false;
  const v3 = v['properties'];
  if (!$own(v, 'properties', v3)) return false;
  if (!$isChatThreadProperties(v3, s)) return false;
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'recipientId', v['recipientId'])) return false;
  const v5 = v['recipientCommunicationIdentifier'];
  if ($own(v, 'recipientCommunicationIdentifier', v5)) {
    if (!$isCommunicationIdentifier(v5, s)) return false;
  }
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkStringProperty(e, p, v, 'editedBy', v['editedBy']);
    const v1 = v['editedByCommunicationIdentifier'];
    if ($has(e, p, v, 'editedByCommunicationIdentifier', v1)) {
      $checkCommunicationIdentifier(v1, p + '/editedByCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'editTime', v['editTime']);
    const v3 = v['properties'];
    if ($has(e, p, v, 'properties', v3, 'ChatThreadProperties')) {
      $checkChatThreadProperties(v3, p + '/properties', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'recipientId', v['recipientId']);
    const v5 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, v, 'recipientCommunicationIdentifier', v5)) {
      $checkCommunicationIdentifier(v5, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsChatThreadWithUserDeletedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsChatThreadWithUserDeletedEventData }
    : { ok: false, errors };
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
  if (!$isStringProperty(v, 'deletedBy', v['deletedBy'])) return false;
  const v1 = v['deletedByCommunicationIdentifier'];
  if ($own(v, 'deletedByCommunicationIdentifier', v1)) {
    if (!$isCommunicationIdentifier(v1, s)) return false;
  }
  if (!$isDateTimeProperty(v, 'deleteTime', v['deleteTime'])) return false;
  if (!$isDateTimeProperty(v, 'createTime', v['createTime'])) return false;
  if (!$isIntegerProperty(v, 'version', v['version'])) return false;
  if (!$isStringProperty(v, 'recipientId', v['recipientId'])) return false;
  const v3 = v['recipientCommunicationIdentifier'];
  if ($own(v, 'recipientCommunicationIdentifier', v3)) {
    if (!$isCommunicationIdentifier(v3, s)) return false;
  }
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'threadId', v['threadId'])) return false;
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
    $checkStringProperty(e, p, v, 'deletedBy', v['deletedBy']);
    const v1 = v['deletedByCommunicationIdentifier'];
    if ($has(e, p, v, 'deletedByCommunicationIdentifier', v1)) {
      $checkCommunicationIdentifier(v1, p + '/deletedByCommunicationIdentifier', e, s);
    }
    $checkDateTimeProperty(e, p, v, 'deleteTime', v['deleteTime']);
    $checkDateTimeProperty(e, p, v, 'createTime', v['createTime']);
    $checkIntegerProperty(e, p, v, 'version', v['version']);
    $checkStringProperty(e, p, v, 'recipientId', v['recipientId']);
    const v3 = v['recipientCommunicationIdentifier'];
    if ($has(e, p, v, 'recipientCommunicationIdentifier', v3)) {
      $checkCommunicationIdentifier(v3, p + '/recipientCommunicationIdentifier', e, s);
    }
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'threadId', v['threadId']);
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
 * Validates the data of a Microsoft.Communication.InstantMessageDeleted event, reporting every error.
 *
 * Published when a chat instant message is deleted by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageDeleted; see Microsoft.Communication.ChatMessageDeleted.
 */
export function validateAcsInstantMessageDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsInstantMessageDeletedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsInstantMessageDeletedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsInstantMessageDeletedEventData }
    : { ok: false, errors };
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
  if (!$isStringProperty(v, 'messageBody', v['messageBody'])) return false;
  if (!$isStringProperty(v, 'version', v['version'])) return false;
  if (!$isDateTimeProperty(v, 'composeTime', v['composeTime'])) return false;
  if (!$isDateTimeProperty(v, 'deleteTime', v['deleteTime'])) return false;
  if (!$isStringProperty(v, 'senderId', v['senderId'])) return false;
  if (!$isStringProperty(v, 'senderDisplayName', v['senderDisplayName'])) return false;
  if (!$isStringProperty(v, 'recipientId', v['recipientId'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'groupId', v['groupId'])) return false;
  if (!$isStringProperty(v, 'collapseId', v['collapseId'])) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  if (!$isStringProperty(v, 'messageType', v['messageType'])) return false;
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
    $checkStringProperty(e, p, v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, v, 'version', v['version']);
    $checkDateTimeProperty(e, p, v, 'composeTime', v['composeTime']);
    $checkDateTimeProperty(e, p, v, 'deleteTime', v['deleteTime']);
    $checkStringProperty(e, p, v, 'senderId', v['senderId']);
    $checkStringProperty(e, p, v, 'senderDisplayName', v['senderDisplayName']);
    $checkStringProperty(e, p, v, 'recipientId', v['recipientId']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'groupId', v['groupId']);
    $checkStringProperty(e, p, v, 'collapseId', v['collapseId']);
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, v, 'messageType', v['messageType']);
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

/**
 * Validates the data of a Microsoft.Communication.InstantMessageEdited event, reporting every error.
 *
 * Published when a chat instant message is edited by a Communication Services user.
 *
 * @deprecated The service no longer sends Microsoft.Communication.InstantMessageEdited; see Microsoft.Communication.ChatMessageEdited.
 */
export function validateAcsInstantMessageEditedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsInstantMessageEditedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsInstantMessageEditedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsInstantMessageEditedEventData }
    : { ok: false, errors };
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
  if (!$isStringProperty(v, 'messageBody', v['messageBody'])) return false;
  if (!$isStringProperty(v, 'version', v['version'])) return false;
  if (!$isDateTimeProperty(v, 'composeTime', v['composeTime'])) return false;
  if (!$isDateTimeProperty(v, 'editTime', v['editTime'])) return false;
  if (!$isStringProperty(v, 'senderId', v['senderId'])) return false;
  if (!$isStringProperty(v, 'senderDisplayName', v['senderDisplayName'])) return false;
  if (!$isStringProperty(v, 'recipientId', v['recipientId'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'groupId', v['groupId'])) return false;
  if (!$isStringProperty(v, 'collapseId', v['collapseId'])) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  if (!$isStringProperty(v, 'messageType', v['messageType'])) return false;
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
    $checkStringProperty(e, p, v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, v, 'version', v['version']);
    $checkDateTimeProperty(e, p, v, 'composeTime', v['composeTime']);
    $checkDateTimeProperty(e, p, v, 'editTime', v['editTime']);
    $checkStringProperty(e, p, v, 'senderId', v['senderId']);
    $checkStringProperty(e, p, v, 'senderDisplayName', v['senderDisplayName']);
    $checkStringProperty(e, p, v, 'recipientId', v['recipientId']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'groupId', v['groupId']);
    $checkStringProperty(e, p, v, 'collapseId', v['collapseId']);
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, v, 'messageType', v['messageType']);
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
  const errors: ValidationError[] = [];
  try {
    $checkAcsInstantMessageReceivedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsInstantMessageReceivedEventData }
    : { ok: false, errors };
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
  if (!$isStringProperty(v, 'messageBody', v['messageBody'])) return false;
  if (!$isStringProperty(v, 'senderId', v['senderId'])) return false;
  if (!$isStringProperty(v, 'senderDisplayName', v['senderDisplayName'])) return false;
  if (!$isStringProperty(v, 'recipientId', v['recipientId'])) return false;
  if (!$isStringProperty(v, 'transactionId', v['transactionId'])) return false;
  if (!$isStringProperty(v, 'groupId', v['groupId'])) return false;
  if (!$isStringProperty(v, 'collapseId', v['collapseId'])) return false;
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  if (!$isStringProperty(v, 'messageType', v['messageType'])) return false;
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
    $checkStringProperty(e, p, v, 'messageBody', v['messageBody']);
    $checkStringProperty(e, p, v, 'senderId', v['senderId']);
    $checkStringProperty(e, p, v, 'senderDisplayName', v['senderDisplayName']);
    $checkStringProperty(e, p, v, 'recipientId', v['recipientId']);
    $checkStringProperty(e, p, v, 'transactionId', v['transactionId']);
    $checkStringProperty(e, p, v, 'groupId', v['groupId']);
    $checkStringProperty(e, p, v, 'collapseId', v['collapseId']);
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, v, 'messageType', v['messageType']);
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
 * Validates the data of a Microsoft.Communication.SMSDeliveryReportReceived event, reporting every error.
 *
 * Published when a delivery report is received for an SMS sent by the Communication Service.
 */
export function validateAcsSmsDeliveryReportReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsSmsDeliveryReportReceivedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsSmsDeliveryReportReceivedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0
    ? { ok: true, value: value as AcsSmsDeliveryReportReceivedEventData }
    : { ok: false, errors };
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
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  if (!$isStringProperty(v, 'from', v['from'])) return false;
  if (!$isStringProperty(v, 'to', v['to'])) return false;
  if (!$isStringProperty(v, 'deliveryStatus', v['deliveryStatus'])) return false;
  if (!$isStringProperty(v, 'deliveryStatusDetails', v['deliveryStatusDetails'])) return false;
  const v1 = v['deliveryAttempts'];
  if (!$own(v, 'deliveryAttempts', v1)) return false;
  if (!Array.isArray(v1)) return false;
  const a2 = v1 as unknown[];
  for (let i3 = 0; i3 < a2.length; i3++) {
    const v4 = a2[i3];
    if (!$isSmsDeliveryAttempt(v4, s)) return false;
  }
  if (!$isDateTimeProperty(v, 'receivedTimestamp', v['receivedTimestamp'], true)) return false;
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
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, v, 'from', v['from']);
    $checkStringProperty(e, p, v, 'to', v['to']);
    $checkStringProperty(e, p, v, 'deliveryStatus', v['deliveryStatus']);
    $checkStringProperty(e, p, v, 'deliveryStatusDetails', v['deliveryStatusDetails']);
    const v1 = v['deliveryAttempts'];
    if ($has(e, p, v, 'deliveryAttempts', v1, 'SmsDeliveryAttempt[]')) {
      if (!Array.isArray(v1)) {
        $fail(e, p + '/deliveryAttempts', 'must be an array', 'array', $type(v1));
      } else {
        const a2 = v1 as unknown[];
        for (let i3 = 0; i3 < a2.length; i3++) {
          const v4 = a2[i3];
          $checkSmsDeliveryAttempt(v4, p + '/deliveryAttempts/' + i3, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, v, 'receivedTimestamp', v['receivedTimestamp'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'messageId',
        'from',
        'to',
        'deliveryStatus',
        'deliveryStatusDetails',
        'deliveryAttempts',
        'receivedTimestamp',
      ]);
    }
  }
}

/**
 * Validates the data of a Microsoft.Communication.SMSReceived event, reporting every error.
 *
 * Published when an SMS is received by a phone number associated with the Communication Service.
 */
export function validateAcsSmsReceivedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsSmsReceivedEventData> {
  const errors: ValidationError[] = [];
  try {
    $checkAcsSmsReceivedEventData(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as AcsSmsReceivedEventData } : { ok: false, errors };
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
  if (!$isStringProperty(v, 'messageId', v['messageId'])) return false;
  if (!$isStringProperty(v, 'from', v['from'])) return false;
  if (!$isStringProperty(v, 'to', v['to'])) return false;
  if (!$isStringProperty(v, 'message', v['message'])) return false;
  if (!$isDateTimeProperty(v, 'receivedTimestamp', v['receivedTimestamp'])) return false;
  if (s) {
    if (!$onlyKeys(v, ['messageId', 'from', 'to', 'message', 'receivedTimestamp'])) return false;
  }
  return true;
}

function $checkAcsSmsReceivedEventData(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'messageId', v['messageId']);
    $checkStringProperty(e, p, v, 'from', v['from']);
    $checkStringProperty(e, p, v, 'to', v['to']);
    $checkStringProperty(e, p, v, 'message', v['message']);
    $checkDateTimeProperty(e, p, v, 'receivedTimestamp', v['receivedTimestamp']);
    if (s) {
      $extraKeys(e, p, v, ['messageId', 'from', 'to', 'message', 'receivedTimestamp']);
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
  const errors: ValidationError[] = [];
  try {
    $checkEventGridEvent(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as EventGridEvent } : { ok: false, errors };
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
  const errors: ValidationError[] = [];
  try {
    $checkCloudEvent(value, '', errors, options?.strict === true);
  } catch {
    errors.push($crash());
  }
  return errors.length === 0 ? { ok: true, value: value as CloudEvent } : { ok: false, errors };
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

// Lookup by event type

/** The data validator of every event type. */
export const dataValidators: {
  readonly [K in AcsEventType]: (
    value: unknown,
    options?: ValidateOptions,
  ) => ValidationResult<AcsEventDataMap[K]>;
} = /* @__PURE__ */ $nullProto({
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
  'Microsoft.Communication.InstantMessageDeleted': validateAcsInstantMessageDeletedEventData,
  'Microsoft.Communication.InstantMessageEdited': validateAcsInstantMessageEditedEventData,
  'Microsoft.Communication.InstantMessageReceived': validateAcsInstantMessageReceivedEventData,
  'Microsoft.Communication.SMSDeliveryReportReceived': validateAcsSmsDeliveryReportReceivedEventData,
  'Microsoft.Communication.SMSReceived': validateAcsSmsReceivedEventData,
});

/** The data type guard of every event type. */
export const dataGuards: { readonly [K in AcsEventType]: (value: unknown) => value is AcsEventDataMap[K] } =
  /* @__PURE__ */ $nullProto({
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
    'Microsoft.Communication.InstantMessageDeleted': isAcsInstantMessageDeletedEventData,
    'Microsoft.Communication.InstantMessageEdited': isAcsInstantMessageEditedEventData,
    'Microsoft.Communication.InstantMessageReceived': isAcsInstantMessageReceivedEventData,
    'Microsoft.Communication.SMSDeliveryReportReceived': isAcsSmsDeliveryReportReceivedEventData,
    'Microsoft.Communication.SMSReceived': isAcsSmsReceivedEventData,
  });
