// The classification table: what changed × which side of the API it is on → the release it needs, with the
// reason in one line. Comparators never pick a level themselves; they name a rule and the side.
//
// The question behind every rule: can code or requests that worked before stop working?
//   major  yes: something was removed or renamed, a request now needs more or accepts less, a response may hold
//          values the old generated types do not allow, a generated name changes.
//   minor  no, but something was added or relaxed (new optional inputs, new response fields or statuses).
//   patch  documentation only.
// oasdiff.ts beside this table answers each breaking rule of oasdiff's checker with the rule here that prices it.
// `input` is what callers send (parameters, request bodies), `output` what they read (responses). A schema no
// operation reaches could be either, so it gets the stricter of the two.
import { type Level, maxLevel } from './levels.js';

export type Side = 'input' | 'output' | 'both';

export interface Rule {
  input: Exclude<Level, 'none'>;
  output: Exclude<Level, 'none'>;
  reason: string;
}

const any = (level: Exclude<Level, 'none'>, reason: string): Rule => ({
  input: level,
  output: level,
  reason,
});
const sided = (input: Exclude<Level, 'none'>, output: Exclude<Level, 'none'>, reason: string): Rule => ({
  input,
  output,
  reason,
});

export const RULES = {
  // documentation
  'doc-changed': any(
    'patch',
    'descriptions, summaries, examples, tags and x-* extensions (but x-lr-option, x-lr-api-error, x-lr-error-name) change no code or request',
  ),
  'info-changed': any('patch', 'the API version, license or contact describe the document, not the API'),
  'openapi-version-changed': any('patch', 'the OpenAPI dialect of the document is not part of the API'),
  'path-template-renamed': any('patch', 'path parameter names are not sent; the URL stays the same'),
  'example-changed': any('patch', 'named examples only document'),
  'client-option-renamed': any(
    'major',
    'x-lr-option names the generated client option of an input: callers passing the old name break',
  ),
  'api-error-marker-changed': any(
    'major',
    'x-lr-api-error decides which responses are API errors and their messages: answers callers handled change class',
  ),
  'error-name-removed': any(
    'major',
    'x-lr-error-name is a key of the generated ErrorCodes: code reading a removed or renumbered name breaks',
  ),
  'error-name-added': any('minor', 'a new x-lr-error-name adds a key to the generated ErrorCodes'),
  'deprecation-changed': any('minor', 'a deprecation warns; nothing stops working yet'),

  // schemas
  'type-changed': any('major', 'values of the old type are no longer valid and new ones do not fit old code'),
  'type-narrowed': sided(
    'major',
    'minor',
    'requests with the dropped type are rejected; responses promise less',
  ),
  'type-widened': sided(
    'minor',
    'major',
    'requests may send more; responses may hold values old code cannot type',
  ),
  'enum-restricted': sided(
    'major',
    'minor',
    'requests outside the new list are rejected; responses promise less',
  ),
  'enum-unrestricted': sided(
    'minor',
    'major',
    'requests may send more; responses may hold values old code never saw',
  ),
  'enum-value-removed': any(
    'major',
    'the generated literal union shrinks: code comparing with the value stops compiling',
  ),
  'enum-value-added': any('minor', 'a new value; exhaustive switches over a response value must handle it'),
  'constraint-stricter': sided(
    'major',
    'minor',
    'requests that passed may be rejected; responses promise more',
  ),
  'constraint-looser': sided(
    'minor',
    'major',
    'requests may send more; responses may hold values outside the bound or pattern old code relied on',
  ),
  'constraint-changed': any(
    'major',
    'a pattern, format or encoding changed so that neither stricter nor looser can be decided: treated as breaking',
  ),
  'default-added': sided('minor', 'patch', 'callers that omit the input get a documented value'),
  'default-changed': sided('major', 'patch', 'callers that omit the input silently get other behaviour'),
  'access-flag-changed': any('minor', 'readOnly / writeOnly move a field between requests and responses'),
  'property-removed': any(
    'major',
    'code reading or sending the field breaks, and its generated type goes away',
  ),
  'property-renamed': any('major', 'the old name is no longer sent or read'),
  'property-added-required': sided(
    'major',
    'minor',
    'every request must now send it; responses just carry more',
  ),
  'property-added': any(
    'minor',
    'an optional request field or one more response field: nothing that worked needs it',
  ),
  'property-became-required': sided(
    'major',
    'minor',
    'requests without it are rejected; responses promise it',
  ),
  'property-became-optional': sided(
    'minor',
    'major',
    'requests may omit it; responses may lack what old code reads',
  ),
  'additional-properties-closed': sided('major', 'minor', 'requests with extra fields are rejected'),
  'additional-properties-opened': sided(
    'minor',
    'major',
    'responses may carry fields old types do not declare',
  ),
  'subschema-added': sided('major', 'minor', 'items that were free are now constrained'),
  'subschema-removed': sided('minor', 'major', 'items that were constrained are now free'),
  'option-removed': any('major', 'values of the removed oneOf/anyOf option are no longer valid'),
  'option-added': sided(
    'minor',
    'major',
    'requests may send another shape; a response union gains a member, so code handling every option stops being exhaustive',
  ),
  'all-of-added': sided('major', 'minor', 'requests must also match the new part; responses promise more'),
  'all-of-removed': sided(
    'minor',
    'major',
    'requests need no longer match the part; responses no longer promise it',
  ),
  'discriminator-value-removed': any('major', 'objects with that discriminator value are no longer valid'),
  'discriminator-value-added': any('minor', 'another discriminated shape'),
  'discriminator-value-remapped': any('major', 'the same value now means another schema'),
  unclassified: any('major', 'a change this classifier does not understand in detail is treated as breaking'),

  // parameters and bodies
  'parameter-removed': any('major', 'requests sending it fail or lose its effect; its option goes away'),
  'parameter-renamed': any('major', 'the old name is no longer read'),
  'parameter-moved': any('major', 'it is sent elsewhere (query, header, path): old requests miss it'),
  'parameter-added-required': any('major', 'every request must now send it'),
  'parameter-added-optional': any('minor', 'nothing that worked needs it'),
  'parameter-became-required': any('major', 'requests without it are rejected'),
  'parameter-became-optional': any('minor', 'requests may omit it'),
  'parameter-serialization-changed': any('major', 'the same value is sent differently on the wire'),
  'media-type-removed': any('major', 'requests or responses in that format are gone'),
  'media-type-added': any('minor', 'another format is accepted or returned'),
  'encoding-changed': any('major', 'multipart or form fields are encoded differently'),
  'request-body-added-required': any('major', 'every request must now send a body'),
  'request-body-added-optional': any('minor', 'a body may be sent'),
  'request-body-removed': any('major', 'requests with a body lose it or are rejected'),
  'request-body-became-required': any('major', 'requests without a body are rejected'),
  'request-body-became-optional': any('minor', 'requests may omit the body'),

  // responses
  'response-removed': any('major', 'code handling that status (and its generated type) breaks'),
  'response-added': any('minor', 'a new status to handle; nothing that worked changes'),
  'header-removed': any('major', 'code reading the header gets nothing'),
  'header-added': any('minor', 'responses carry more'),
  'header-now-always-sent': any('minor', 'responses promise more'),
  'header-may-be-missing': any('major', 'code reading the header may get nothing'),

  // security and servers
  'authentication-now-required': any('major', 'anonymous requests are rejected'),
  'security-option-removed': any('major', 'callers authenticating that way are rejected'),
  'security-option-added': any('minor', 'another way to authenticate'),
  'security-scheme-removed': any('major', 'callers using it are rejected'),
  'security-scheme-added': any('minor', 'another scheme is available'),
  'security-scheme-changed': any('major', 'credentials are sent or checked differently'),
  'server-removed': any('major', 'clients configured for that base URL fail'),
  'server-added': any('minor', 'another base URL is available'),
  'server-variables-changed': any('major', 'base URLs built from the variables change'),

  // operations and components
  'operation-removed': any('major', 'calls to it fail and its generated method goes away'),
  'operation-moved': any('major', 'calls to the old method or path fail'),
  'operation-added': any('minor', 'a new call; nothing that worked changes'),
  'operation-id-changed': any('major', 'the generated method and type names change'),
  'callbacks-changed': any('major', 'callbacks are not classified in detail: treated as breaking'),
  'webhooks-changed': any('major', 'webhooks are not classified in detail: treated as breaking'),
  'component-removed': any('major', 'its generated type goes away'),
  'component-renamed': any('major', 'its generated type is renamed'),
  'component-added': any('minor', 'a new generated type'),
} satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** The level a rule gives a change on `side`. */
export function levelFor(rule: RuleId, side: Side): Exclude<Level, 'none'> {
  const r: Rule = RULES[rule];
  return side === 'both' ? (maxLevel(r.input, r.output) as Exclude<Level, 'none'>) : r[side];
}
