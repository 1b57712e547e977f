import { describe, expect, test } from 'vitest';
import { diffSpecs, formatChange, type Level, requiredBump } from '../lib/spec-diff/index.js';
import { BASE, load, OP, pairFiles, pairNames } from './spec-diff-fixtures.js';

/** Every fixture pair, the release it needs, and the exact differences reported (in this order). */
const CASES: Record<string, { level: Level; changes: string[] }> = {
  // major
  'removed-parameter': { level: 'major', changes: [`major: ${OP}: query parameter \`fields\` removed`] },
  'renamed-property': {
    level: 'major',
    changes: [`major: ${OP}: request body property \`otp\` renamed to \`code\``],
  },
  'narrowed-type': {
    level: 'major',
    changes: [
      `major: ${OP}: request body property \`channel\` type narrowed from \`string | null\` to \`string\` (null no longer accepted)`,
      `major: ${OP}: request body property \`channel\` enum value \`null\` removed`,
    ],
  },
  'new-required-input': {
    level: 'major',
    changes: [`major: ${OP}: new required request body property \`captcha\``],
  },
  'new-required-parameter': {
    level: 'major',
    changes: [`major: ${OP}: new required query parameter \`smstemplate2fa\``],
  },
  'changed-enum': {
    level: 'major',
    changes: [
      `major: ${OP}: response 200 property \`status\` enum value \`locked\` removed`,
      `minor: ${OP}: response 200 property \`status\` new enum value \`blocked\` (code that switches exhaustively over it must handle the new value)`,
    ],
  },
  // A response union gains a member: an exhaustive switch over the generated union no longer is.
  'added-oneof-option-output': {
    level: 'major',
    changes: [
      `major: ${OP}: response 200 property \`factor\` new oneOf option \`TotpFactor\` (code that handles every option must handle it)`,
      'minor: components: new schema `TotpFactor`',
    ],
  },
  // Callers relied on the old lower bounds of what they read.
  'loosened-bound-output': {
    level: 'major',
    changes: [
      `major: ${OP}: response 200 property \`expires_in\` minimum changed from \`10\` to \`5\` (looser)`,
      `major: ${OP}: response 200 property \`attempts_left\` exclusiveMinimum changed from \`5\` to \`2\` (looser)`,
    ],
  },
  // The body must now also match `Device`, whatever its properties add.
  'added-allof-part-input': {
    level: 'major',
    changes: [
      `major: ${OP}: request body new allOf part \`Device\` (requests must also match it)`,
      `minor: ${OP}: new optional request body property \`device_id\``,
      'minor: components: new schema `Device`',
    ],
  },
  // Two patterns neither of which accepts every string: which accepts more cannot be decided.
  'changed-pattern-input': {
    level: 'major',
    changes: [
      `major: ${OP}: request body property \`otp\` pattern changed from \`^[0-9]+$\` to \`^[0-9]{4,8}$\` (changed, treated as breaking)`,
    ],
  },
  'removed-response': { level: 'major', changes: [`major: ${OP}: response 400 removed`] },
  'moved-parameter': {
    level: 'major',
    changes: [`major: ${OP}: query parameter \`fields\` moved from query to header`],
  },
  'changed-operation-id': {
    level: 'major',
    changes: [`major: ${OP}: operationId changed from \`verifySmsOtp\` to \`verifyOtp\``],
  },
  // Outputs: a response that may now hold null, or lack a property, breaks code written against the old types.
  'widened-output': {
    level: 'major',
    changes: [
      `major: ${OP}: response 200 property \`access_token\` type widened from \`string\` to \`string | null\` (can now be null)`,
    ],
  },
  // `anyOf: [Profile, {type: 'null'}]` is Profile made nullable: read as one schema, not as every property removed.
  'nullable-output-anyof': {
    level: 'major',
    changes: [
      `major: ${OP}: response 200 property \`profile\` type widened from \`object\` to \`object | null\` (can now be null)`,
    ],
  },
  'optional-output': {
    level: 'major',
    changes: [
      `major: ${OP}: response 200 property \`access_token\` is no longer required (responses may omit it)`,
    ],
  },
  // minor
  'added-optional-parameter': {
    level: 'minor',
    changes: [`minor: ${OP}: new optional query parameter \`emailtemplate\``],
  },
  'added-response-property': {
    level: 'minor',
    changes: [`minor: ${OP}: new response 400 property \`hint\``],
  },
  'added-response': { level: 'minor', changes: [`minor: ${OP}: new response 429`] },
  'added-enum-value-output': {
    level: 'minor',
    changes: [
      `minor: ${OP}: response 200 property \`status\` new enum value \`expired\` (code that switches exhaustively over it must handle the new value)`,
    ],
  },
  'widened-input': {
    level: 'minor',
    changes: [
      `minor: ${OP}: request body property \`channel\` type widened from \`string\` to \`string | null\` (now accepts null)`,
      `minor: ${OP}: request body property \`channel\` new enum value \`null\``,
    ],
  },
  // `.*` and `''` accept every string: a request pattern generalized to one of them accepts more.
  'generalized-pattern-input': {
    level: 'minor',
    changes: [
      `minor: ${OP}: request body property \`otp\` pattern changed from \`^[0-9]+$\` to \`.*\` (looser)`,
      `minor: ${OP}: request body property \`locale\` pattern changed from \`^[a-z]+$\` to \`""\` (looser)`,
    ],
  },
  // Outputs again, the other way: promising more is not breaking.
  'new-required-output': {
    level: 'minor',
    changes: [`minor: ${OP}: response 200 property \`status\` became required`],
  },
  'narrowed-output': {
    level: 'minor',
    changes: [
      `minor: ${OP}: response 200 property \`profile.uid\` type narrowed from \`string | null\` to \`string\` (never null any more)`,
    ],
  },
  // `Profile` is `allOf: [Person, ...]` and `Person.related` holds Persons: the change shows where it is read,
  // once per place, and the recursion ends.
  'change-in-recursive-schema': {
    level: 'minor',
    changes: [
      `minor: ${OP}: new response 200 property \`profile.email\``,
      `minor: ${OP}: new response 200 property \`profile.related[].email\``,
    ],
  },
  // An inline schema moved into a component: the resolved structure is the same; only a new named type appears.
  'ref-refactor': { level: 'minor', changes: ['minor: components: new schema `Status`'] },
  // `type: [T, 'null']` respelt as `anyOf: [T, {type: 'null'}]` (T inline, or a new component): the same values.
  'nullable-as-anyof': { level: 'minor', changes: ['minor: components: new schema `Channel`'] },
  // patch
  'description-change': {
    level: 'patch',
    changes: [
      `patch: ${OP}: operation description changed`,
      `patch: ${OP}: response 400 property \`code\` description changed`,
    ],
  },
  'example-change': {
    level: 'patch',
    changes: [
      `patch: ${OP}: query parameter \`fields\` example changed`,
      `patch: ${OP}: request body property \`otp\` example changed`,
    ],
  },
  // none: the same document, as JSON
  identical: { level: 'none', changes: [] },
};

