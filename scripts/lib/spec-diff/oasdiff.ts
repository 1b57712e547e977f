// The gate, rule for rule against oasdiff: every rule oasdiff's checker rates an error (ERR) or a warning (WARN),
// and the few it rates as information (INFO) where this project rates higher, answered for this project.
// The costs stay in RULES (rules.ts): an answer names the gate rule that reports the change, and the level is
// that rule's. scripts/tests/spec-diff-oasdiff.test.ts applies each answered change to a fixture spec and checks
// the gate reports it under that rule, at major unless the answer says why it is rated otherwise.
//
// Source: checker/rules.go of github.com/oasdiff/oasdiff at 4553c69 (2026-08-08): 509 rules, 213 ERR, 30 WARN.
// Read, not vendored; to follow a newer oasdiff, diff its ERR and WARN rule ids against the keys below.
import type { RuleId } from './rules.js';

export type OasdiffLevel = 'ERR' | 'WARN' | 'INFO';

export interface OasdiffAnswer {
  /** oasdiff's level for the rule. */
  level: OasdiffLevel;
  /** The gate rule that reports the change; null when the oasdiff rule does not apply to this project. */
  gate: RuleId | null;
  /** Why it does not apply, or why the gate rates the change otherwise than oasdiff; absent when both agree. */
  why?: string;
}

const answer =
  (level: OasdiffLevel) =>
  (gate: RuleId | null, why?: string): OasdiffAnswer =>
    why === undefined ? { level, gate } : { level, gate, why };
const err = answer('ERR');
const warn = answer('WARN');
const info = answer('INFO');

// Rules that judge vendor extensions this spec does not use.
const SUNSET =
  'x-sunset dates are not used: nothing schedules a removal here, and a removal is major whether or not it was deprecated or scheduled';
const STABILITY =
  'x-stability-level is not used: every operation is stable and every change is judged as such';
const EXTENSIBLE_ENUM =
  'x-extensible-enum is not used; x-* extensions only document here (validators strip them), a real enum is judged by the enum rules';

// Changes the gate rates below major, and why.
const DEFAULT_ADDED =
  'the client sends no defaults, so no request changes: the spec documents what the server does without the input (a changed default is major)';
const ALL_OF_REMOVED = 'requests need no longer match the part: every request that passed still passes';
const ENUM_VALUE_ADDED =
  'a new value of the same type: reading it keeps working and only an exhaustive switch needs a case (a new oneOf option is a new shape: major)';
const NOW_READABLE = 'a field responses never held now appears in them: responses carry more';

// INFO in oasdiff, major here: the generated types and methods are public API.
const TYPED =
  'openapi-typescript and the client generate a type or method from it: code naming it stops compiling';

