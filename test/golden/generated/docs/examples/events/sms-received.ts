// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { isEventType, parseEvents } from '@acs-toolkit/events';
import type { AcsSmsReceivedEventData } from '@acs-toolkit/events';
import { makeAcsSmsReceivedEvent } from '@acs-toolkit/events/fixtures';

const TYPE = 'Microsoft.Communication.SMSReceived';

/** The data of every valid SMSReceived event in a webhook body (text, bytes or parsed JSON). */
export function received(body: unknown): AcsSmsReceivedEventData[] {
  const found: AcsSmsReceivedEventData[] = [];
  for (const result of parseEvents(body)) {
    if (result.status === 'valid' && result.schema === 'eventgrid' && isEventType(result.event, TYPE)) {
      found.push(result.event.data);
    }
  }
  return found;
}

// In a test, the fixture factory makes a realistic event (the same seed gives the same event).
const event = makeAcsSmsReceivedEvent();
console.log(received([event])[0]?.messageId);