describe('classification of fixture pairs', () => {
  test('every fixture folder has an expectation', () => {
    expect(pairNames().sort()).toEqual(Object.keys(CASES).sort());
  });

  test.each(Object.entries(CASES))('%s', (name, { level, changes }) => {
    const { before, after } = pairFiles(name);
    expect(before, 'a pair compares two different files').not.toBe(after);
    const found = diffSpecs(load(before), load(after));
    expect(found.map(formatChange)).toEqual(changes);
    expect(requiredBump(found)).toBe(level);
  });

  test('a component no operation uses is judged both ways, keeping the stricter class', () => {
    const before = load(BASE);
    before.components.schemas.Unused = { type: 'object', properties: { a: { type: 'string' } } };
    const after = structuredClone(before);
    // As a response, a new required property is fine; as a request it breaks callers: unused means "could be both".
    after.components.schemas.Unused.properties.b = { type: 'string' };
    after.components.schemas.Unused.required = ['b'];
    expect(diffSpecs(before, after).map(formatChange)).toEqual([
      'major: components: new required schema `Unused` property `b`',
    ]);
  });

  test('a schema used by a request and a response is judged in each direction', () => {
    const before = load(BASE);
    // The response's `status` becomes the same component as a new request property.
    before.components.schemas.Status = { type: 'string', enum: ['ok', 'locked'] };
    before.components.schemas.VerifyResponse.properties.status = { $ref: '#/components/schemas/Status' };
    before.components.schemas.VerifyRequest.properties.expected = { $ref: '#/components/schemas/Status' };
    const after = structuredClone(before);
    after.components.schemas.Status.enum.push('expired');
    after.components.schemas.Status.maxLength = 7;
    expect(diffSpecs(before, after).map(formatChange)).toEqual([
      `minor: ${OP}: request body property \`expected\` new enum value \`expired\``,
      `major: ${OP}: request body property \`expected\` maxLength \`7\` added (stricter)`,
      `minor: ${OP}: response 200 property \`status\` new enum value \`expired\` (code that switches exhaustively over it must handle the new value)`,
      `minor: ${OP}: response 200 property \`status\` maxLength \`7\` added (stricter)`,
    ]);
  });

  // Its options are not new shapes of a union that existed: the type change says what the values gained.
  test("a union without a type of its own is read as the union of its options' types", () => {
    const before = load(BASE);
    const after = structuredClone(before);
    after.components.schemas.VerifyResponse.properties.access_token = {
      description: 'Session token.',
      anyOf: [{ type: 'string' }, { type: 'integer' }],
    };
    expect(diffSpecs(before, after).map(formatChange)).toEqual([
      `major: ${OP}: response 200 property \`access_token\` type widened from \`string\` to \`string | integer\``,
    ]);
  });

  test('a request body whose own content moves into allOf parts gains no part it must also match', () => {
    const before = load(BASE);
    const after = structuredClone(before);
    // With another change in the same edit, so the merged schemas differ.
    after.components.schemas.VerifyRequest.properties.channel.enum.push('email');
    const { properties, required, ...rest } = after.components.schemas.VerifyRequest;
    after.components.schemas.VerifyRequest = {
      ...rest,
      allOf: [{ $ref: '#/components/schemas/OtpPart' }, { properties: { channel: properties.channel } }],
    };
    after.components.schemas.OtpPart = { type: 'object', required, properties: { otp: properties.otp } };
    expect(diffSpecs(before, after).map(formatChange)).toEqual([
      `minor: ${OP}: request body property \`channel\` new enum value \`email\``,
      'minor: components: new schema `OtpPart`',
    ]);
    // And back: parts folded into the schema itself drop no part.
    expect(diffSpecs(after, before).filter((c) => c.rule.startsWith('all-of-'))).toEqual([]);
  });

  test('additionalProperties absent and true are the same: no difference', () => {
    const before = load(BASE);
    const after = structuredClone(before);
    after.components.schemas.Error.additionalProperties = true;
    expect(diffSpecs(before, after)).toEqual([]);
    expect(diffSpecs(after, before)).toEqual([]);
  });

  test('dangling and content-free cyclic $refs are errors, not silent passes', () => {
    const base = load(BASE);
    const dangling = structuredClone(base);
    dangling.components.schemas.VerifyRequest.properties.otp = { $ref: '#/components/schemas/Missing' };
    expect(() => diffSpecs(base, dangling)).toThrow('unresolvable $ref #/components/schemas/Missing');
    const loop = structuredClone(base);
    loop.components.schemas.Loop = { $ref: '#/components/schemas/Loop' };
    loop.components.schemas.VerifyRequest.properties.otp = { $ref: '#/components/schemas/Loop' };
    expect(() => diffSpecs(base, loop)).toThrow('$ref cycle without content');
  });
});
