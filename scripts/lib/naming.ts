// How spec names become client names. One function for every generator (client methods and options, docs code
// samples, mock data), so the option a docs sample shows is the option the client is generated with.

/** Wire names with no word boundary to derive camelCase from. */
const RENAMES: Record<string, string> = { securityanswer: 'securityAnswer' };

/**
 * `g-recaptcha-response` → `gRecaptchaResponse`, `prevent_webhook` → `preventWebhook`, `SmsTemplate2fa` →
 * `smsTemplate2fa`, `securityanswer` → `securityAnswer`.
 */
export const camelCase = (name: string): string =>
  RENAMES[name] ??
  name
    .replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase())
    .replace(/^[A-Z]/, (c) => c.toLowerCase());

/**
 * The client option for an input. Wire names such as `rbabrowseremailtemplate` carry no word boundaries, so a
 * parameter that is a named component (`#/components/parameters/RbaBrowserEmailTemplate`) takes its option name
 * from the component; other inputs (body fields, inline parameters) from their wire name.
 */
export const optionName = (wire: string, componentRef?: string): string =>
  camelCase(componentRef?.match(/^#\/components\/parameters\/([A-Za-z0-9_]+)$/)?.[1] ?? wire);
