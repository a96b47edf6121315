import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  matchesFilter,
  type AdvancedFilter,
  type AdvancedFilterOperator,
  type EventSubscriptionFilter,
  validateFilter,
} from '../generator/runtime/filter.ts';

// ── Events: the docs' samples (seeds/000, 2020 page) and a chat event with filterable data ──

const smsReceived = {
  id: 'Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e',
  topic:
    '/subscriptions/50ad1522-5c2c-4d9a-a6c8-67c11ecb75b8/resourcegroups/acse2e/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
  subject: '/phonenumber/15555555555',
  data: {
    MessageId: 'Incoming_20200918002745d29ebbea-3341-4466-9690-0a03af35228e',
    From: '15555555555',
    To: '15555555555',
    Message: 'Great to connect with ACS events ',
    ReceivedTimestamp: '2020-09-18T00:27:45.32Z',
  },
  eventType: 'Microsoft.Communication.SMSReceived',
  dataVersion: '1.0',
  metadataVersion: '1',
  eventTime: '2020-09-18T00:27:47Z',
};

const smsDeliveryReport = {
  id: 'Outgoing_202009180022138813a09b-0cbf-4304-9b03-1546683bb910',
  topic:
    '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/microsoft.communication/communicationservices/{communication-services-resource-name}',
  subject: '/phonenumber/15555555555',
  data: {
    MessageId: 'Outgoing_202009180022138813a09b-0cbf-4304-9b03-1546683bb910',
    From: '15555555555',
    To: '+15555555555',
    DeliveryStatus: 'Delivered',
    DeliveryStatusDetails: 'No error.',
    ReceivedTimestamp: '2020-09-18T00:22:20.2855749Z',
    DeliveryAttempts: [
      { Timestamp: '2020-09-18T00:22:14.9315918Z', SegmentsSucceeded: 1, SegmentsFailed: 0 },
    ],
  },
  eventType: 'Microsoft.Communication.SMSDeliveryReportReceived',
  dataVersion: '1.0',
  metadataVersion: '1',
  eventTime: '2020-09-18T00:22:20Z',
};

const chat = {
  id: '02272459-badb-4e2e-b538-4cb8a2f71da6',
  topic:
    '/subscriptions/{subscription-id}/resourceGroups/{group-name}/providers/Microsoft.Communication/communicationServices/acs',
  subject: 'thread/19:abc@thread.v2/sender/8:acs:sender/recipient/8:acs:recipient',
  data: {
    messageBody: 'Welcome to Azure Communication Services',
    messageId: '1613694358927',
    senderCommunicationIdentifier: { rawId: '8:acs:sender', communicationUser: { id: '8:acs:sender' } },
    type: 'Text',
    version: 1613694358927,
    threadId: '19:abc@thread.v2',
    retries: 3,
    isEdited: false,
    deletedTime: null,
    numericString: '5',
    tags: ['red', 'Green'],
    scores: [1, 5, 10],
    flags: [true],
    mixed: ['5', 5, null],
    empty: [],
  },
  eventType: 'Microsoft.Communication.ChatMessageReceived',
  dataVersion: '1.0',
  metadataVersion: '1',
  eventTime: '2021-02-19T00:25:59.9436666Z',
};

/** The chat event as a CloudEvents 1.0 envelope. */
const chatCloud = {
  specversion: '1.0',
  id: chat.id,
  source: chat.topic,
  subject: chat.subject,
  type: chat.eventType,
  time: chat.eventTime,
  datacontenttype: 'application/json',
  data: chat.data,
};

type Case = readonly [label: string, event: unknown, filter: EventSubscriptionFilter, expected: boolean];

function table(name: string, cases: readonly Case[]): void {
  for (const [label, event, filter, expected] of cases) {
    test(`${name}: ${label}`, () => {
      assert.is(matchesFilter(event, filter), expected);
    });
  }
}

/** One advanced filter on the chat event; `values` when an array is given, else `value`. */
type AdvancedCase = readonly [
  label: string,
  key: string,
  operand: unknown,
  expected: boolean,
  arrays?: boolean,
];

function operatorTable(
  operatorType: AdvancedFilterOperator,
  cases: readonly AdvancedCase[],
  title: string = operatorType,
): void {
  table(
    title,
    cases.map(([label, key, operand, expected, arrays]): Case => {
      const advanced: AdvancedFilter = Array.isArray(operand)
        ? { operatorType, key, values: operand }
        : { operatorType, key, value: operand };
      return [
        label,
        chat,
        { advancedFilters: [advanced], enableAdvancedFilteringOnArrays: arrays ?? false },
        expected,
      ];
    }),
  );
}

