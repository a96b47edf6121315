// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/** Every ACS event type in the catalog, sorted. */
export const acsEventTypes = [
    'Microsoft.Communication.ChatMessageReceived',
    'Microsoft.Communication.InstantMessageReceived',
    'Microsoft.Communication.SMSReceived',
];
