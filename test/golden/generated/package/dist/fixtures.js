// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { toCloudEvent } from "./support/envelopes.js";
import {
  DEFAULT_SEED
} from "./support/fixture-building.js";
function makeCloudEvent(event, options) {
  return toCloudEvent(event, options);
}
import {
  makeAcsChatMessageReceivedEvent,
  chatMessageReceived_2020_09,
  chatMessageReceivedCloudEvent_2020_09,
  chatMessageReceived_2021_02,
  chatMessageReceivedCloudEvent_2021_02,
  chatMessageReceived_2021_10,
  chatMessageReceivedCloudEvent_2021_10
} from "./fixtures/events/chat-message-received.js";
import {
  makeAcsInstantMessageReceivedEvent,
  instantMessageReceived_2020_03,
  instantMessageReceivedCloudEvent_2020_03
} from "./fixtures/events/instant-message-received.js";
import {
  makeAcsSmsReceivedEvent,
  smsReceived_2020_03,
  smsReceivedCloudEvent_2020_03,
  smsReceived_2020_09,
  smsReceivedCloudEvent_2020_09,
  smsReceived_2021_02,
  smsReceivedCloudEvent_2021_02
} from "./fixtures/events/sms-received.js";
import { factories, fixtureList, fixtures, invalidVariants } from "./fixtures/lookup.js";
export {
  DEFAULT_SEED,
  chatMessageReceivedCloudEvent_2020_09,
  chatMessageReceivedCloudEvent_2021_02,
  chatMessageReceivedCloudEvent_2021_10,
  chatMessageReceived_2020_09,
  chatMessageReceived_2021_02,
  chatMessageReceived_2021_10,
  factories,
  fixtureList,
  fixtures,
  instantMessageReceivedCloudEvent_2020_03,
  instantMessageReceived_2020_03,
  invalidVariants,
  makeAcsChatMessageReceivedEvent,
  makeAcsInstantMessageReceivedEvent,
  makeAcsSmsReceivedEvent,
  makeCloudEvent,
  smsReceivedCloudEvent_2020_03,
  smsReceivedCloudEvent_2020_09,
  smsReceivedCloudEvent_2021_02,
  smsReceived_2020_03,
  smsReceived_2020_09,
  smsReceived_2021_02
};
