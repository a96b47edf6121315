// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * Dead-letter records as Event Grid writes them to a dead-letter container: the event as delivered,
 * plus `deadLetterReason`, `deliveryAttempts`, `lastDeliveryOutcome`, `lastHttpStatusCode` (absent
 * when no response came), `publishTime` and `lastDeliveryAttemptTime`. The simulator writes one JSON
 * file per event into a folder.
 */
import type { DeadLetterReason } from './delivery-policy.js';

export interface DeadLetterFacts {
  reason: DeadLetterReason;
  attempts: number;
  lastOutcome: string;
  lastStatus?: number;
  publishTime: string;
  lastAttemptTime: string;
}

export function deadLetterRecord(event: unknown, facts: DeadLetterFacts): Record<string, unknown> {
  const fields = typeof event === 'object' && event !== null && !Array.isArray(event) ? event : { event };
  return {
    ...fields,
    deadLetterReason: facts.reason,
    deliveryAttempts: facts.attempts,
    lastDeliveryOutcome: facts.lastOutcome,
    ...(facts.lastStatus === undefined ? {} : { lastHttpStatusCode: facts.lastStatus }),
    publishTime: facts.publishTime,
    lastDeliveryAttemptTime: facts.lastAttemptTime,
  };
}

/**
 * `<sequence>-<event id>.json`: the sequence (in dead-letter order, zero-padded) keeps files apart
 * when ids repeat; characters a file name cannot hold become `_`.
 */
export function deadLetterFileName(sequence: number, event: unknown): string {
  const id =
    typeof event === 'object' && event !== null && 'id' in event && typeof event.id === 'string'
      ? event.id
      : 'event';
  const safe = id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100);
  return `${String(sequence).padStart(6, '0')}-${safe}.json`;
}