// ── The docs' example filter ──────────────────────────────────────────────────────────────

const docsFilter: EventSubscriptionFilter = {
  includedEventTypes: [
    'Microsoft.Communication.SMSReceived',
    'Microsoft.Communication.SMSDeliveryReportReceived',
  ],
  subjectBeginsWith: 'phonenumber/1555',
};
const withSubject = <T extends object>(event: T, subject: string): T => ({ ...event, subject });

table('docs example filter', [
  ['SMSReceived sample: its leading "/" defeats the prefix', smsReceived, docsFilter, false],
  ['SMSDeliveryReportReceived sample: same', smsDeliveryReport, docsFilter, false],
  [
    'SMSReceived without leading slash',
    withSubject(smsReceived, 'phonenumber/15555555555'),
    docsFilter,
    true,
  ],
  [
    'SMSDeliveryReportReceived without leading slash',
    withSubject(smsDeliveryReport, 'phonenumber/15555555555'),
    docsFilter,
    true,
  ],
  [
    '"/phonenumber/1555" prefix matches the samples',
    smsReceived,
    { ...docsFilter, subjectBeginsWith: '/phonenumber/1555' },
    true,
  ],
  [
    '"/phonenumber/1555" prefix, delivery report',
    smsDeliveryReport,
    { ...docsFilter, subjectBeginsWith: '/phonenumber/1555' },
    true,
  ],
  ['chat event: type not included', chat, docsFilter, false],
  [
    'chat event even with a matching subject',
    withSubject(chat, 'phonenumber/15551234567'),
    docsFilter,
    false,
  ],
  ['other area code', withSubject(smsReceived, 'phonenumber/14255551234'), docsFilter, false],
]);

// ── includedEventTypes ────────────────────────────────────────────────────────────────────

table('includedEventTypes', [
  ['absent = all', chat, {}, true],
  ['empty = all', chat, { includedEventTypes: [] }, true],
  ['listed', chat, { includedEventTypes: ['Microsoft.Communication.ChatMessageReceived'] }, true],
  ['case-insensitive', chat, { includedEventTypes: ['microsoft.communication.CHATMESSAGERECEIVED'] }, true],
  [
    'one of several',
    chat,
    { includedEventTypes: ['X', 'Microsoft.Communication.ChatMessageReceived'] },
    true,
  ],
  ['not listed', chat, { includedEventTypes: ['Microsoft.Communication.ChatMessageEdited'] }, false],
  ['no prefix matching', chat, { includedEventTypes: ['Microsoft.Communication.ChatMessage'] }, false],
  ['event without a type', { subject: 's' }, { includedEventTypes: ['X'] }, false],
  [
    'CloudEvents: matches `type`',
    chatCloud,
    { includedEventTypes: ['Microsoft.Communication.ChatMessageReceived'] },
    true,
  ],
  [
    'CloudEvents: not listed',
    chatCloud,
    { includedEventTypes: ['Microsoft.Communication.SMSReceived'] },
    false,
  ],
  [
    'CloudEvents: `eventType` property is ignored',
    { ...chatCloud, type: 'Other', eventType: chat.eventType },
    { includedEventTypes: [chat.eventType] },
    false,
  ],
]);

// ── Subject ───────────────────────────────────────────────────────────────────────────────

