// Compile-time tests of the facts tables' contract: a malformed input row or response entry does not compile,
// so neither the generator (which builds them as these types) nor a hand edit can ship one the runtime misreads.
import { describe, expectTypeOf, test } from 'vitest';
import {
  type CALL_OPTIONS,
  type InputKind,
  type InputLocation,
  type InputRow,
  itemsOf,
  kindOf,
  locationOf,
  type OperationFacts,
  type ResponseReads,
} from '../src/facts.js';
import { resendSmsOtpOperation } from '../src/generated/client/resendSmsOtp.js';
import { verifySmsOtpOperation } from '../src/generated/client/verifySmsOtp.js';
import type { CallOptions } from '../src/options.js';

describe('input rows', () => {
  test('well-formed rows of every shape compile', () => {
    const rows: InputRow[] = [
      ['otp', '', 'bs!'],
      ['uid', '', 'pi'],
      ['tags', '', 'qas', ['a', 'b']],
      ['grid', '', 'baa!'],
      ['labels', 'X-Labels', 'hm'],
      ['body', '', 'Bx!'],
      ['mode', '', 'qs', ['on', 'off', null]],
    ];
    expectTypeOf(rows).toExtend<readonly InputRow[]>();
  });

  test('a malformed row does not compile', () => {
    // @ts-expect-error an unknown location letter
    const location: InputRow = ['otp', '', 'zs!'];
    // @ts-expect-error an unknown kind letter
    const kind: InputRow = ['otp', '', 'qz'];
    // @ts-expect-error an array without its items' kind
    const array: InputRow = ['tags', '', 'qa'];
    // @ts-expect-error an items' kind on a string
    const items: InputRow = ['otp', '', 'qss'];
    // @ts-expect-error the required mark twice
    const required: InputRow = ['otp', '', 'qs!!'];
    // @ts-expect-error an allowed value that is not a JSON scalar
    const values: InputRow = ['mode', '', 'qs', [{ on: true }]];
    // @ts-expect-error the wire name left out
    const short: InputRow = ['otp', 'bs!'];
    expectTypeOf([location, kind, array, items, required, values, short]).toBeArray();
  });

  test('the accessors read the code letters as their unions', () => {
    const row: InputRow = ['tags', '', 'qas'];
    expectTypeOf(locationOf(row)).toEqualTypeOf<InputLocation>();
    expectTypeOf(kindOf(row)).toEqualTypeOf<InputKind>();
    expectTypeOf(itemsOf(row)).toEqualTypeOf<InputKind | undefined>();
  });
});

describe('response reads', () => {
  test('statuses, upper-case ranges and default compile; anything else does not', () => {
    const reads: ResponseReads = { '200': 'o', '4XX': 'j', default: 't', '204': '' };
    // @ts-expect-error a lower-case range
    const lower: ResponseReads = { '4xx': 'o' };
    // @ts-expect-error an unknown way of reading a body
    const read: ResponseReads = { '200': 'json' };
    expectTypeOf([reads, lower, read]).toBeArray();
  });
});

describe('the generated tables and the per-call options', () => {
  test('each generated operation is checked as OperationFacts', () => {
    expectTypeOf(verifySmsOtpOperation).toEqualTypeOf<OperationFacts>();
    expectTypeOf(resendSmsOtpOperation).toEqualTypeOf<OperationFacts>();
  });

  test('CALL_OPTIONS names exactly the members of CallOptions', () => {
    expectTypeOf<(typeof CALL_OPTIONS)[number]>().toEqualTypeOf<keyof CallOptions>();
  });
});
