/**
 * fast-check arbitraries from the catalog's JSON Schema subset (objects with required/optional
 * properties, additionalProperties, $ref to #/$defs, arrays, strings, integers, numbers, booleans,
 * null, enum, const, anyOf/oneOf/allOf, type lists, formats date-time/duration/int32/int64/double).
 * The values are JSON data that the schema accepts; mutate.ts breaks them. With `nearMisses`, the
 * format arbitraries also draw (rarely) values just outside their format (int32/int64 past the
 * range, malformed durations), which mutate.ts cannot produce since it does not read the schema.
 */
import fc from 'fast-check';

export type Schema = { [keyword: string]: unknown };

/** A self-contained schema (an emitted schemas/data/<slug>.schema.json): $refs resolve in its $defs. */
export function schemaArbitrary(
  root: Schema,
  options: { maxDepth?: number; nearMisses?: boolean } = {},
): fc.Arbitrary<unknown> {
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  const maxDepth = options.maxDepth ?? 8;
  const nearMisses = options.nearMisses ?? false;
  const cache = new Map<Schema, fc.Arbitrary<unknown>>();

  const build = (schema: Schema | boolean, depth: number): fc.Arbitrary<unknown> => {
    if (schema === true) return fc.jsonValue({ maxDepth: 2 });
    if (schema === false) return fc.constant(null); // nothing is valid; never reached by the catalog
    const cached = depth > 0 ? undefined : cache.get(schema);
    if (cached) return cached;
    const arbitrary = fresh(schema, depth);
    if (depth === 0) cache.set(schema, arbitrary);
    return arbitrary;
  };

  const fresh = (schema: Schema, depth: number): fc.Arbitrary<unknown> => {
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.replace(/^#\/\$defs\//, '');
      const target = defs[name];
      if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
      if (depth >= maxDepth) return fc.constant(null);
      return build(target, depth + 1);
    }
    if (Array.isArray(schema.allOf)) return objectArbitrary(merged(schema, 0), depth);
    if ('const' in schema) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
    if (Array.isArray(schema.anyOf))
      return fc.oneof(...(schema.anyOf as Schema[]).filter(isCanonical).map((s) => build(s, depth + 1)));
    if (Array.isArray(schema.oneOf))
      return fc.oneof(...(schema.oneOf as Schema[]).map((s) => build(s, depth + 1)));
    if (Array.isArray(schema.type))
      return fc.oneof(...(schema.type as string[]).map((type) => build({ ...schema, type }, depth)));
    switch (schema.type) {
      case 'object':
        return objectArbitrary(schema, depth);
      case 'array':
        return fc.array(
          schema.items ? build(schema.items as Schema, depth + 1) : fc.jsonValue({ maxDepth: 1 }),
          {
            maxLength: depth >= maxDepth ? 0 : 3,
          },
        );
      case 'string':
        if (schema.format === 'date-time') return dateTimeArbitrary();
        return schema.format === 'duration' ? durationArbitrary({ nearMisses }) : stringArbitrary();
      case 'integer':
      case 'number':
        if (schema.format === 'int32') return int32Arbitrary(nearMisses);
        if (schema.format === 'int64') return int64Arbitrary(nearMisses);
        return schema.type === 'integer' ? integerArbitrary() : numberArbitrary();
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  };

  /** An allOf object as one object schema: the properties and required names of every branch. */
  const merged = (schema: Schema, hops: number): Schema => {
    const resolved = typeof schema.$ref === 'string' ? defs[schema.$ref.replace(/^#\/\$defs\//, '')] : schema;
    if (resolved === undefined) throw new Error(`unresolved $ref ${String(schema.$ref)}`);
    if (!Array.isArray(resolved.allOf) || hops > 8) return resolved;
    const { allOf, ...rest } = resolved;
    const properties = { ...((rest.properties ?? {}) as Record<string, Schema>) };
    const required = new Set((rest.required ?? []) as string[]);
    for (const branch of allOf as Schema[]) {
      const flat = merged(branch, hops + 1);
      Object.assign(properties, flat.properties ?? {});
      for (const name of (flat.required ?? []) as string[]) required.add(name);
      const canonical = requiredOneOf(flat, properties);
      if (canonical !== undefined) required.add(canonical);
    }
    return { ...rest, type: 'object', properties, required: [...required] };
  };

  const objectArbitrary = (schema: Schema, depth: number): fc.Arbitrary<unknown> => {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const required = new Set((schema.required ?? []) as string[]);
    const names = Object.keys(properties);
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const name of names)
      if (isCanonical(properties[name]!)) model[name] = build(properties[name]!, depth + 1);
    // Required properties the schema does not describe may hold anything.
    for (const name of required) if (!Object.hasOwn(model, name)) model[name] = fc.jsonValue({ maxDepth: 1 });
    const declared = fc.record(model, { requiredKeys: [...required] });
    const additional = schema.additionalProperties;
    if (additional === false) return declared;
    const extraValue =
      additional === undefined || additional === true
        ? fc.jsonValue({ maxDepth: 1 })
        : build(additional as Schema, depth + 1);
    // Maps (additionalProperties: {schema}) get arbitrary keys; open objects sometimes gain unknown keys.
    const extraKey = fc.oneof(
      { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '__proto__',
          'constructor',
          'toString',
          'hasOwnProperty',
          'x-ms-new-field',
        ),
      },
    );
    const extras = fc.dictionary(extraKey, extraValue, {
      maxKeys: names.length === 0 ? 4 : 2,
      noNullPrototype: true,
    });
    return fc
      .tuple(declared, fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extras }))
      .map(([base, extra]) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(base as Record<string, unknown>)) define(out, k, v);
        // An extra key named like a declared property would change what is validated; skip those.
        for (const [k, v] of Object.entries(extra as Record<string, unknown>))
          if (!Object.hasOwn(properties, k)) define(out, k, v);
        return out;
      });
  };

  return build(root, 0);
}

