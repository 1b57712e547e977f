// How spec names become client names. One function for every generator (client methods and options, docs code
// samples, mock data), so the option a docs sample shows is the option the client is generated with.

/**
 * `g-recaptcha-response` → `gRecaptchaResponse`, `prevent_webhook` → `preventWebhook`, `SmsTemplate2fa` →
 * `smsTemplate2fa`.
 */
export const camelCase = (name: string): string =>
  name
    .replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase())
    .replace(/^[A-Z]/, (c) => c.toLowerCase());

/**
 * The client option for an input. Wire names such as `rbabrowseremailtemplate` carry no word boundaries, so the
 * spec names the option where it can: `x-lr-option` on the parameter or body property (`securityanswer` →
 * `securityAnswer`), else the name of the parameter's component (`#/components/parameters/RbaBrowserEmailTemplate`);
 * other inputs take it from their wire name.
 */
export const optionName = (wire: string, componentRef?: string, declared?: unknown): string =>
  typeof declared === 'string'
    ? declared
    : camelCase(componentRef?.match(/^#\/components\/parameters\/([A-Za-z0-9_]+)$/)?.[1] ?? wire);