table('subject', [
  ['begins with', chat, { subjectBeginsWith: 'thread/19:abc' }, true],
  ['begins with, other case', chat, { subjectBeginsWith: 'THREAD/19:ABC' }, true],
  [
    'begins with, case-sensitive, other case',
    chat,
    { subjectBeginsWith: 'THREAD/', isSubjectCaseSensitive: true },
    false,
  ],
  [
    'begins with, case-sensitive, same case',
    chat,
    { subjectBeginsWith: 'thread/', isSubjectCaseSensitive: true },
    true,
  ],
  ['begins with, no match', chat, { subjectBeginsWith: 'user/' }, false],
  ['ends with', chat, { subjectEndsWith: '/recipient/8:acs:recipient' }, true],
  ['ends with, other case', chat, { subjectEndsWith: '/RECIPIENT/8:ACS:RECIPIENT' }, true],
  [
    'ends with, case-sensitive, other case',
    chat,
    { subjectEndsWith: '/RECIPIENT/8:acs:recipient', isSubjectCaseSensitive: true },
    false,
  ],
  ['ends with, no match', chat, { subjectEndsWith: '/sender' }, false],
  ['both', chat, { subjectBeginsWith: 'thread/', subjectEndsWith: 'recipient' }, true],
  ['both, one fails', chat, { subjectBeginsWith: 'user/', subjectEndsWith: 'recipient' }, false],
  ['empty strings = no constraint', chat, { subjectBeginsWith: '', subjectEndsWith: '' }, true],
  ['missing subject, no constraint', { eventType: 'X' }, {}, true],
  [
    'missing subject, empty constraints',
    { eventType: 'X' },
    { subjectBeginsWith: '', subjectEndsWith: '' },
    true,
  ],
  ['missing subject, begins with', { eventType: 'X' }, { subjectBeginsWith: 'a' }, false],
  ['missing subject, ends with', { eventType: 'X' }, { subjectEndsWith: 'a' }, false],
  ['non-string subject', { subject: 42 }, { subjectBeginsWith: '4' }, false],
  ['CloudEvents subject', chatCloud, { subjectBeginsWith: 'thread/', subjectEndsWith: ':recipient' }, true],
]);

// ── Advanced filters, one table per operator ──────────────────────────────────────────────

operatorTable('NumberIn', [
  ['in', 'data.retries', [3], true],
  ['one of several (OR)', 'data.retries', [1, 2, 3], true],
  ['not in', 'data.retries', [1, 2], false],
  ['big number', 'data.version', [1613694358927], true],
  ['numeric string is not a number', 'data.numericString', [5], false],
  ['missing key', 'data.nope', [3], false],
  ['null value', 'data.deletedTime', [3], false],
  ['array, flag on, any element', 'data.scores', [5], true, true],
  ['array, flag on, no element', 'data.scores', [4], false, true],
  ['array, flag off', 'data.scores', [5], false],
  ['mixed array, flag on', 'data.mixed', [5], true, true],
  ['single `value` accepted', 'data.retries', 3, true],
]);

operatorTable('NumberNotIn', [
  ['not in', 'data.retries', [1, 2], true],
  ['in', 'data.retries', [3], false],
  ['in one of several', 'data.retries', [1, 3], false],
  ['missing key matches', 'data.nope', [3], true],
  ['null value matches', 'data.deletedTime', [3], true],
  ['non-number value matches', 'data.numericString', [5], true],
  ['array, flag on, no element in', 'data.scores', [2, 3], true, true],
  ['array, flag on, one element in', 'data.scores', [2, 10], false, true],
  ['empty array, flag on', 'data.empty', [1], true, true],
  ['array, flag off', 'data.scores', [2], false],
]);

operatorTable('NumberLessThan', [
  ['less', 'data.retries', 4, true],
  ['equal', 'data.retries', 3, false],
  ['greater', 'data.retries', 2, false],
  ['negative and fractional', 'data.retries', 3.5, true],
  ['non-number value', 'data.numericString', 10, false],
  ['missing key', 'data.nope', 10, false],
  ['array, flag on, any element', 'data.scores', 2, true, true],
  ['array, flag on, none', 'data.scores', 1, false, true],
  ['array, flag off', 'data.scores', 100, false],
]);

operatorTable('NumberGreaterThan', [
  ['greater', 'data.retries', 2, true],
  ['equal', 'data.retries', 3, false],
  ['less', 'data.retries', 4, false],
  ['missing key', 'data.nope', 0, false],
  ['array, flag on, any element', 'data.scores', 9, true, true],
  ['array, flag on, none', 'data.scores', 10, false, true],
]);

operatorTable('NumberLessThanOrEquals', [
  ['equal', 'data.retries', 3, true],
  ['less', 'data.retries', 4, true],
  ['greater', 'data.retries', 2, false],
  ['missing key', 'data.nope', 0, false],
  ['boolean value', 'data.isEdited', 1, false],
]);

operatorTable('NumberGreaterThanOrEquals', [
  ['equal', 'data.retries', 3, true],
  ['greater', 'data.retries', 2, true],
  ['less', 'data.retries', 4, false],
  ['missing key', 'data.nope', 0, false],
  ['array, flag on', 'data.scores', 10, true, true],
]);

