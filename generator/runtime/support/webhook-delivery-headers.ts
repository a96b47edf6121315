/**
 * The headers Event Grid sends with every webhook delivery: `aeg-event-type` (what the request is:
 * `SubscriptionValidation`, `Notification` or `SubscriptionDeletion`), `aeg-subscription-name`,
 * `aeg-delivery-count` (attempts before this one), `aeg-data-version`, `aeg-metadata-version`.
 * Shipped in the package.
 */
import type { WebhookRequest } from './webhook-exchange.js';

export const AEG_EVENT_TYPES = ['SubscriptionValidation', 'Notification', 'SubscriptionDeletion'] as const;
export type AegEventType = (typeof AEG_EVENT_TYPES)[number];

/** What the delivery headers say; every field is absent when its header is (not every sender sets them). */
export interface DeliveryInfo {
  aegEventType?: AegEventType;
  subscriptionName?: string;
  deliveryCount?: number;
  dataVersion?: string;
  metadataVersion?: string;
}

const isAegEventType = (value: string): value is AegEventType =>
  (AEG_EVENT_TYPES as readonly string[]).includes(value);

/** The delivery headers, or a message for a value Event Grid never sends (a malformed request). */
export function readDeliveryHeaders(request: WebhookRequest): DeliveryInfo | string {
  const info: DeliveryInfo = {};
  const type = request.header('aeg-event-type')?.trim();
  if (type !== undefined) {
    const known = isAegEventType(type)
      ? type
      : AEG_EVENT_TYPES.find((name) => name.toLowerCase() === type.toLowerCase());
    if (known === undefined)
      return `aeg-event-type must be one of ${AEG_EVENT_TYPES.join(', ')}, found "${type}"`;
    info.aegEventType = known;
  }
  const count = request.header('aeg-delivery-count')?.trim();
  if (count !== undefined) {
    if (!/^\d+$/.test(count)) return `aeg-delivery-count must be a non-negative integer, found "${count}"`;
    info.deliveryCount = Number(count);
  }
  const text = (name: string) => request.header(name)?.trim() || undefined;
  const subscriptionName = text('aeg-subscription-name');
  const dataVersion = text('aeg-data-version');
  const metadataVersion = text('aeg-metadata-version');
  if (subscriptionName !== undefined) info.subscriptionName = subscriptionName;
  if (dataVersion !== undefined) info.dataVersion = dataVersion;
  if (metadataVersion !== undefined) info.metadataVersion = metadataVersion;
  return info;
}
