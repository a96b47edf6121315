/** How an event type name maps to the catalog's file name, category and chat scope. */

/** `Microsoft.Communication.ChatMessageReceived` → `ChatMessageReceived` (also for misspelled namespaces). */
export function shortName(type: string): string {
  return type.slice(type.lastIndexOf('.') + 1);
}

/** Category ids (catalog/categories.yaml) by the short-name prefix of their events; first match wins. */
const CATEGORY_PREFIXES: readonly (readonly [RegExp, string])[] = [
  [/^SMS/, 'sms'],
  [/^(Chat|InstantMessage)/, 'chat'],
  [/^Recording/, 'recording'],
  [/^(Call|IncomingCall)/, 'calls'],
  [/^Email/, 'email'],
  [/^Router/, 'router'],
  [/^AdvancedMessage/, 'advanced-messaging'],
  [/^UserDisconnected$/, 'presence'],
];

/** The category an event type's short name puts it in (both importers draft new events with it). */
export function categoryOf(short: string): string | undefined {
  return CATEGORY_PREFIXES.find(([pattern]) => pattern.test(short))?.[1];
}

export function scopeOf(short: string): 'user' | 'thread' {
  return /WithUser|PerUser/.test(short) ||
    /^ChatMessage(Received|Edited|Deleted)$/.test(short) ||
    short.startsWith('InstantMessage')
    ? 'user'
    : 'thread';
}
