// readme:start
import { createClient } from '@lr-mfa/client';
import { afterAll, expect, it } from 'vitest';
import { startMockServer } from '../src/index.js';

const mock = await startMockServer(); // 127.0.0.1, a free port
afterAll(() => mock.close());

it('completes the MFA login', async () => {
  const login = mock.mock.createSecondFactorToken(); // what the password step would have started
  const { otp } = mock.mock.readOtp(login.secondFactorAuthenticationToken); // the SMS the user got
  const client = createClient({ apiKey: 'mock-api-key', baseUrl: mock.url });

  const { data, error } = await client.verifySmsOtp({
    secondFactorAuthenticationToken: login.secondFactorAuthenticationToken,
    otp,
  });

  expect(error).toBeUndefined();
  expect(data?.Profile?.Uid).toBe(login.uid);
});

// readme:end

// The code above is the README's consumer example, run as is (but for the import of this package itself).
import { readFile } from 'node:fs/promises';

/** Import order aside (the formatter sorts relative imports last), the two must be the same code. */
const normalize = (code: string) => {
  const lines = code.trim().split('\n');
  const imports = lines.filter((l) => l.startsWith('import ')).sort();
  return [...imports, ...lines.filter((l) => !l.startsWith('import '))].join('\n');
};

it('is the example the README shows', async () => {
  const self = await readFile(new URL(import.meta.url), 'utf8');
  const example = self.slice(self.indexOf('// readme:start\n') + 16, self.indexOf('// readme:end'));
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
  const shown = /## A consumer's test\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  expect(normalize(shown)).toBe(normalize(example.replace("from '../src/index.js'", "from '@lr-mfa/mock'")));
});