operatorTable('NumberInRange', [
  ['inside', 'data.retries', [[1, 5]], true],
  ['lower bound inclusive', 'data.retries', [[3, 5]], true],
  ['upper bound inclusive', 'data.retries', [[1, 3]], true],
  ['outside', 'data.retries', [[4, 9]], false],
  [
    'one of several ranges (OR)',
    'data.retries',
    [
      [10, 20],
      [0, 3],
    ],
    true,
  ],
  ['inverted range is empty', 'data.retries', [[5, 1]], false],
  ['missing key', 'data.nope', [[0, 10]], false],
  ['non-number value', 'data.numericString', [[0, 10]], false],
  ['array, flag on, any element', 'data.scores', [[6, 20]], true, true],
  ['array, flag on, none', 'data.scores', [[2, 4]], false, true],
  ['array, flag off', 'data.scores', [[0, 100]], false],
  ['malformed pair', 'data.retries', [[1, 2, 3]], false],
  ['pair of strings', 'data.retries', [['1', '5']], false],
]);

operatorTable('NumberNotInRange', [
  ['outside', 'data.retries', [[4, 9]], true],
  ['inside', 'data.retries', [[1, 5]], false],
  ['on a bound', 'data.retries', [[3, 3]], false],
  [
    'inside one of several',
    'data.retries',
    [
      [10, 20],
      [0, 3],
    ],
    false,
  ],
  ['missing key matches', 'data.nope', [[0, 10]], true],
  ['non-number value matches', 'data.numericString', [[0, 10]], true],
  ['array, flag on, no element inside', 'data.scores', [[2, 4]], true, true],
  ['array, flag on, one element inside', 'data.scores', [[4, 6]], false, true],
  ['array, flag off', 'data.scores', [[2, 4]], false],
  ['malformed pair', 'data.retries', [[1]], false],
]);

operatorTable('BoolEquals', [
  ['equal', 'data.isEdited', false, true],
  ['not equal', 'data.isEdited', true, false],
  ['string "false" is not a boolean', 'data.type', false, false],
  ['missing key', 'data.nope', false, false],
  ['null value', 'data.deletedTime', false, false],
  ['array, flag on', 'data.flags', true, true, true],
  ['array, flag off', 'data.flags', true, false],
  ['non-boolean operand is malformed', 'data.isEdited', 'false', false],
]);

operatorTable('StringContains', [
  ['contains', 'data.messageBody', ['Azure'], true],
  ['case-insensitive', 'data.messageBody', ['AZURE communication'], true],
  ['one of several (OR)', 'data.messageBody', ['nope', 'services'], true],
  ['does not contain', 'data.messageBody', ['Teams'], false],
  ['missing key', 'data.nope', ['a'], false],
  ['number value is not a string', 'data.retries', ['3'], false],
  ['array, flag on, any element', 'data.tags', ['ree'], true, true],
  ['array, flag on, none', 'data.tags', ['blue'], false, true],
  ['array, flag off', 'data.tags', ['red'], false],
  ['non-string operand is malformed', 'data.messageBody', [3], false],
]);

operatorTable('StringNotContains', [
  ['does not contain', 'data.messageBody', ['Teams'], true],
  ['contains', 'data.messageBody', ['azure'], false],
  ['contains one of several', 'data.messageBody', ['Teams', 'AZURE'], false],
  ['missing key matches', 'data.nope', ['a'], true],
  ['null value matches', 'data.deletedTime', ['a'], true],
  ['array, flag on, no element contains', 'data.tags', ['blue'], true, true],
  ['array, flag on, one element contains', 'data.tags', ['GRE'], false, true],
  ['array, flag off', 'data.tags', ['blue'], false],
]);

operatorTable('StringBeginsWith', [
  ['begins', 'data.threadId', ['19:'], true],
  ['case-insensitive', 'data.threadId', ['19:ABC'], true],
  ['one of several', 'data.threadId', ['x', '19:'], true],
  ['does not begin', 'data.threadId', ['abc'], false],
  ['missing key', 'data.nope', ['19:'], false],
  ['array, flag on', 'data.tags', ['gr'], true, true],
]);

operatorTable('StringNotBeginsWith', [
  ['does not begin', 'data.threadId', ['abc'], true],
  ['begins', 'data.threadId', ['19:'], false],
  ['begins, other case', 'data.threadId', ['19:ABC'], false],
  ['missing key matches', 'data.nope', ['19:'], true],
  ['array, flag on, none begins', 'data.tags', ['blue'], true, true],
  ['array, flag on, one begins', 'data.tags', ['R'], false, true],
]);

