// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import * as assert from 'node:assert/strict';
import { parseEvents } from '@acs-toolkit/events';
import { makeAcsChatMessageReceivedEvent, invalidVariants } from '@acs-toolkit/events/fixtures';

// A valid event, with your own values merged in; the same seed always gives the same event.
const event = makeAcsChatMessageReceivedEvent({ id: 'my-test-event' }, { seed: 7 });
assert.equal(parseEvents([event])[0]?.status, 'valid');

// Labelled broken variants: each one says what parseEvents must report, and where.
for (const variant of invalidVariants['Microsoft.Communication.ChatMessageReceived']) {
  const [result] = parseEvents([variant.event]);
  assert.equal(result?.status, variant.status, variant.name);
}
