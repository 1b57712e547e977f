// The naming and doc-comment helpers of the client generator.
import { describe, expect, test } from 'vitest';
import { doc } from '../src/codegen.js';
import { camelCase, optionName } from '../src/naming.js';

describe('doc', () => {
  test('a JSDoc block per line, indented, with "*/" escaped; nothing for no text', () => {
    expect(doc('One.\n\nTwo */ three.', '  ')).toBe('  /**\n   * One.\n   *\n   * Two *\\/ three.\n   */\n');
    expect(doc(' trimmed ')).toBe('/**\n * trimmed\n */\n');
    expect(doc(undefined)).toBe('');
    expect(doc('')).toBe('');
  });
});

describe('option names', () => {
  test('camelCase across separators, lower-case first letter', () => {
    expect(camelCase('g-recaptcha-response')).toBe('gRecaptchaResponse');
    expect(camelCase('prevent_webhook')).toBe('preventWebhook');
    expect(camelCase('SmsTemplate2fa')).toBe('smsTemplate2fa');
  });

  test('a run-together wire name takes the option the spec declares (x-lr-option), before any other rule', () => {
    expect(optionName('securityanswer', undefined, 'securityAnswer')).toBe('securityAnswer');
    expect(optionName('rbaipemailtemplate', '#/components/parameters/RbaIpEmailTemplate', 'ipTemplate')).toBe(
      'ipTemplate',
    );
    expect(optionName('securityanswer')).toBe('securityanswer');
  });

  test('a parameter component names its option; other refs and body fields use the wire name', () => {
    expect(optionName('rbaipemailtemplate', '#/components/parameters/RbaIpEmailTemplate')).toBe(
      'rbaIpEmailTemplate',
    );
    expect(optionName('prevent_webhook', '#/components/schemas/PreventWebhook')).toBe('preventWebhook');
    expect(optionName('qq_captcha_ticket')).toBe('qqCaptchaTicket');
  });
});