operatorTable('StringEndsWith', [
  ['ends', 'data.threadId', ['@thread.v2'], true],
  ['case-insensitive', 'data.threadId', ['@THREAD.V2'], true],
  ['does not end', 'data.threadId', ['@thread.v1'], false],
  ['missing key', 'data.nope', ['x'], false],
  ['array, flag on', 'data.tags', ['EEN'], true, true],
]);

operatorTable('StringNotEndsWith', [
  ['does not end', 'data.threadId', ['@thread.v1'], true],
  ['ends', 'data.threadId', ['@thread.v2'], false],
  ['missing key matches', 'data.nope', ['x'], true],
  ['array, flag on, one ends', 'data.tags', ['d'], false, true],
]);

operatorTable('StringIn', [
  ['in', 'data.type', ['Text'], true],
  ['case-insensitive', 'data.type', ['text'], true],
  ['one of several (OR)', 'data.type', ['Html', 'TEXT'], true],
  ['not in', 'data.type', ['Html'], false],
  ['no substring matching', 'data.type', ['Tex'], false],
  ['missing key', 'data.nope', ['Text'], false],
  ['number value is not a string', 'data.retries', ['3'], false],
  ['array, flag on, any element', 'data.tags', ['green'], true, true],
  ['array, flag on, no element', 'data.tags', ['blue'], false, true],
  ['array, flag off', 'data.tags', ['red'], false],
  ['nested key', 'data.senderCommunicationIdentifier.rawId', ['8:acs:sender'], true],
  ['four-level key', 'data.senderCommunicationIdentifier.communicationUser.id', ['8:ACS:SENDER'], true],
  ['empty values is malformed', 'data.type', [], false],
]);

operatorTable('StringNotIn', [
  ['not in', 'data.type', ['Html'], true],
  ['in', 'data.type', ['Text'], false],
  ['in, other case', 'data.type', ['TEXT'], false],
  ['in one of several', 'data.type', ['Html', 'text'], false],
  ['missing key matches', 'data.nope', ['Text'], true],
  ['number value matches', 'data.retries', ['3'], true],
  ['array, flag on, no element in', 'data.tags', ['blue'], true, true],
  ['array, flag on, one element in', 'data.tags', ['RED'], false, true],
  ['empty array, flag on', 'data.empty', ['red'], true, true],
  ['array, flag off', 'data.tags', ['blue'], false],
]);

operatorTable('IsNullOrUndefined', [
  ['missing key', 'data.nope', undefined, true],
  ['missing nested key', 'data.nope.deeper', undefined, true],
  ['null value', 'data.deletedTime', undefined, true],
  ['present value', 'data.type', undefined, false],
  ['false is present', 'data.isEdited', undefined, false],
  ['array is present', 'data.empty', undefined, false],
]);

operatorTable('IsNotNull', [
  ['present value', 'data.type', undefined, true],
  ['zero/false is present', 'data.isEdited', undefined, true],
  ['array is present, flag off', 'data.tags', undefined, true],
  ['object is present', 'data.senderCommunicationIdentifier', undefined, true],
  ['null value', 'data.deletedTime', undefined, false],
  ['missing key', 'data.nope', undefined, false],
]);

// ── Keys ──────────────────────────────────────────────────────────────────────────────────

operatorTable(
  'StringIn',
  [
    ['subject', 'subject', ['thread/19:abc@thread.v2/sender/8:acs:sender/recipient/8:acs:recipient'], true],
    ['eventType', 'eventType', ['Microsoft.Communication.ChatMessageReceived'], true],
    ['id', 'id', [chat.id], true],
    ['topic', 'topic', [chat.topic], true],
    ['dataVersion', 'dataVersion', ['1.0'], true],
    [
      'PascalCase envelope key (as Azure documents it)',
      'EventType',
      ['Microsoft.Communication.ChatMessageReceived'],
      true,
    ],
    ['PascalCase data key', 'Data.ThreadId', ['19:abc@thread.v2'], true],
    ['key through a non-object', 'data.type.length', ['4'], false],
    ['key through an array is not indexed', 'data.tags.0', ['red'], false],
    ['empty key is malformed', '', ['x'], false],
    ['empty segment is malformed', 'data..type', ['Text'], false],
    ['trailing dot is malformed', 'data.', ['Text'], false],
    ['11 segments is too deep', 'data.a.b.c.d.e.f.g.h.i.j', ['x'], false],
  ],
  'keys (StringIn)',
);

