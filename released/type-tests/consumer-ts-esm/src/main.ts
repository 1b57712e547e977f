// A TypeScript ESM service (module: nodenext) logging a user in against the mock.
import { createClient } from '@lr-mfa/client';
import { type OtpMessage, type SecondFactorToken, startMockServer } from '@lr-mfa/mock';

async function control<T>(url: string, body?: object): Promise<T> {
  const res = await fetch(
    url,
    body
      ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
      : {},
  );
  if (!res.ok) throw new Error(`control API ${res.status}`);
  return (await res.json()) as T;
}

const apiKey = 'mock-api-key';
const mock = await startMockServer({ port: 0 });
try {
  const login = await control<SecondFactorToken>(`${mock.url}/__mock/second-factor-tokens`, { apiKey });
  const { otp } = await control<OtpMessage>(
    `${mock.url}/__mock/second-factor-tokens/${login.secondFactorAuthenticationToken}/otp`,
  );

  const client = createClient({ apiKey, baseUrl: mock.url });
  const { data, error, response } = await client.verifySmsOtp({
    secondFactorAuthenticationToken: login.secondFactorAuthenticationToken,
    otp,
  });
  if (error !== undefined) throw new Error(`login failed: ${error.kind}`);
  // Typed result: these lines compile only if `data` is the spec's VerifySmsOtpResponse, not `any`.
  const expiresIn: string | undefined = data.expires_in;
  // @ts-expect-error expires_in is a date-time string, not a number of seconds
  const wrong: number = data.expires_in;
  void wrong;
  console.log(
    JSON.stringify({
      consumer: 'ts-esm',
      node: process.version,
      status: response.status,
      accessToken: typeof data.access_token,
      expiresIn: typeof expiresIn,
      uid: data.Profile?.Uid === login.uid,
    }),
  );
} finally {
  await mock.close();
}
