// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { matchesFilter, type EventSubscriptionFilter } from '@acs-toolkit/events';
import { makeAcsChatMessageDeletedEvent } from '@acs-toolkit/events/fixtures';

// The filter of an Event Grid subscription, as you would write it in its ARM template.
const filter: EventSubscriptionFilter = {
  includedEventTypes: ['Microsoft.Communication.ChatMessageDeleted'],
  subjectBeginsWith: 'thread/',
};

// Emulated locally, the way Event Grid evaluates it: would the subscription deliver this event?
console.log(matchesFilter(makeAcsChatMessageDeletedEvent(), filter)); // true