table('keys in the docs samples', [
  [
    'data.messageId finds MessageId',
    smsReceived,
    { advancedFilters: [{ operatorType: 'StringBeginsWith', key: 'data.messageId', values: ['Incoming_'] }] },
    true,
  ],
  [
    'exact key wins over a case variant',
    { eventType: 'X', data: { Name: 'upper', name: 'lower' } },
    { advancedFilters: [{ operatorType: 'StringIn', key: 'data.name', values: ['lower'] }] },
    true,
  ],
  [
    'array of objects, flag on: no path into elements',
    smsDeliveryReport,
    {
      advancedFilters: [
        { operatorType: 'NumberIn', key: 'data.DeliveryAttempts.SegmentsSucceeded', values: [1] },
      ],
      enableAdvancedFilteringOnArrays: true,
    },
    false,
  ],
]);

// ── CloudEvents ───────────────────────────────────────────────────────────────────────────

const cloud = (
  key: string,
  values: unknown[],
  operatorType: AdvancedFilterOperator = 'StringIn',
): EventSubscriptionFilter => ({
  advancedFilters: [{ operatorType, key, values }],
});

table('CloudEvents', [
  ['data key', chatCloud, cloud('data.threadId', ['19:abc@thread.v2']), true],
  ['type', chatCloud, cloud('type', [chat.eventType]), true],
  ['eventType maps to type', chatCloud, cloud('eventType', [chat.eventType]), true],
  ['eventtype (Azure docs spelling) maps to type', chatCloud, cloud('eventtype', [chat.eventType]), true],
  ['eventid maps to id', chatCloud, cloud('eventid', [chat.id]), true],
  ['source', chatCloud, cloud('source', [chat.topic]), true],
  ['subject', chatCloud, cloud('subject', [chat.subject]), true],
  ['topic does not exist', chatCloud, cloud('topic', [chat.topic]), false],
  [
    'without specversion, type is just a property',
    { type: chat.eventType, data: {} },
    cloud('eventType', [chat.eventType]),
    false,
  ],
  [
    'all three parts',
    chatCloud,
    {
      includedEventTypes: [chat.eventType],
      subjectBeginsWith: 'thread/',
      advancedFilters: [{ operatorType: 'NumberGreaterThan', key: 'data.retries', value: 1 }],
    },
    true,
  ],
]);

// ── Combinations ──────────────────────────────────────────────────────────────────────────

const string = (operatorType: AdvancedFilterOperator, key: string, ...values: string[]): AdvancedFilter => ({
  operatorType,
  key,
  values,
});

table('combinations', [
  ['no advanced filters', chat, { advancedFilters: [] }, true],
  [
    'two filters, both match (AND)',
    chat,
    {
      advancedFilters: [
        string('StringIn', 'data.type', 'Text'),
        string('StringBeginsWith', 'subject', 'thread/'),
      ],
    },
    true,
  ],
  [
    'two filters, one fails (AND)',
    chat,
    {
      advancedFilters: [
        string('StringIn', 'data.type', 'Text'),
        string('StringBeginsWith', 'subject', 'user/'),
      ],
    },
    false,
  ],
  [
    'same key twice: a range',
    chat,
    {
      advancedFilters: [
        { operatorType: 'NumberGreaterThan', key: 'data.retries', value: 1 },
        { operatorType: 'NumberLessThan', key: 'data.retries', value: 5 },
      ],
    },
    true,
  ],
  [
    'event types pass, subject fails',
    chat,
    { includedEventTypes: [chat.eventType], subjectBeginsWith: 'user/' },
    false,
  ],
  [
    'event types fail, advanced passes',
    chat,
    { includedEventTypes: ['X'], advancedFilters: [string('StringIn', 'data.type', 'Text')] },
    false,
  ],
  [
    'everything passes',
    chat,
    {
      includedEventTypes: [chat.eventType],
      subjectEndsWith: 'recipient',
      advancedFilters: [string('StringNotIn', 'data.type', 'Html')],
    },
    true,
  ],
]);

// ── Malformed filters fail closed ─────────────────────────────────────────────────────────

const junkFilter = (filter: unknown): EventSubscriptionFilter => filter as EventSubscriptionFilter;
/** An operator type outside AdvancedFilterOperator, as a filter read from JSON may carry. */
const junkOperator = (operatorType: string, key: string, ...values: string[]): AdvancedFilter =>
  string(operatorType as AdvancedFilterOperator, key, ...values);

