// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const acsEventTypes = [
  "Microsoft.Communication.ChatMessageReceived",
  "Microsoft.Communication.InstantMessageReceived",
  "Microsoft.Communication.SMSReceived"
];
export {
  acsEventTypes
};