/**
 * A valid value holds the canonical forms only: a documented wire variant (a `deprecated` property or
 * anyOf branch) is valid but normalized, and a doc-error name (`not: {}`) is never valid.
 */
function isCanonical(schema: Schema | boolean): boolean {
  if (typeof schema === 'boolean') return schema;
  const never = typeof schema.not === 'object' && schema.not !== null && Object.keys(schema.not).length === 0;
  return schema.deprecated !== true && !never;
}

/**
 * The canonical name of a required property a wire variant may also publish under another name
 * (`anyOf: [{ required: [canonical] }, { required: [published] }]`), which a valid value must hold.
 */
function requiredOneOf(branch: Schema, properties: Record<string, Schema>): string | undefined {
  if (!Array.isArray(branch.anyOf)) return undefined;
  const names = (branch.anyOf as Schema[]).map((option) =>
    Array.isArray(option.required) && option.required.length === 1 && Object.keys(option).length === 1
      ? (option.required[0] as string)
      : undefined,
  );
  if (names.some((name) => name === undefined)) return undefined;
  return names.find((name) => properties[name!] !== undefined && isCanonical(properties[name!]!));
}

/** Sets an own enumerable data property, even for "__proto__" (as JSON.parse does). */
export function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function stringArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '8:acs:5354158b-17b7-489c-9380-95d8821ff76b_00000005',
        '19:abc@thread.v2',
        '+15555555555',
        '',
      ),
    },
  );
}

function integerArbitrary(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer(),
    fc.maxSafeInteger(),
    fc.constantFrom(0, -0, 1600389507167, 2 ** 53, -(2 ** 53), 1e21, 2 ** 64),
  );
}

function numberArbitrary(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0, 0.5, 1e-7, 1e300),
  );
}

