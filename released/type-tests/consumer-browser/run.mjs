// Drives the browser bundle (dist/app.js, built by esbuild) against the mock: the bundle only needs
// `fetch`, which the page (here Node's global fetch) provides.
import { startMockServer } from '@lr-mfa/mock';
import { signIn } from './dist/app.js';

const apiKey = 'mock-api-key';
const mock = await startMockServer({ port: 0 });
try {
  const post = await fetch(`${mock.url}/__mock/second-factor-tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ apiKey }),
  });
  const login = await post.json();
  const { otp } = await (
    await fetch(`${mock.url}/__mock/second-factor-tokens/${login.secondFactorAuthenticationToken}/otp`)
  ).json();
  const result = await signIn(mock.url, apiKey, login.secondFactorAuthenticationToken, otp);
  console.log(
    JSON.stringify({
      consumer: 'browser',
      node: process.version,
      status: result.status,
      accessToken: typeof result.accessToken,
      uid: result.profileUid === login.uid,
    }),
  );
} finally {
  await mock.close();
}
