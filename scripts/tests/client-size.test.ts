// Size budget and tree-shaking of @lr-mfa/client as a browser app bundles it (esbuild, minified,
// dependencies included, gzip from node:zlib). Runs on the built package (`pnpm build`).
import { describe, expect, test } from 'vitest';
import { BUDGET, browserEntry, bundle, measureDefaultEntry, TARGET } from '../client-size.mjs';

const entry = JSON.stringify(browserEntry());
const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

describe('@lr-mfa/client size', () => {
  test(`default entry ≤ ${kB(BUDGET.minified)} minified and ≤ ${kB(BUDGET.gzip)} min+gzip`, async () => {
    const size = await measureDefaultEntry();
    console.log(
      `@lr-mfa/client default entry (browser, minified, dependencies bundled): ${kB(size.minified)} minified, ${kB(size.gzip)} min+gzip ` +
        `(budget ${kB(BUDGET.minified)} / ${kB(BUDGET.gzip)}; target ${kB(TARGET.gzip)} min+gzip)`,
    );
    // Self-contained: whatever the entry imports (openapi-fetch or any other dependency) is in the figure.
    expect(size.text).not.toMatch(/\bfrom\s*["']|\bimport\s*["']/);
    expect(size.minified).toBeLessThanOrEqual(BUDGET.minified);
    expect(size.gzip).toBeLessThanOrEqual(BUDGET.gzip);
  });
});

describe('tree-shaking', () => {
  test('a type-only import adds nothing to the bundle', async () => {
    const size = await bundle(
      `import type { LrMfaClient } from ${entry};\nexport const f = (c: LrMfaClient) => c;`,
    );
    expect(size.text).not.toContain('verifySmsOtp');
    expect(Object.values(size.inputs).reduce((a, b) => a + b, 0)).toBeLessThan(100);
  });

  test('importing one error helper leaves the client out', async () => {
    const full = await measureDefaultEntry();
    const helper = await bundle(
      `import { isInvalidOtp, ErrorCodes } from ${entry};\nexport const check = (e: unknown) => isInvalidOtp(e) || ErrorCodes.OtpExpired;`,
    );
    console.log(
      `isInvalidOtp + ErrorCodes alone: ${kB(helper.minified)} minified, ${kB(helper.gzip)} min+gzip (full entry ${kB(full.minified)})`,
    );
    // Method names survive minification: the client factory is in the full bundle and not in this one.
    expect(full.text).toContain('verifySmsOtp');
    expect(helper.text).not.toContain('verifySmsOtp');
    expect(helper.minified).toBeLessThan(full.minified / 3);
  });
});
