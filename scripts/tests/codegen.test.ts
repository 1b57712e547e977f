// The naming and doc-comment helpers shared by the client generator and the docs' code samples: the
// TypeScript sample must spell every input exactly as the generated client accepts it.
import { describe, expect, test } from 'vitest';
import { verifySmsOtpOperation } from '../../packages/client/src/generated/client/verifySmsOtp.js';
import { typescriptSample } from '../code-samples.mjs';
import { camelCase, doc, optionName } from '../lib/codegen.mjs';

describe('doc', () => {
  test('a JSDoc block per line, indented, with "*/" escaped; nothing for no text', () => {
    expect(doc('One.\n\nTwo */ three.', '  ')).toBe('  /**\n   * One.\n   *\n   * Two *\\/ three.\n   */\n');
    expect(doc(' trimmed ')).toBe('/**\n * trimmed\n */\n');
    expect(doc(undefined)).toBe('');
    expect(doc('')).toBe('');
  });
});

describe('option names', () => {
  test('camelCase across separators, lower-case first letter, known run-together names', () => {
    expect(camelCase('g-recaptcha-response')).toBe('gRecaptchaResponse');
    expect(camelCase('prevent_webhook')).toBe('preventWebhook');
    expect(camelCase('SmsTemplate2fa')).toBe('smsTemplate2fa');
    expect(camelCase('securityanswer')).toBe('securityAnswer');
  });

  test('a parameter component names its option; other refs and body fields use the wire name', () => {
    expect(optionName('rbaipemailtemplate', '#/components/parameters/RbaIpEmailTemplate')).toBe(
      'rbaIpEmailTemplate',
    );
    expect(optionName('prevent_webhook', '#/components/schemas/PreventWebhook')).toBe('preventWebhook');
    expect(optionName('qq_captcha_ticket')).toBe('qqCaptchaTicket');
  });

  test('every body field of the generated client table is named as optionName names it', () => {
    const body = verifySmsOtpOperation.inputs.filter(([, , code]) => code.startsWith('b'));
    expect(body.length).toBeGreaterThan(1);
    for (const [option, wire] of body) expect(optionName(wire || option.toLowerCase())).toBe(option);
  });

  test('the TypeScript sample uses the client option for a run-together body field', () => {
    const sample = typescriptSample(
      { query: [], headers: [], body: { otp: '123456', securityanswer: { q1: 'blue' } } },
      { operationId: 'verifySmsOtp', clientPackage: '@lr-mfa/client' },
    );
    expect(sample).toContain('  securityAnswer: {');
    expect(sample).not.toContain('securityanswer');
  });
});
