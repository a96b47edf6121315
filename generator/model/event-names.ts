import type { EventNames } from './catalog-model.ts';

/** The namespace of every ACS event type: `Microsoft.Communication.<ShortName>`. */
export const EVENT_TYPE_PREFIX = 'Microsoft.Communication.';

export function shortName(type: string): string {
  return type.startsWith(EVENT_TYPE_PREFIX) ? type.slice(EVENT_TYPE_PREFIX.length) : type;
}

/** `SMSDeliveryReportReceived` → ["SMS", "Delivery", "Report", "Received"] */
function words(name: string): string[] {
  return name.match(/[A-Z]+(?![a-z])|[A-Z][a-z0-9]*|[a-z0-9]+/g) ?? [];
}

/** Azure SDK convention: acronyms become words (`SMSReceived` → `SmsReceived`). */
export function pascalCase(name: string): string {
  return words(name)
    .map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase())
    .join('');
}

export function kebabCase(name: string): string {
  return words(name)
    .map((word) => word.toLowerCase())
    .join('-');
}

/** `SMSReceived` → `smsReceived` (acronyms become words, as in the type names). */
function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/**
 * The fixtures' exports for one docs sample: `<event in lowerCamelCase>_<sample id>` for the Event Grid
 * form, `<event>CloudEvent_<sample id>` for the CloudEvents form, the id's dashes as underscores.
 */
export function fixtureExportNames(
  short: string,
  sampleId: string,
): { eventGrid: string; cloudEvent: string } {
  const stem = camelCase(short);
  const version = sampleId.replace(/[^A-Za-z0-9]+/g, '_');
  return { eventGrid: `${stem}_${version}`, cloudEvent: `${stem}CloudEvent_${version}` };
}

export function eventNames(type: string): EventNames {
  const short = shortName(type);
  const base = `Acs${pascalCase(short)}`;
  const dataType = `${base}EventData`;
  return {
    short,
    dataType,
    eventType: `${base}Event`,
    cloudEventType: `${base}CloudEvent`,
    validator: `validate${dataType}`,
    guard: `is${dataType}`,
    factory: `make${base}Event`,
    slug: kebabCase(short),
  };
}
