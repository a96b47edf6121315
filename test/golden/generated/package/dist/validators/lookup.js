// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { $nullProto } from "../support/validation.js";
import {
  validateAcsChatMessageReceivedEventData,
  isAcsChatMessageReceivedEventData
} from "./events/chat-message-received.js";
import {
  validateAcsInstantMessageReceivedEventData,
  isAcsInstantMessageReceivedEventData
} from "./events/instant-message-received.js";
import { validateAcsSmsReceivedEventData, isAcsSmsReceivedEventData } from "./events/sms-received.js";
const dataValidators = /* @__PURE__ */ $nullProto({
  "Microsoft.Communication.ChatMessageReceived": validateAcsChatMessageReceivedEventData,
  "Microsoft.Communication.InstantMessageReceived": validateAcsInstantMessageReceivedEventData,
  "Microsoft.Communication.SMSReceived": validateAcsSmsReceivedEventData
});
const dataGuards = /* @__PURE__ */ $nullProto({
  "Microsoft.Communication.ChatMessageReceived": isAcsChatMessageReceivedEventData,
  "Microsoft.Communication.InstantMessageReceived": isAcsInstantMessageReceivedEventData,
  "Microsoft.Communication.SMSReceived": isAcsSmsReceivedEventData
});
export {
  dataGuards,
  dataValidators
};