/** int32 values with the range's edges; with `nearMisses`, (rarely) the numbers just past them. */
function int32Arbitrary(nearMisses: boolean): fc.Arbitrary<number> {
  const valid = [
    { weight: 6, arbitrary: fc.integer() },
    { weight: 2, arbitrary: fc.constantFrom(0, -0, 2147483647, -2147483648) },
  ];
  const misses = { weight: 1, arbitrary: fc.constantFrom(2147483648, -2147483649, 2 ** 53, 0.5) };
  return fc.oneof(...valid, ...(nearMisses ? [misses] : []));
}

/**
 * int64 values as ajv-formats checks them (integers with |x| <= 2^63: 2^63 - 1 is 2^63 in a
 * double); with `nearMisses`, (rarely) integers past that and a fraction.
 */
function int64Arbitrary(nearMisses: boolean): fc.Arbitrary<number> {
  const valid = [
    { weight: 6, arbitrary: fc.oneof(fc.integer(), fc.maxSafeInteger()) },
    { weight: 2, arbitrary: fc.constantFrom(0, -0, 1600389507167, 2 ** 53, 2 ** 63, -(2 ** 63)) },
  ];
  const misses = { weight: 1, arbitrary: fc.constantFrom(2 ** 64, -(2 ** 64), 1e21, 0.5) };
  return fc.oneof(...valid, ...(nearMisses ? [misses] : []));
}

