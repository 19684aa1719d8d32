// fast-check generators of hostile input for the public endpoints: random JSON, hostile keys, deep
// nesting, huge strings, wrong types, odd unicode, and near-valid feedback items whose fields are
// each either right or wrong, so the fuzz reaches analysis and storage, not only validation.
import fc from 'fast-check';

export const hostileKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '$where', '', ' ', '\u0000', 'a'.repeat(300)];

const weirdStrings = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('<script>alert(1)</script>', "'; DROP TABLE feedback; --", '\u0000', '\uD800', '🙂'.repeat(200), '１２３', 'NaN', '-0', '1e309', '{{7*7}}', '../../etc/passwd', '%00', '${jndi:ldap://x}'),
  fc.integer({ min: 1000, max: 2_000_000 }).map((length) => 'x'.repeat(length)),
);

const scalar = fc.oneof(weirdStrings, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.bigInt().map(String), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));

/** Any JSON-ish value, with hostile keys mixed into objects and nesting up to a few levels. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...hostileKeys)), tie('value'), { maxKeys: 6 }),
})).value;

/** Nesting far deeper than any real body (a stack-exhaustion probe). */
export const deepNesting = fc.integer({ min: 100, max: 5_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth));

/** A field that is valid with some probability and hostile otherwise. */
const either = <T>(valid: fc.Arbitrary<T>) => fc.option(fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: hostileValue }), { nil: undefined });

const mixedText = fc.oneof(
  fc.constantFrom('配送太慢了，客服也不回复', 'The app keeps crashing at checkout', '门店店员态度很好 but the app login failed', 'refund 退款 still pending after 3 weeks'),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.integer({ min: 19_990, max: 20_010 }).map((length) => '好'.repeat(length)),
);

/** A feedback item near the valid shape. */
export const nearValidFeedback = fc
  .record(
    {
      source: either(fc.constantFrom('survey', 'review', 'social', 'ticket', 'chat', 'call', 'import', 'api')),
      channel: either(fc.constantFrom('app', 'website', 'store', 'call_center')),
      external_id: either(fc.string({ minLength: 1, maxLength: 40 })),
      occurred_at: either(fc.date({ min: new Date('1999-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString())),
      nps: either(fc.integer({ min: -2, max: 12 })),
      csat: either(fc.integer({ min: 0, max: 6 })),
      stars: either(fc.constantFrom(1, 1.5, 2.25, 5, 5.5)),
      text: either(mixedText),
      identifiers: either(fc.record({ phone: fc.constantFrom('13800138000', '+86 138 0013 8000', 'abc'), email: fc.emailAddress() }, { requiredKeys: [] })),
      metadata: either(fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.oneof(fc.string({ maxLength: 30 }), fc.integer()), { maxKeys: 8 })),
      touchpoint_id: either(fc.uuid()),
    },
    { requiredKeys: [] },
  )
  .map((item) => Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined)));

/** A raw request body with a content-type that may or may not match it. */
export const rawBody = fc.record({
  contentType: fc.oneof(
    fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/json; charset=utf-16', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=xyz', 'application/xml', 'application/octet-stream', ''),
    fc.string({ maxLength: 40 }),
  ),
  body: fc.oneof(
    hostileValue.map((value) => JSON.stringify(value) ?? 'null'),
    deepNesting,
    fc.string({ maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
    fc.constantFrom('{"a":', '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '\uFEFF{}', 'null', '[]', '""', '1e999'),
  ),
});

/** A feedback item that is valid, with realistic mixed zh/en text. */
export const validFeedback = fc.record({
  source: fc.constantFrom('review', 'ticket', 'chat', 'api'),
  channel: fc.constantFrom('app', 'website', 'store'),
  external_id: fc.uuid(),
  nps: fc.integer({ min: 0, max: 10 }),
  text: mixedText.filter((text) => text.trim().length > 0 && text.length <= 20_000),
});
