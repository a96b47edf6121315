/**
 * How the REST API spec's definition names become the catalog's names: event types, chat scopes
 * and shared-definition names (categories: ../event-naming.ts, shared with the docs importer). Every naming fact of the spec importer lives here.
 *
 * Evidence: each event definition's description names its event type ("… for a
 * Microsoft.Communication.SMSReceived event"), and the docs pages under catalog/sources/docs publish
 * the same names; the importer checks the rules below against the description and reports a mismatch.
 */

/** `Acs<Name>EventData` is the data of event `Microsoft.Communication.<Name>` unless another definition extends it. */
export const EVENT_DATA = /^Acs([A-Za-z0-9]+)EventData$/;

/**
 * Renames applied to the `<Name>` of `Acs<Name>…`, first match wins: the spec abbreviates where the
 * published event types do not (`AcsSmsReceived` → `SMSReceived`, `AcsMessageReceived` →
 * `AdvancedMessageReceived`), and names two thread-level chat events after their per-user twins.
 */
const EVENT_RENAMES: readonly (readonly [RegExp, string])[] = [
  [/^ChatParticipantAddedToThread$/, 'ChatThreadParticipantAdded'],
  [/^ChatParticipantRemovedFromThread$/, 'ChatThreadParticipantRemoved'],
  [/^Sms/, 'SMS'],
  [/^Message/, 'AdvancedMessage'],
];

/** `SmsReceived` → `SMSReceived`: the event's short name for the `<Name>` of `Acs<Name>EventData`. */
export function eventShortName(specName: string): string {
  for (const [pattern, replacement] of EVENT_RENAMES)
    if (pattern.test(specName)) return specName.replace(pattern, replacement);
  return specName;
}

/**
 * Chat scope by inheritance: the per-user base carries `recipientCommunicationIdentifier` (one event per
 * recipient), the in-thread base does not (one event per thread).
 */
export const CHAT_SCOPE_BASES: Readonly<Record<string, 'user' | 'thread'>> = {
  AcsChatEventBaseProperties: 'user',
  AcsChatEventInThreadBaseProperties: 'thread',
};

/**
 * `$ref`s to files outside the spec, by their `#/definitions/<Name>` part: the spec points at the
 * communication common spec (not among the sources) for identifiers; the catalog's own
 * `CommunicationIdentifier` is the same shape (the Azure SDK's CommunicationIdentifierModel).
 */
export const EXTERNAL_DEFINITIONS: Readonly<Record<string, string>> = {
  CommunicationIdentifierModel: 'CommunicationIdentifier',
};

/** Shared definitions whose catalog name the rule below does not give. */
const DEFINITION_NAME_OVERRIDES: Readonly<Record<string, string>> = {
  // The catalog's curated ChatParticipant is this shape (docs name it so); the spec adds `metadata`.
  AcsChatThreadParticipantProperties: 'ChatParticipant',
  AcsCallingEventProperties: 'CallingEventBase',
};

/**
 * A shared definition's catalog name: the override, else without `Acs` and with the event renames;
 * `…EventData` bases become `…EventBase`, `…BaseProperties` become `…Base`, a trailing `Properties`
 * goes (`AcsSmsDeliveryAttemptProperties` → `SmsDeliveryAttempt`, `AcsRouterJobEventData` →
 * `RouterJobEventBase`, `AcsMessageMediaContent` → `AdvancedMessageMediaContent`).
 */
export function definitionName(specName: string): string {
  const override = DEFINITION_NAME_OVERRIDES[specName];
  if (override !== undefined) return override;
  const bare = specName.replace(/^Acs/, '');
  const renamed = /^Sms/.test(bare) ? bare : eventShortName(bare);
  return renamed
    .replace(/EventData$/, 'EventBase')
    .replace(/BaseProperties$/, 'Base')
    .replace(/Properties$/, '');
}
