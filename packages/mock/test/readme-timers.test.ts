// readme:start
import { createClient } from '@lr-mfa/client';
import { afterAll, afterEach, expect, it, vi } from 'vitest';
import { startMockServer } from '../src/index.js';

const mock = await startMockServer();
afterAll(() => mock.close());
afterEach(() => vi.useRealTimers());

// Fake only Date: the mock clock follows it, while the client's timeouts and the sockets keep real timers.
// Retries wait through `sleep`, which the test replaces so that nothing waits.
const client = createClient({ apiKey: 'mock-api-key', baseUrl: mock.url, retry: { sleep: async () => {} } });

it('a second-factor token expires after 15 minutes', async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2030-01-01T00:00:00Z') });
  const login = mock.mock.createSecondFactorToken({ freshUser: true }); // no lockout shared with other tests
  const { otp } = mock.mock.readOtp(login.secondFactorAuthenticationToken);

  vi.setSystemTime(new Date('2030-01-01T00:15:00Z'));
  const { error } = await client.verifySmsOtp({
    secondFactorAuthenticationToken: login.secondFactorAuthenticationToken,
    otp,
  });

  expect(error?.kind === 'api' && error.ErrorCode).toBe(1104);
});

// readme:end

// The code above is the README's fake-timers recipe, run as is (but for the import of this package itself).
import { readmeExample } from './readme-example.js';

it('is the recipe the README shows', async () => {
  const { shown, example } = await readmeExample(import.meta.url, /### Fake timers\n/);
  expect(shown).toBe(example);
});
