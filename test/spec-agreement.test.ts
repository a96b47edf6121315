import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { differenceProperty, specDifferences } from '../generator/import/spec/spec-agreement.ts';
import type { Diagnostic } from '../generator/model/diagnostic.ts';

const PROPERTY_CASES: [message: string, property: string | undefined][] = [
  ['required: deleteTime: spec: optional; catalog: required (spec …)', 'deleteTime'],
  ['missing-field: details[].code: spec has code: string; the catalog lacks it', 'code'],
  ['type: deliveryStatusDetails.statusMessage: spec: string; catalog: integer', 'statusMessage'],
  ['format: version: spec: int64; catalog: (none)', 'version'],
  ['enum [Read] and x-ms-enum.values [read] differ in casing', undefined],
];

for (const [message, property] of PROPERTY_CASES) {
  test(`differenceProperty(${JSON.stringify(message.slice(0, 40))}) is ${String(property)}`, () => {
    assert.is(differenceProperty(message), property);
  });
}

const event = (
  errata: string,
  sampleErrata = '',
  kind = 'required',
) => `type: Microsoft.Communication.SMSReceived
errata:
  - id: e1
    kind: ${kind}
    wrong: ${errata}
  - id: e2
    kind: typo
    wrong: the docs spell receivedTimestamp wrong
samples:
  - source: { document: x, line: 1 }
    errata:
      - id: s1
        kind: casing
        wrong: ${sampleErrata || 'nothing'}
`;
const CATALOG = {
  'events/sms/SMSReceived.yaml': event('the spec requires segmentCount; older samples lack it', 'Tag vs tag'),
  'events/sms/SMSDeliveryReportReceived.yaml': event(
    'nothing about the attempts but SmsDeliveryAttempt.segmentsFailed, and AcsRouterQueueDetails.name',
    '',
    'missing-field',
  ),
  'definitions.yaml': 'definitions: {}\n',
};
const warning = (
  file: string,
  message: string,
  severity: Diagnostic['severity'] = 'warning',
  path?: string,
): Diagnostic => ({
  file,
  line: 1,
  column: 1,
  ...(path === undefined ? {} : { path }),
  message,
  severity,
});
const onDefinition = (name: string, message: string) =>
  warning('definitions.yaml', message, 'warning', `definitions.${name}.schema.properties.x`);

const RECORD_CASES: [what: string, diagnostic: Diagnostic, recorded: boolean | 'ignored'][] = [
  [
    'an event erratum naming the property',
    warning('events/sms/SMSReceived.yaml', 'required: segmentCount: …'),
    true,
  ],
  [
    'a sample erratum naming the property',
    warning('events/sms/SMSReceived.yaml', 'missing-field: tag: …'),
    true,
  ],
  [
    'a name only inside a longer word does not count',
    warning('events/sms/SMSReceived.yaml', 'required: segment: …'),
    false,
  ],
  ['no erratum names it', warning('events/sms/SMSReceived.yaml', 'required: transactionId: …'), false],
  [
    'an erratum of another kind (a typo) naming the property does not count',
    warning('events/sms/SMSReceived.yaml', 'required: receivedTimestamp: …'),
    false,
  ],
  [
    "another event's erratum does not excuse an event",
    warning('events/sms/SMSDeliveryReportReceived.yaml', 'missing-field: segmentCount: …'),
    false,
  ],
  [
    "a shared definition is excused by any event's erratum naming it and the property",
    onDefinition('SmsDeliveryAttempt', 'required: segmentsFailed: …'),
    true,
  ],
  [
    'a shared definition is excused by an erratum naming its spec definition and the property',
    onDefinition('RouterQueueDetails', 'required: name: … (spec AcsRouterQueueDetails at spec.json:1:1)'),
    true,
  ],
  [
    'an erratum naming the property but not the shared definition does not excuse it',
    onDefinition('RouterQueueDetails', 'required: segmentCount: …'),
    false,
  ],
  [
    'an error is not a spec difference',
    warning('events/sms/SMSReceived.yaml', 'required: x: …', 'error'),
    'ignored',
  ],
  [
    "the spec's own inconsistencies are not catalog differences",
    warning('spec.json', 'required: x: …'),
    'ignored',
  ],
];

for (const [what, diagnostic, recorded] of RECORD_CASES) {
  test(`specDifferences: ${what}`, () => {
    const found = specDifferences([diagnostic], CATALOG);
    if (recorded === 'ignored') assert.is(found.length, 0);
    else
      assert.equal(
        found.map((difference) => difference.recorded),
        [recorded],
      );
  });
}

test.run();