export const OASDIFF: Record<string, OasdiffAnswer> = {
  // ERR
  'api-deprecated-sunset-missing': err(null, SUNSET),
  'api-deprecated-sunset-parse': err(null, SUNSET),
  'api-invalid-stability-level': err(null, STABILITY),
  'api-path-removed-before-sunset': err('operation-removed'),
  'api-path-removed-without-deprecation': err('operation-removed'),
  'api-path-sunset-parse': err(null, SUNSET),
  'api-removed-before-sunset': err('operation-removed'),
  'api-removed-without-deprecation': err('operation-removed'),
  'api-stability-decreased': err(null, STABILITY),
  'api-sunset-date-changed-too-small': err(null, SUNSET),
  'api-sunset-date-too-small': err(null, SUNSET),
  'new-request-path-parameter': err('parameter-added-required'),
  'new-required-request-default-parameter-to-existing-path': err('parameter-added-required'),
  'new-required-request-header-property': err('property-added-required'),
  'new-required-request-parameter': err('parameter-added-required'),
  'new-required-request-property': err('property-added-required'),
  'new-required-request-property-with-default': err('property-added-required'),
  'request-body-added-required': err('request-body-added-required'),
  'request-body-all-of-added': err('all-of-added'),
  'request-body-any-of-removed': err('option-removed'),
  'request-body-became-enum': err('enum-restricted'),
  'request-body-became-not-nullable': err('type-narrowed'),
  'request-body-became-required': err('request-body-became-required'),
  'request-body-const-added': err('enum-restricted'),
  'request-body-const-changed': err('enum-value-removed'),
  'request-body-contains-added': err('unclassified'),
  'request-body-content-encoding-changed': err('constraint-changed'),
  'request-body-content-media-type-changed': err('constraint-changed'),
  'request-body-content-schema-added': err('unclassified'),
  'request-body-dependent-required-added': err('unclassified'),
  'request-body-dependent-required-changed': err('unclassified'),
  'request-body-dependent-schema-added': err('unclassified'),
  'request-body-else-added': err('unclassified'),
  'request-body-enum-value-removed': err('enum-value-removed'),
  'request-body-exclusive-max-decreased': err('constraint-stricter'),
  'request-body-exclusive-min-increased': err('constraint-stricter'),
  'request-body-if-added': err('unclassified'),
  'request-body-list-of-types-narrowed': err('type-narrowed'),
  'request-body-max-contains-decreased': err('constraint-stricter'),
  'request-body-max-decreased': err('constraint-stricter'),
  'request-body-max-length-decreased': err('constraint-stricter'),
  'request-body-media-type-removed': err('media-type-removed'),
  'request-body-media-type-schema-added': err('type-narrowed'),
  'request-body-min-contains-increased': err('constraint-stricter'),
  'request-body-min-increased': err('constraint-stricter'),
  'request-body-min-items-increased': err('constraint-stricter'),
  'request-body-min-length-increased': err('constraint-stricter'),
  'request-body-one-of-removed': err('option-removed'),
  'request-body-pattern-property-added': err('unclassified'),
  'request-body-prefix-items-removed': err('type-changed'),
  'request-body-property-names-added': err('unclassified'),
  'request-body-removed': err('request-body-removed'),
  'request-body-then-added': err('unclassified'),
  'request-body-type-changed': err('type-changed'),
  'request-body-unevaluated-items-added': err('unclassified'),
  'request-body-unevaluated-properties-added': err('unclassified'),
  'request-body-wrapped-in-one-of': err('property-removed'),
  'request-header-property-became-enum': err('enum-restricted'),
  'request-header-property-became-required': err('property-became-required'),
  'request-parameter-became-enum': err('enum-restricted'),
  'request-parameter-became-not-nullable': err('type-narrowed'),
  'request-parameter-became-required': err('parameter-became-required'),
  'request-parameter-default-value-added': err('default-added', DEFAULT_ADDED),
  'request-parameter-default-value-changed': err('default-changed'),
  'request-parameter-default-value-removed': err('default-changed'),
  'request-parameter-deprecated-sunset-missing': err(null, SUNSET),
  'request-parameter-enum-value-removed': err('enum-value-removed'),
  'request-parameter-exclusive-max-decreased': err('constraint-stricter'),
  'request-parameter-exclusive-min-increased': err('constraint-stricter'),
  'request-parameter-list-of-types-narrowed': err('type-narrowed'),
  'request-parameter-max-decreased': err('constraint-stricter'),
  'request-parameter-max-items-decreased': err('constraint-stricter'),
  'request-parameter-max-length-decreased': err('constraint-stricter'),
  'request-parameter-min-increased': err('constraint-stricter'),
  'request-parameter-min-items-increased': err('constraint-stricter'),
  'request-parameter-min-length-increased': err('constraint-stricter'),
  'request-parameter-pattern-added': err('constraint-stricter'),
  'request-parameter-property-became-not-nullable': err('type-narrowed'),
  'request-parameter-property-enum-value-removed': err('enum-value-removed'),
  'request-parameter-property-list-of-types-narrowed': err('type-narrowed'),
  'request-parameter-property-type-specialized': err('type-narrowed'),
  'request-parameter-removed-before-sunset': err('parameter-removed'),
  'request-parameter-sunset-date-changed-too-small': err(null, SUNSET),
  'request-parameter-sunset-date-too-small': err(null, SUNSET),
  'request-parameter-sunset-deleted': err(null, SUNSET),
  'request-parameter-sunset-parse': err(null, SUNSET),
  'request-parameter-type-changed': err('type-changed'),
  'request-parameter-x-extensible-enum-value-removed': err(null, EXTENSIBLE_ENUM),
  'request-property-all-of-added': err('all-of-added'),
  'request-property-any-of-removed': err('option-removed'),
  'request-property-became-enum': err('enum-restricted'),
  'request-property-became-not-nullable': err('type-narrowed'),
  'request-property-became-required': err('property-became-required'),
  'request-property-became-required-with-default': err('property-became-required'),
  'request-property-const-added': err('enum-restricted'),
  'request-property-const-changed': err('enum-value-removed'),
  'request-property-contains-added': err('unclassified'),
  'request-property-content-encoding-changed': err('constraint-changed'),
  'request-property-content-media-type-changed': err('constraint-changed'),
  'request-property-content-schema-added': err('unclassified'),
  'request-property-dependent-required-added': err('unclassified'),
  'request-property-dependent-required-changed': err('unclassified'),
  'request-property-dependent-schema-added': err('unclassified'),
  'request-property-deprecated-sunset-invalid': err(null, SUNSET),
  'request-property-deprecated-sunset-missing': err(null, SUNSET),
  'request-property-else-added': err('unclassified'),
  'request-property-enum-value-removed': err('enum-value-removed'),
  'request-property-exclusive-max-decreased': err('constraint-stricter'),
  'request-property-exclusive-min-increased': err('constraint-stricter'),
  'request-property-if-added': err('unclassified'),
  'request-property-list-of-types-narrowed': err('type-narrowed'),
  'request-property-max-contains-decreased': err('constraint-stricter'),
  'request-property-max-decreased': err('constraint-stricter'),
  'request-property-max-length-decreased': err('constraint-stricter'),
  'request-property-min-contains-increased': err('constraint-stricter'),
  'request-property-min-increased': err('constraint-stricter'),
  'request-property-min-items-increased': err('constraint-stricter'),
  'request-property-min-length-increased': err('constraint-stricter'),
  'request-property-one-of-removed': err('option-removed'),
  'request-property-pattern-added': err('constraint-stricter'),
  'request-property-pattern-property-added': err('unclassified'),
  'request-property-prefix-items-removed': err('type-changed'),
  'request-property-property-names-added': err('unclassified'),
  'request-property-stability-decreased': err(null, STABILITY),
  'request-property-sunset-date-too-small': err(null, SUNSET),
  'request-property-then-added': err('unclassified'),
  'request-property-type-changed': err('type-changed'),
  'request-property-unevaluated-items-added': err('unclassified'),
  'request-property-unevaluated-properties-added': err('unclassified'),
  'request-property-x-extensible-enum-value-removed': err(null, EXTENSIBLE_ENUM),
  'required-response-header-removed': err('header-removed'),
  'response-body-became-nullable': err('type-widened'),
  'response-body-const-changed': err('enum-value-removed'),
  'response-body-const-removed': err('enum-unrestricted'),
  'response-body-contains-removed': err('unclassified'),
  'response-body-content-encoding-changed': err('constraint-changed'),
  'response-body-content-media-type-changed': err('constraint-changed'),
  'response-body-content-schema-removed': err('unclassified'),
  'response-body-dependent-required-changed': err('unclassified'),
  'response-body-dependent-required-removed': err('unclassified'),
  'response-body-dependent-schema-removed': err('unclassified'),
  'response-body-else-removed': err('unclassified'),
  'response-body-exclusive-max-increased': err('constraint-looser'),
  'response-body-exclusive-min-decreased': err('constraint-looser'),
  'response-body-if-removed': err('unclassified'),
  'response-body-list-of-types-widened': err('type-widened'),
  'response-body-max-contains-increased': err('constraint-looser'),
  'response-body-max-increased': err('constraint-looser'),
  'response-body-max-length-increased': err('constraint-looser'),
  'response-body-max-length-unset': err('constraint-looser'),
  'response-body-min-contains-decreased': err('constraint-looser'),
  'response-body-min-decreased': err('constraint-looser'),
  'response-body-min-items-decreased': err('constraint-looser'),
  'response-body-min-items-unset': err('constraint-looser'),
  'response-body-min-length-decreased': err('constraint-looser'),
  'response-body-one-of-added': err('option-added'),
  'response-body-pattern-property-removed': err('unclassified'),
  'response-body-prefix-items-added': err('type-changed'),
  'response-body-property-names-removed': err('unclassified'),
  'response-body-then-removed': err('unclassified'),
  'response-body-type-changed': err('type-changed'),
  'response-body-type-generalized': err('type-widened'),
  'response-body-unevaluated-items-removed': err('unclassified'),
  'response-body-unevaluated-properties-removed': err('unclassified'),
  'response-body-wrapped-in-one-of': err('property-removed'),
  'response-header-became-nullable': err('type-widened'),
  'response-header-became-optional': err('header-may-be-missing'),
  'response-header-type-changed': err('type-changed'),
  'response-header-type-generalized': err('type-widened'),
  'response-media-type-name-generalized': err('media-type-removed'),
  'response-media-type-removed': err('media-type-removed'),
  'response-property-became-nullable': err('type-widened'),
  'response-property-became-optional': err('property-became-optional'),
  'response-property-const-changed': err('enum-value-removed'),
  'response-property-const-removed': err('enum-unrestricted'),
  'response-property-contains-removed': err('unclassified'),
  'response-property-content-encoding-changed': err('constraint-changed'),
  'response-property-content-media-type-changed': err('constraint-changed'),
  'response-property-content-schema-removed': err('unclassified'),
  'response-property-dependent-required-changed': err('unclassified'),
  'response-property-dependent-required-removed': err('unclassified'),
  'response-property-dependent-schema-removed': err('unclassified'),
  'response-property-deprecated-sunset-invalid': err(null, SUNSET),
  'response-property-deprecated-sunset-missing': err(null, SUNSET),
  'response-property-else-removed': err('unclassified'),
  'response-property-exclusive-max-increased': err('constraint-looser'),
  'response-property-exclusive-min-decreased': err('constraint-looser'),
  'response-property-if-removed': err('unclassified'),
  'response-property-list-of-types-widened': err('type-widened'),
  'response-property-max-contains-increased': err('constraint-looser'),
  'response-property-max-increased': err('constraint-looser'),
  'response-property-max-length-increased': err('constraint-looser'),
  'response-property-max-length-unset': err('constraint-looser'),
  'response-property-min-contains-decreased': err('constraint-looser'),
  'response-property-min-decreased': err('constraint-looser'),
  'response-property-min-items-decreased': err('constraint-looser'),
  'response-property-min-items-unset': err('constraint-looser'),
  'response-property-min-length-decreased': err('constraint-looser'),
  'response-property-one-of-added': err('option-added'),
  'response-property-pattern-property-removed': err('unclassified'),
  'response-property-prefix-items-added': err('type-changed'),
  'response-property-property-names-removed': err('unclassified'),
  'response-property-stability-decreased': err(null, STABILITY),
  'response-property-sunset-date-too-small': err(null, SUNSET),
  'response-property-then-removed': err('unclassified'),
  'response-property-type-changed': err('type-changed'),
  'response-property-type-generalized': err('type-widened'),
  'response-property-unevaluated-items-removed': err('unclassified'),
  'response-property-unevaluated-properties-removed': err('unclassified'),
  'response-required-property-removed': err('property-removed'),
  'response-success-status-removed': err('response-removed'),
  'sunset-deleted': err(null, SUNSET),
  'webhook-removed': err('webhooks-changed'),
  // WARN
  'optional-response-header-removed': warn('header-removed'),
  'request-body-all-of-removed': warn('all-of-removed', ALL_OF_REMOVED),
  'request-body-exclusive-max-set': warn('constraint-stricter'),
  'request-body-exclusive-min-set': warn('constraint-stricter'),
  'request-body-max-length-set': warn('constraint-stricter'),
  'request-body-max-set': warn('constraint-stricter'),
  'request-body-min-items-set': warn('constraint-stricter'),
  'request-body-min-set': warn('constraint-stricter'),
  'request-parameter-exclusive-max-set': warn('constraint-stricter'),
  'request-parameter-exclusive-min-set': warn('constraint-stricter'),
  'request-parameter-max-length-set': warn('constraint-stricter'),
  'request-parameter-max-set': warn('constraint-stricter'),
  'request-parameter-min-items-set': warn('constraint-stricter'),
  'request-parameter-min-set': warn('constraint-stricter'),
  'request-parameter-pattern-changed': warn('constraint-changed'),
  'request-parameter-property-type-changed': warn('type-changed'),
  'request-parameter-removed': warn('parameter-removed'),
  'request-property-all-of-removed': warn('all-of-removed', ALL_OF_REMOVED),
  'request-property-exclusive-max-set': warn('constraint-stricter'),
  'request-property-exclusive-min-set': warn('constraint-stricter'),
  'request-property-max-length-set': warn('constraint-stricter'),
  'request-property-max-set': warn('constraint-stricter'),
  'request-property-min-items-set': warn('constraint-stricter'),
  'request-property-min-set': warn('constraint-stricter'),
  'request-property-pattern-changed': warn('constraint-changed'),
  'request-property-removed': warn('property-removed'),
  'response-body-media-type-schema-removed': warn('type-widened'),
  'response-optional-property-removed': warn('property-removed'),
  'response-property-enum-value-added': warn('enum-value-added', ENUM_VALUE_ADDED),
  'response-required-property-became-not-write-only': warn('access-flag-changed', NOW_READABLE),
  // INFO, rated higher here
  'api-operation-id-removed': info('operation-id-changed', `${TYPED} (the operationId names the method)`),
  'api-schema-removed': info('component-removed', `${TYPED} (a component schema is an exported type)`),
  'response-non-success-status-removed': info(
    'response-removed',
    `${TYPED} (an error status has its error type)`,
  ),
  'api-removed-with-deprecation': info(
    'operation-removed',
    'deprecation warns; the removal still breaks every caller',
  ),
  'api-path-removed-with-deprecation': info(
    'operation-removed',
    'deprecation warns; the removal still breaks every caller',
  ),
  'request-parameter-removed-with-deprecation': info(
    'parameter-removed',
    'deprecation warns; the option still goes away',
  ),
  'response-body-any-of-added': info(
    'option-added',
    'the generated response union gains a member, as with oneOf',
  ),
  'response-property-any-of-added': info(
    'option-added',
    'the generated response union gains a member, as with oneOf',
  ),
  'response-property-enum-value-removed': info('enum-value-removed', `${TYPED} (the literal union shrinks)`),
  'response-property-pattern-removed': info(
    'constraint-looser',
    'callers may have relied on the pattern of what they read',
  ),
  'response-property-pattern-changed': info(
    'constraint-changed',
    'callers may have relied on the pattern of what they read',
  ),
  'request-property-default-value-changed': info(
    'default-changed',
    'callers that omit the field silently get other behaviour',
  ),
};

/** How many oasdiff rules of a level the gate covers at major, rates otherwise, or rules out. */
export function oasdiffCounts(level: OasdiffLevel): { covered: number; otherwise: number; ruledOut: number } {
  const answers = Object.values(OASDIFF).filter((a) => a.level === level);
  return {
    covered: answers.filter((a) => a.gate !== null && a.why === undefined).length,
    otherwise: answers.filter((a) => a.gate !== null && a.why !== undefined).length,
    ruledOut: answers.filter((a) => a.gate === null).length,
  };
}