/** ISO 8601 durations that ajv-formats accepts; with `nearMisses`, (rarely) near misses it rejects. */
export function durationArbitrary(options: { nearMisses?: boolean } = {}): fc.Arbitrary<string> {
  const part = (unit: string) =>
    fc.option(
      fc.nat({ max: 400 }).map((n) => `${n}${unit}`),
      { nil: '' },
    );
  const time = fc
    .tuple(part('H'), part('M'), part('S'))
    .map((parts) => (parts.join('') === '' ? '' : `T${parts.join('')}`));
  const dated = fc
    .tuple(part('Y'), part('M'), part('D'), time)
    .map((parts) => `P${parts.join('')}`)
    .filter((text) => text !== 'P');
  const weeks = fc.nat({ max: 60 }).map((n) => `P${n}W`);
  const nearMisses = fc.constantFrom(
    'P',
    'PT',
    'P1DT',
    'PT1.5S',
    'P0.5D',
    'P1W2D',
    'p1d',
    'P1D ',
    ' P1D',
    'P-1D',
    '1D',
    'P1M1Y',
    'PT1H1H',
    'P1Y2M3DT4H5M6S7',
    '',
  );
  return fc.oneof(
    { weight: 4, arbitrary: dated },
    { weight: 1, arbitrary: weeks },
    ...(options.nearMisses ? [{ weight: 1, arbitrary: nearMisses }] : []),
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** RFC 3339 date-times that ajv-formats accepts, including the odd corners (leap days, leap seconds, offsets). */
export function dateTimeArbitrary(): fc.Arbitrary<string> {
  const date = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .map(([year, month, day]) => {
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
      return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(day, days))}`;
    });
  const time = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m, s]) => `${pad(h)}:${pad(m)}:${pad(s)}`);
  const fraction = fc.oneof(fc.constant(''), fc.stringMatching(/^\.[0-9]{1,9}$/));
  const zone = fc.oneof(
    fc.constantFrom('Z', 'z', '+00:00', '-00:00'),
    fc
      .tuple(
        fc.constantFrom('+', '-'),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(':', '', 'hours'),
      )
      .map(([sign, h, m, style]) =>
        style === 'hours' ? `${sign}${pad(h)}` : `${sign}${pad(h)}${style}${pad(m)}`,
      ),
  );
  const separator = fc.constantFrom('T', 'T', 'T', 't', ' ');
  const regular = fc.tuple(date, separator, time, fraction, zone).map((parts) => parts.join(''));
  const corners = fc.constantFrom(
    '2020-09-18T00:38:27.167Z',
    '2021-02-19T00:25:58.927Z',
    '2000-02-29T12:00:00Z',
    '2024-02-29T23:59:59.999999999+14:00',
    '2016-12-31T23:59:60Z',
    '2016-12-31T15:59:60-08:00',
    '2017-01-01T00:29:60+00:30',
    '1970-01-01T00:00:00+0000',
    '9999-12-31T23:59:59-23:59',
    '0000-01-01T00:00:00Z',
  );
  return fc.oneof({ weight: 4, arbitrary: regular }, { weight: 1, arbitrary: corners });
}

/** Strings that look like date-times but that ajv-formats rejects (or, near the edges, accepts). */
export function brokenDateTimeArbitrary(): fc.Arbitrary<string> {
  const fixed = fc.constantFrom(
    '2021-02-30T00:00:00Z', // no Feb 30
    '1900-02-29T00:00:00Z', // 1900 is not a leap year
    '2021-13-01T00:00:00Z',
    '2021-00-10T00:00:00Z',
    '2021-01-00T00:00:00Z',
    '2021-01-01T24:00:00Z',
    '2021-01-01T23:60:00Z',
    '2021-01-01T23:59:60Z', // leap second not at 23:59 UTC of... (still 23:59 UTC: valid)
    '2021-01-01T12:59:60Z', // leap second not at 23:59 UTC
    '2021-01-01T23:59:61Z',
    '2021-01-01T00:00:00', // no time zone
    '2021-01-01T00:00:00.Z',
    '2021-01-01T00:00:00+24:00',
    '2021-01-01T00:00:00+05:60',
    '2021-01-01T00:00:00+5:00',
    '2021-01-01T00:00:00+05:0',
    '2021-01-01T00:00Z',
    '2021-01-01',
    '2021-1-01T00:00:00Z',
    '21-01-01T00:00:00Z',
    '2021-01-01TT00:00:00Z',
    '2021-01-01T00:00:00ZZ',
    '2021-01-01T00:00:00Z ',
    ' 2021-01-01T00:00:00Z',
    '2021-01-01\t00:00:00Z',
    '2021-01-01\u00a000:00:00Z',
    '2021-01-01\u200b00:00:00Z',
    '2021-01-01T00:00:00,5Z',
    '2021-01-01T00:00:00.5+01:00:00',
    '２０２１-01-01T00:00:00Z',
    '2021-01-01T00:00:00.٣Z',
    '+2021-01-01T00:00:00Z',
    '2021-01-01T00:00:00-00',
    '2021-01-01T00:00:00−05:00',
    'Thu, 18 Sep 2020 00:38:27 GMT',
    '1600389507167',
    '',
  );
  const digits = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.oneof(fc.constant(''), fc.stringMatching(/^\.[0-9]{0,3}$/)),
      fc.oneof(
        fc.constantFrom('Z', 'z', '', 'UTC'),
        fc
          .tuple(
            fc.constantFrom('+', '-'),
            fc.integer({ min: 0, max: 99 }),
            fc.integer({ min: 0, max: 99 }),
            fc.constantFrom(':', '', 'hours'),
          )
          .map(([sign, h, m, style]) =>
            style === 'hours' ? `${sign}${pad(h)}` : `${sign}${pad(h)}${style}${pad(m)}`,
          ),
      ),
    )
    .map(
      ([y, mo, d, h, mi, s, f, z]) =>
        `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${f}${z}`,
    );
  const edited = fc
    .tuple(
      dateTimeArbitrary(),
      fc.nat(),
      fc.constantFrom('delete', 'insert', 'replace'),
      fc.constantFrom('0', '9', 'T', ' ', ':', '-', '+', 'Z', '.', 'x', '\n'),
    )
    .map(([s, at, op, c]) => {
      const i = s.length === 0 ? 0 : at % s.length;
      if (op === 'delete') return s.slice(0, i) + s.slice(i + 1);
      if (op === 'insert') return s.slice(0, i) + c + s.slice(i);
      return s.slice(0, i) + c + s.slice(i + 1);
    });
  return fc.oneof(fixed, digits, edited);
}
