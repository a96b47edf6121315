// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
export const AEG_EVENT_TYPES = ['SubscriptionValidation', 'Notification', 'SubscriptionDeletion'];
const isAegEventType = (value) => AEG_EVENT_TYPES.includes(value);
/** The delivery headers, or a message for a value Event Grid never sends (a malformed request). */
export function readDeliveryHeaders(request) {
    const info = {};
    const type = request.header('aeg-event-type')?.trim();
    if (type !== undefined) {
        const known = isAegEventType(type)
            ? type
            : AEG_EVENT_TYPES.find((name) => name.toLowerCase() === type.toLowerCase());
        if (known === undefined)
            return `aeg-event-type must be one of ${AEG_EVENT_TYPES.join(', ')}, found "${type}"`;
        info.aegEventType = known;
    }
    const count = request.header('aeg-delivery-count')?.trim();
    if (count !== undefined) {
        if (!/^\d+$/.test(count))
            return `aeg-delivery-count must be a non-negative integer, found "${count}"`;
        info.deliveryCount = Number(count);
    }
    const text = (name) => request.header(name)?.trim() || undefined;
    const subscriptionName = text('aeg-subscription-name');
    const dataVersion = text('aeg-data-version');
    const metadataVersion = text('aeg-metadata-version');
    if (subscriptionName !== undefined)
        info.subscriptionName = subscriptionName;
    if (dataVersion !== undefined)
        info.dataVersion = dataVersion;
    if (metadataVersion !== undefined)
        info.metadataVersion = metadataVersion;
    return info;
}
