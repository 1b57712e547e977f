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
import { readmeExample } from './readme-example.js';

it('is the example the README shows', async () => {
  const { shown, example } = await readmeExample(import.meta.url, /## A consumer's test\n/);
  expect(shown).toBe(example);
});