table('malformed filters', [
  ['unknown operator', chat, { advancedFilters: [junkOperator('StringLike', 'data.type', 'Text')] }, false],
  [
    'operator name is case-sensitive',
    chat,
    { advancedFilters: [junkOperator('stringin', 'data.type', 'Text')] },
    false,
  ],
  [
    'operator named constructor',
    chat,
    { advancedFilters: [junkOperator('constructor', 'data.type', 'Text')] },
    false,
  ],
  [
    'operator named __proto__',
    chat,
    { advancedFilters: [junkOperator('__proto__', 'data.type', 'Text')] },
    false,
  ],
  [
    'one bad operand among good ones',
    chat,
    { advancedFilters: [{ operatorType: 'NumberIn', key: 'data.retries', values: [3, 'x'] }] },
    false,
  ],
  [
    'NaN operand',
    chat,
    { advancedFilters: [{ operatorType: 'NumberNotIn', key: 'data.retries', values: [Number.NaN] }] },
    false,
  ],
  [
    'no operand at all',
    chat,
    { advancedFilters: [{ operatorType: 'StringNotIn', key: 'data.type' }] },
    false,
  ],
  ['non-string key', chat, junkFilter({ advancedFilters: [{ operatorType: 'IsNotNull', key: 3 }] }), false],
  ['advanced filter is not an object', chat, junkFilter({ advancedFilters: ['StringIn'] }), false],
  ['advancedFilters is not an array', chat, junkFilter({ advancedFilters: {} }), false],
  ['includedEventTypes is a string', chat, junkFilter({ includedEventTypes: chat.eventType }), false],
  ['subjectBeginsWith is a number', chat, junkFilter({ subjectBeginsWith: 1 }), false],
  [
    'null fields are absent',
    chat,
    junkFilter({ includedEventTypes: null, subjectBeginsWith: null, advancedFilters: null }),
    true,
  ],
]);

// ── Never throws ──────────────────────────────────────────────────────────────────────────

const cyclic: Record<string, unknown> = { eventType: 'X', subject: 'thread/1' };
cyclic['data'] = cyclic;
const throwingGetter = Object.defineProperty({ eventType: 'X' }, 'data', {
  enumerable: true,
  get() {
    throw new Error('boom');
  },
});
const throwingProxy = new Proxy(
  {},
  {
    get() {
      throw new Error('boom');
    },
    getOwnPropertyDescriptor() {
      throw new Error('boom');
    },
    ownKeys() {
      throw new Error('boom');
    },
  },
);
const nullPrototype = Object.assign(Object.create(null) as object, {
  eventType: 'X',
  data: { threadId: 't' },
});
const hostile = JSON.parse(
  '{"eventType":"X","data":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":"p"}}}',
) as unknown;
const inheritedData = Object.assign(Object.create({ data: { threadId: 't' } }) as object, { eventType: 'X' });

table('never throws', [
  ['null event', null, {}, false],
  ['undefined event', undefined, {}, false],
  ['number event', 42, {}, false],
  ['string event', 'Microsoft.Communication.ChatMessageReceived', {}, false],
  ['array event (a batch)', [chat], {}, false],
  ['null filter', chat, junkFilter(null), false],
  ['number filter', chat, junkFilter(7), false],
  ['cyclic event, deep key', cyclic, cloud('data.data.data.data.subject', ['thread/1']), true],
  ['cyclic event, NotIn', cyclic, cloud('data.data.eventType', ['Y'], 'StringNotIn'), true],
  [
    'throwing getter is not invoked (treated as missing)',
    throwingGetter,
    cloud('data.x', ['y'], 'IsNullOrUndefined'),
    true,
  ],
  ['throwing proxy event', throwingProxy, {}, false],
  ['throwing proxy filter', chat, junkFilter(throwingProxy), false],
  ['throwing proxy as data', { eventType: 'X', data: throwingProxy }, cloud('data.x', ['y']), false],
  ['null-prototype objects', nullPrototype, cloud('data.threadId', ['t']), true],
  ['own __proto__ key is data, not a prototype', hostile, cloud('data.__proto__.polluted', ['yes']), true],
  ['constructor key is data', hostile, cloud('data.constructor.prototype', ['p']), true],
  ['no inherited properties: constructor', chat, cloud('data.constructor.name', ['Object']), false],
  [
    'no inherited properties: __proto__ of a plain object',
    chat,
    cloud('data.__proto__', [], 'IsNotNull'),
    false,
  ],
  ['no inherited properties: toString', chat, cloud('data.toString', [], 'IsNullOrUndefined'), true],
  ['no inherited envelope', inheritedData, cloud('data.threadId', ['t']), false],
  [
    'inherited filter fields are ignored',
    chat,
    junkFilter(Object.create({ includedEventTypes: ['X'] })),
    true,
  ],
]);

