// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { isEventType, parseEvents } from '@acs-toolkit/events';
import type { AcsAdvancedMessageAnalysisCompletedEventData } from '@acs-toolkit/events';
import { makeAcsAdvancedMessageAnalysisCompletedEvent } from '@acs-toolkit/events/fixtures';

const TYPE = 'Microsoft.Communication.AdvancedMessageAnalysisCompleted';

/** The data of every valid AdvancedMessageAnalysisCompleted event in a webhook body (text, bytes or parsed JSON). */
export function received(body: unknown): AcsAdvancedMessageAnalysisCompletedEventData[] {
  const found: AcsAdvancedMessageAnalysisCompletedEventData[] = [];
  for (const result of parseEvents(body)) {
    if (result.status === 'valid' && result.schema === 'eventgrid' && isEventType(result.event, TYPE)) {
      found.push(result.event.data);
    }
  }
  return found;
}

// In a test, the fixture factory makes a realistic event (the same seed gives the same event).
const event = makeAcsAdvancedMessageAnalysisCompletedEvent();
console.log(received([event])[0]?.channelType);
