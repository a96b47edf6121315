// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { isEventType, parseEvents } from '@acs-toolkit/events';
import type { AcsChatMemberAddedToThreadWithUserEventData } from '@acs-toolkit/events';
import { makeAcsChatMemberAddedToThreadWithUserEvent } from '@acs-toolkit/events/fixtures';

const TYPE = 'Microsoft.Communication.ChatMemberAddedToThreadWithUser';

/** The data of every valid ChatMemberAddedToThreadWithUser event in a webhook body (text, bytes or parsed JSON). */
export function received(body: unknown): AcsChatMemberAddedToThreadWithUserEventData[] {
  const found: AcsChatMemberAddedToThreadWithUserEventData[] = [];
  for (const result of parseEvents(body)) {
    if (result.status === 'valid' && result.schema === 'eventgrid' && isEventType(result.event, TYPE)) {
      found.push(result.event.data);
    }
  }
  return found;
}

// In a test, the fixture factory makes a realistic event (the same seed gives the same event).
const event = makeAcsChatMemberAddedToThreadWithUserEvent();
console.log(received([event])[0]?.time);
