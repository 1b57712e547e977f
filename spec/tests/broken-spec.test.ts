// Breaks scratch copies of the spec in the ways people really break specs and checks that lint-spec fails
// with a message naming the broken file and line (what an author needs to fix it).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySpec, removeDir, runScript } from './helpers.js';

interface Breakage {
  /** File of the spec copy to edit, relative to the spec root. */
  file: string;
  /** Returns the edited text; must change it. */
  edit: (text: string) => string;
  /** Extra files to add to the copy. */
  add?: Record<string, string>;
  /** The file and the 1-based line the failure must point at, and the rule that must report it. */
  expected: { file: string; line: number | ((text: string) => number); rule: string };
}

/** 1-based line number of the first line containing `needle`. */
const lineOf = (needle: string) => (text: string) => {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not found`);
  return index + 1;
};

const replaceOnce = (text: string, from: string | RegExp, to: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`could not apply the breakage: ${from} not found`);
  return next;
};

const legacyPath = `put:
  operationId: verifySmsOtp
  summary: MFA Validate OTP (legacy path)
  description: The same operation at the path older SDKs call.
  tags:
    - Multi-Factor Authentication
  responses:
    '200':
      $ref: ../components/responses/VerifySmsOtpSuccess.yaml
    '400':
      $ref: ../components/responses/BadRequest.yaml
`;

const breakages: Record<string, Breakage> = {
  'a YAML syntax error (unquoted colon in a value)': {
    file: 'components/schemas/Country.yaml',
    edit: (text) => replaceOnce(text, 'The country code, e.g.', 'The country code: e.g.'),
    expected: {
      file: 'components/schemas/Country.yaml',
      line: lineOf('country code: e.g.'),
      rule: 'yaml-syntax',
    },
  },
  'a YAML syntax error in the entry file (duplicate key)': {
    file: 'openapi.yaml',
    edit: (text) => replaceOnce(text, '  version: 2.0.0\n', '  version: 2.0.0\n  title: Second title\n'),
    expected: { file: 'openapi.yaml', line: lineOf('Second title'), rule: 'yaml-syntax' },
  },
  'a dangling $ref': {
    file: 'paths/identity_v2_auth_login_2fa_sms.yaml',
    edit: (text) => replaceOnce(text, 'parameters/Fields.yaml', 'parameters/Feilds.yaml'),
    expected: {
      file: 'paths/identity_v2_auth_login_2fa_sms.yaml',
      line: lineOf('Feilds.yaml'),
      rule: 'no-unresolved-refs',
    },
  },
  'a wrong type keyword': {
    file: 'components/schemas/Email.yaml',
    edit: (text) => replaceOnce(text, /type: \[string, (["'])null\1\]/, 'type: [strng, "null"]'),
    expected: { file: 'components/schemas/Email.yaml', line: lineOf('strng'), rule: 'struct' },
  },
  'a response without a description': {
    file: 'components/responses/NotFound.yaml',
    edit: (text) => text.slice(text.indexOf('content:')),
    expected: { file: 'components/responses/NotFound.yaml', line: 1, rule: 'struct' },
  },
  'a duplicate operationId': {
    file: 'openapi.yaml',
    edit: (text) =>
      replaceOnce(
        text,
        '\ncomponents:',
        '\n  /identity/v2/auth/login/2fa/verification/otp:\n    $ref: ./paths/legacy.yaml\ncomponents:',
      ),
    add: { 'paths/legacy.yaml': legacyPath },
    expected: { file: 'paths/legacy.yaml', line: 2, rule: 'operation-operationId-unique' },
  },
  'an example contradicting its schema': {
    file: 'components/examples/Error1067InvalidOtp.yaml',
    edit: (text) => replaceOnce(text, /^ {2}ErrorCode: 1067$/m, '  ErrorCode: "1067"'),
    expected: {
      file: 'components/examples/Error1067InvalidOtp.yaml',
      line: lineOf('ErrorCode: "1067"'),
      rule: 'no-invalid-media-type-examples',
    },
  },
  'a schema property without a description': {
    file: 'components/schemas/Organization.yaml',
    edit: (text) => replaceOnce(text, "    description: The URL of the organisation's logo.\n", ''),
    expected: {
      file: 'components/schemas/Organization.yaml',
      line: lineOf('LogoURL:'),
      rule: 'lr-mfa/schema-property-description',
    },
  },
};

describe('lint-spec on a broken copy of the spec', () => {
  it.each(Object.entries(breakages))('fails on %s, naming the file and line', async (_, breakage) => {
    const dir = await copySpec();
    try {
      const path = join(dir, breakage.file);
      const edited = breakage.edit(await readFile(path, 'utf8'));
      await writeFile(path, edited);
      for (const [file, content] of Object.entries(breakage.add ?? {}))
        await writeFile(join(dir, file), content);

      const { code, output } = await runScript('lint-spec.ts', ['--spec', join(dir, 'openapi.yaml')]);
      const { file, line, rule } = breakage.expected;
      const expectedLine = typeof line === 'number' ? line : line(await readFile(join(dir, file), 'utf8'));
      expect(code).not.toBe(0);
      const escaped = file.replaceAll('.', '\\.').replaceAll('/', '\\/');
      expect(output).toMatch(
        new RegExp(`(^|[\\s/])${escaped}:${expectedLine}:\\d+ error ${rule.replaceAll('/', '\\/')} `, 'm'),
      );
    } finally {
      await removeDir(dir);
    }
  });
});
