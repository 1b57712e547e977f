// The vendor's own Node SDK (`loginradius-sdk`) as a client of the mock. The SDK speaks HTTPS to port 443 of
// its `apiDomain` only, so a loopback TLS front with a throwaway self-signed certificate (made in-process by
// `selfsigned`) terminates TLS and pipes to the mock, and an https agent that trusts that certificate points
// the SDK's connections at the front. The SDK calls the older paths (`/2fa/verification/otp`, `/2fa/resend`),
// which the mock serves as aliases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { wrong } from './helpers.js';
import { type VendorSdk, vendorSdkAt } from './vendor-sdk-front.js';

let mock: MockServer;
let front: Awaited<ReturnType<typeof vendorSdkAt>> | undefined;
let sdk: VendorSdk;

beforeAll(async () => {
  mock = await startMockServer();
  front = await vendorSdkAt(mock.port);
  sdk = front.sdk;
});

afterAll(async () => {
  await front?.close();
  await mock?.close();
});

describe('loginradius-sdk against the mock', () => {
  it('logs in with the right OTP: the profile and an access_token', async () => {
    const login = mock.mock.createSecondFactorToken({ freshUser: true });
    const { otp } = mock.mock.readOtp(login.secondFactorAuthenticationToken);
    const result = await sdk.multiFactorAuthenticationApi.mfaValidateOTPByPhone(
      { otp },
      login.secondFactorAuthenticationToken,
    );
    expect((result.Profile as { Uid: string }).Uid).toBe(login.uid);
    expect(result.access_token).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is refused a wrong OTP with 1067, then locked out with 1198', async () => {
    const login = mock.mock.createSecondFactorToken({ freshUser: true });
    const { otp } = mock.mock.readOtp(login.secondFactorAuthenticationToken);
    const wrongOtp = wrong(otp);
    const attempt = () =>
      sdk.multiFactorAuthenticationApi
        .mfaValidateOTPByPhone({ otp: wrongOtp }, login.secondFactorAuthenticationToken)
        .then(
          () => undefined,
          (error: { ErrorCode?: number }) => error.ErrorCode,
        );
    expect(await attempt()).toBe(1067);
    expect(await attempt()).toBe(1067);
    expect(await attempt()).toBe(1198);
    const right = await sdk.multiFactorAuthenticationApi
      .mfaValidateOTPByPhone({ otp }, login.secondFactorAuthenticationToken)
      .catch((error: { ErrorCode?: number }) => error.ErrorCode);
    expect(right).toBe(1198);
  });

  it('resends the OTP; the new one logs in', async () => {
    const login = mock.mock.createSecondFactorToken({ freshUser: true });
    const messages = () =>
      mock.mock
        .outbox()
        .filter((m) => m.secondFactorAuthenticationToken === login.secondFactorAuthenticationToken);
    expect(messages()).toHaveLength(1);
    const sent = (await sdk.multiFactorAuthenticationApi.mfaResendOTP(
      login.secondFactorAuthenticationToken,
      null,
      null,
    )) as { Sid: string };
    expect(sent.Sid).toMatch(/^SM/);
    // The resend reached the mock's handler: a second OTP for this login is in the outbox, and it is the one read.
    expect(messages()).toHaveLength(2);
    const { otp } = mock.mock.readOtp(login.secondFactorAuthenticationToken);
    expect(otp).toBe(messages()[1]?.otp);
    const result = await sdk.multiFactorAuthenticationApi.mfaValidateOTPByPhone(
      { otp },
      login.secondFactorAuthenticationToken,
    );
    expect(result.access_token).toBeTypeOf('string');
  });
});
