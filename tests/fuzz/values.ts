/**
 * Values for query strings and GraphQL arguments: typed ones for an attribute type, and junk of every kind
 * (wrong types, huge numbers, unicode, empty, arrays, objects, SQL-ish text).
 */

import fc from 'fast-check';

export const SQLISH = [
  "' OR 1=1 --",
  '1; DROP TABLE articles',
  '") OR ("1"="1',
  'title) OR (1=1',
  '%',
  '_',
  '\\',
  '$1',
  '::text',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '1e309',
  '9999999999999999999999',
  '-9223372036854775809',
  '2147483648',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '\u0000',
  '\u202Eevil',
  '𠜎𠜱',
  '工会',
  '',
  ' ',
];

export const text = (maxLength = 24): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 2, arbitrary: fc.constantFrom(...SQLISH) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('工', '会', '新', '闻', 'a', '-', '1'), maxLength }) }
  );

export const hugeNumber = fc.oneof(
  fc.constantFrom(2 ** 31, 2 ** 53, -(2 ** 63), 1e21, 1e308, Number.MAX_SAFE_INTEGER + 2, -1, 0, 0.5, -0.0001),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map((value) => value.toString())
);

export const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** A plain value of an attribute type, as a client would send it in a query string. */
export const typedValue = (type: string, enumValues: readonly string[] = []): fc.Arbitrary<unknown> => {
  switch (type) {
    case 'integer':
    case 'biginteger':
      return fc.oneof(fc.integer({ min: -5, max: 100000 }), hugeNumber);
    case 'decimal':
    case 'float':
      return fc.oneof(fc.double({ min: -1e6, max: 1e7, noNaN: true }).map((value) => value.toFixed(2)), hugeNumber);
    case 'boolean':
      return fc.constantFrom(true, false, 'true', 'false', '1', '0', 'yes');
    case 'date':
      return fc.oneof(isoDate.map((iso) => iso.slice(0, 10)), fc.constantFrom('2024-02-30', '2024-13-01', '0000-00-00', '99999-01-01'));
    case 'datetime':
    case 'time':
      return fc.oneof(isoDate, fc.constantFrom('2024-01-01T25:61:00Z', 'yesterday', '1700000000000'));
    case 'enumeration':
      return enumValues.length ? fc.oneof(fc.constantFrom(...enumValues), text()) : text();
    case 'json':
      return fc.jsonValue({ maxDepth: 2 });
    default:
      return text();
  }
};

/** Anything: scalars of the wrong type, arrays, nested objects (qs turns them into brackets). */
export const junk: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text(),
    hugeNumber,
    fc.boolean(),
    fc.constant(''),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(text(8), fc.constantFrom('$eq', '$in', '$or', '0', '__proto__', 'populate')), tie('value'), { maxKeys: 3 })
  ),
})).value;
