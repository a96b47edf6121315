import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatPattern, matchSubject, splitSubject } from '../generator/runtime/support/subject-patterns.ts';

const CHAT = 'thread/{threadId}/sender/{senderId}/recipient/{recipientId}';
const SMS = 'phonenumber/{phoneNumber}';

const MATCH_CASES: [subject: unknown, patterns: string[], expected: Record<string, string> | undefined][] = [
  [
    'thread/19:a@thread.v2/sender/8:acs:1/recipient/8:acs:2',
    [CHAT],
    { threadId: '19:a@thread.v2', senderId: '8:acs:1', recipientId: '8:acs:2' },
  ],
  ['/phonenumber/15555555555', [SMS], { phoneNumber: '15555555555' }],
  ['phonenumber/15555555555', [SMS], { phoneNumber: '15555555555' }],
  ['PhoneNumber/1', [SMS], { phoneNumber: '1' }],
  ['phonenumber/', [SMS], undefined],
  ['phonenumber/1/extra', [SMS], undefined],
  ['user/1', [SMS], undefined],
  ['user/1', [SMS, 'user/{userId}'], { userId: '1' }],
  [42, [SMS], undefined],
];

for (const [subject, patterns, expected] of MATCH_CASES) {
  test(`matchSubject ${JSON.stringify(subject)} against ${patterns.join(' | ')}`, () => {
    assert.equal(matchSubject(patterns, subject), expected);
  });
}

test('splitSubject drops only one leading slash', () => {
  assert.equal(splitSubject('/a/b'), ['a', 'b']);
  assert.equal(splitSubject('//a'), ['', 'a']);
});

const FORMAT_CASES: [parameters: object, expected: string | RegExp][] = [
  [{ threadId: 't', senderId: 's', recipientId: 'r' }, 'thread/t/sender/s/recipient/r'],
  [
    { threadId: 'a/b', senderId: 's', recipientId: 'r' },
    /"threadId" must be a non-empty string without "\/"/,
  ],
  [{ threadId: '', senderId: 's', recipientId: 'r' }, /"threadId"/],
  [{ threadId: 't', senderId: 's' }, /"recipientId" .*got undefined/],
  [Object.create({ threadId: 't', senderId: 's', recipientId: 'r' }) as object, /"threadId"/],
];

for (const [parameters, expected] of FORMAT_CASES) {
  test(`formatPattern ${JSON.stringify(parameters)}`, () => {
    if (typeof expected === 'string') assert.is(formatPattern(CHAT, parameters), expected);
    else
      assert.throws(
        () => formatPattern(CHAT, parameters),
        (error: Error) => error instanceof RangeError && expected.test(error.message),
      );
  });
}

test('a formatted subject matches its pattern again', () => {
  const parameters = { threadId: '19:x@thread.v2', senderId: '8:acs:a_b', recipientId: '8:acs:c_d' };
  assert.equal(matchSubject([CHAT], formatPattern(CHAT, parameters)), parameters);
});

test.run();
