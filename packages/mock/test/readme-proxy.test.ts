// readme:start
import { createClient } from '@lr-mfa/client';
import { afterAll, expect, it } from 'vitest';
import { startMockServer } from '../src/index.js';
import { startProxy } from '../src/proxy/index.js';

// The upstream: a staging tenant's API, or here the mock standing in for it.
const upstream = await startMockServer();
const proxy = await startProxy({ upstream: upstream.url, report: '.artifacts/drift.json' });
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});

it('checks the traffic of a login against the spec', async () => {
  const login = upstream.mock.createSecondFactorToken();
  const { otp } = upstream.mock.readOtp(login.secondFactorAuthenticationToken);
  const client = createClient({ apiKey: 'mock-api-key', baseUrl: proxy.url }); // the client talks to the proxy

  const { data } = await client.verifySmsOtp({
    secondFactorAuthenticationToken: login.secondFactorAuthenticationToken,
    otp,
  });

  expect(data?.access_token).toBeTypeOf('string');
  const report = proxy.report();
  expect(report.exchanges).toBe(1);
  expect(report.items).toEqual([]); // the mock agrees with the spec; a staging tenant may not
  await proxy.writeReport(); // .artifacts/drift.json and .artifacts/drift.md
});

// readme:end

// The code above is the README's proxy example, run as is (but for the imports of this package itself).
import { readmeExample } from './readme-example.js';

it('is the example the README shows', async () => {
  const { shown, example } = await readmeExample(import.meta.url, /## Traffic check\n/);
  expect(shown).toBe(example);
});
