// A Node (or Bun) consumer of the published declarations: no DOM lib, and `skipLibCheck: false`, so every
// `dist/*.d.ts` is checked against Node's types alone (see ../strict.test.ts). Every public entry is imported.
import { createClient, isInvalidOtp } from '../../dist/index.js';
import { createRawClient } from '../../dist/raw.js';
import { validateResponse } from '../../dist/validate.js';

export const client = createClient({
  apiKey: 'key',
  headers: { 'x-app': 'node' },
  validateResponse,
  fetch: (input, init) => fetch(input, init),
});
export const raw = createRawClient({ apiKey: 'key', headers: new Headers({ 'x-app': 'node' }) });
export const invalid = async () =>
  isInvalidOtp((await client.verifySmsOtp({ secondFactorAuthenticationToken: 't', otp: '1' })).error);
