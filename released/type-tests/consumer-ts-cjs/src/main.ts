// A TypeScript CommonJS service (module: commonjs, classic node10 resolution): compiled to require().
import { createClient, type VerifySmsOtpResponse } from '@lr-mfa/client';
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

async function main(): Promise<void> {
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
    const session: VerifySmsOtpResponse = data;
    // @ts-expect-error access_token is a string
    const wrong: number = session.access_token;
    void wrong;
    console.log(
      JSON.stringify({
        consumer: 'ts-cjs',
        node: process.version,
        status: response.status,
        accessToken: typeof session.access_token,
        uid: session.Profile?.Uid === login.uid,
        cjs: typeof require === 'function',
      }),
    );
  } finally {
    await mock.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
