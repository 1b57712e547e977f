// @ts-check
// Plain JavaScript with import: no build step; types come from the packages through JSDoc and checkJs.
import { createClient } from '@lr-mfa/client';
import { startMockServer } from '@lr-mfa/mock';

/**
 * @template T
 * @param {string} url
 * @param {object} [body]
 * @returns {Promise<T>}
 */
async function control(url, body) {
  const res = await fetch(
    url,
    body
      ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
      : {},
  );
  if (!res.ok) throw new Error(`control API ${res.status}`);
  return /** @type {T} */ (await res.json());
}

const apiKey = 'mock-api-key';
const mock = await startMockServer({ port: 0 });
try {
  /** @type {import('@lr-mfa/mock').SecondFactorToken} */
  const login = await control(`${mock.url}/__mock/second-factor-tokens`, { apiKey });
  /** @type {import('@lr-mfa/mock').OtpMessage} */
  const { otp } = await control(
    `${mock.url}/__mock/second-factor-tokens/${login.secondFactorAuthenticationToken}/otp`,
  );
  const client = createClient({ apiKey, baseUrl: mock.url });
  const { data, error, response } = await client.verifySmsOtp({
    secondFactorAuthenticationToken: login.secondFactorAuthenticationToken,
    otp,
  });
  if (error !== undefined) throw new Error(`login failed: ${error.kind}`);
  /** @type {string | undefined} */
  const accessToken = data.access_token;
  // @ts-expect-error expires_in is a string, not a number
  /** @type {number} */ const wrong = data.expires_in;
  void wrong;
  console.log(
    JSON.stringify({
      consumer: 'js-import',
      node: process.version,
      status: response.status,
      accessToken: typeof accessToken,
      uid: data.Profile?.Uid === login.uid,
    }),
  );
} finally {
  await mock.close();
}
