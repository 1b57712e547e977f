// Helpers the code generators share (scripts/generate-types.mjs, scripts/generate-validators.mjs), so what they
// derive cannot drift apart. The docs' code samples take option names from the Model (build/spec/model.json).

/** A JSDoc block of `text` (nothing when there is none), each line prefixed with `indent`. */
export const doc = (text, indent = '') =>
  text
    ? `${indent}/**\n${text
        .trim()
        .replaceAll('*/', '*\\/')
        .split('\n')
        .map((line) => `${indent} * ${line}`.trimEnd())
        .join('\n')}\n${indent} */\n`
    : '';

/** Names with no word boundary to derive camelCase from. */
const RENAMES = { securityanswer: 'securityAnswer' };

/**
 * `g-recaptcha-response` → `gRecaptchaResponse`, `prevent_webhook` → `preventWebhook`, `SmsTemplate2fa` →
 * `smsTemplate2fa`, `securityanswer` → `securityAnswer`.
 */
export const camelCase = (name) =>
  RENAMES[name] ??
  name
    .replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_, c) => c.toUpperCase())
    .replace(/^[A-Z]/, (c) => c.toLowerCase());

/**
 * The client option for an input of the spec. Wire names such as `rbabrowseremailtemplate` carry no word
 * boundaries, so a parameter that is a named component (`#/components/parameters/RbaBrowserEmailTemplate`)
 * takes its option name from the component; other inputs (body fields) from their wire name.
 */
export const optionName = (wire, componentRef) =>
  camelCase(componentRef?.match(/^#\/components\/parameters\/([A-Za-z0-9]+)$/)?.[1] ?? wire);
