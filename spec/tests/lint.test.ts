import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runScript } from './helpers.js';

describe('lint-spec', () => {
  it('passes the strict lint with zero errors and zero warnings', async () => {
    const { code, output } = await runScript('lint-spec.ts');
    expect(output).toContain('0 errors, 0 warnings');
    expect(output).not.toMatch(/:\d+:\d+ (error|warning) /);
    expect(code).toBe(0);
  });

  it('configures every rule the project requires as an error', async () => {
    const config = parse(await readFile(join(repoRoot, 'redocly.yaml'), 'utf8'));
    expect(config.extends).toEqual(expect.arrayContaining([expect.stringMatching(/^recommended/)]));
    for (const rule of [
      'operation-4xx-response',
      'no-unused-components',
      'no-invalid-media-type-examples',
      'no-invalid-schema-examples',
      'operation-description',
      'lr-mfa/schema-property-description',
    ]) {
      const setting = config.rules[rule];
      expect(typeof setting === 'string' ? setting : setting?.severity, rule).toBe('error');
    }
  });
});