test('does not mutate its inputs', () => {
  const event = structuredClone(chat);
  const filter: EventSubscriptionFilter = {
    includedEventTypes: [chat.eventType],
    advancedFilters: [string('StringIn', 'data.tags', 'red')],
    enableAdvancedFilteringOnArrays: true,
  };
  const before = JSON.stringify([event, filter]);
  assert.is(matchesFilter(event, filter), true);
  assert.is(JSON.stringify([event, filter]), before);
});

test('does not pollute Object.prototype', () => {
  matchesFilter(hostile, cloud('data.__proto__.polluted', ['yes']));
  assert.is(({} as Record<string, unknown>)['polluted'], undefined);
});

// ── validateFilter: what a JSON-loaded filter gets wrong, named ───────────────────────────

const FILTER_CHECKS: [label: string, filter: unknown, problems: string[]][] = [
  ['the empty filter', {}, []],
  [
    'a documented filter',
    {
      includedEventTypes: ['Microsoft.Communication.SMSReceived'],
      subjectBeginsWith: '/phonenumber/',
      advancedFilters: [
        { operatorType: 'StringContains', key: 'data.message', values: ['stop'] },
        { operatorType: 'NumberInRange', key: 'data.retries', values: [[1, 3]] },
        { operatorType: 'IsNotNull', key: 'data.to' },
      ],
    },
    [],
  ],
  [
    'a typo in the operator type',
    { advancedFilters: [{ operatorType: 'StringContain', key: 'data.message', values: ['stop'] }] },
    [
      'advancedFilters[0].operatorType: unknown operator type "StringContain": it would match nothing (did you mean "StringContains"?)',
    ],
  ],
  [
    'the wrong case',
    { advancedFilters: [{ operatorType: 'stringin', key: 'data.type', values: ['Text'] }] },
    [
      'advancedFilters[0].operatorType: unknown operator type "stringin": it would match nothing (did you mean "StringIn"?)',
    ],
  ],
  [
    'nothing near',
    { advancedFilters: [{ operatorType: 'Regex', key: 'data.type', values: ['x'] }] },
    [
      'advancedFilters[0].operatorType: unknown operator type "Regex": it would match nothing; known: IsNullOrUndefined, IsNotNull, NumberIn, NumberNotIn, NumberLessThan, NumberGreaterThan, NumberLessThanOrEquals, NumberGreaterThanOrEquals, NumberInRange, NumberNotInRange, BoolEquals, StringContains, StringNotContains, StringBeginsWith, StringNotBeginsWith, StringEndsWith, StringNotEndsWith, StringIn, StringNotIn',
    ],
  ],
  [
    'operands and keys',
    {
      advancedFilters: [
        { operatorType: 'NumberIn', key: 'data.retries', values: [3, 'x'] },
        { operatorType: 'StringIn', key: 'data..type', values: [] },
      ],
    },
    [
      'advancedFilters[0]: an operand of NumberIn has the wrong type',
      'advancedFilters[1].key: must be a dotted key of 1 to 10 non-empty segments',
      'advancedFilters[1]: StringIn needs an operand: "value" or a non-empty "values"',
    ],
  ],
  [
    'fields of the wrong type',
    {
      includedEventTypes: 'Microsoft.Communication.SMSReceived',
      subjectEndsWith: 3,
      isSubjectCaseSensitive: 'yes',
      advancedFilters: {},
    },
    [
      'includedEventTypes: must be an array of event type strings',
      'subjectEndsWith: must be a string',
      'isSubjectCaseSensitive: must be a boolean',
      'advancedFilters: must be an array',
    ],
  ],
  ['not an object', [], [': a filter is a JSON object']],
];

for (const [label, filter, problems] of FILTER_CHECKS) {
  test(`validateFilter: ${label}`, () => {
    const checked = validateFilter(filter);
    const found = checked.ok ? [] : checked.problems.map((p) => `${p.path}: ${p.message}`);
    assert.equal(found, problems);
    if (checked.ok) assert.is(checked.filter, filter);
  });
}

test('validateFilter: never throws', () => {
  const hostile = new Proxy(
    {},
    {
      ownKeys: () => {
        throw new Error('trap');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('trap');
      },
    },
  );
  assert.equal(validateFilter(hostile), {
    ok: false,
    problems: [{ path: '', message: 'the filter could not be read' }],
  });
});

test.run();
