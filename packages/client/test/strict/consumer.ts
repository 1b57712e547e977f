// A consumer compiled under strict + exactOptionalPropertyTypes + noUncheckedIndexedAccess (see
// ../strict.test.ts): optional options take `undefined` (values read from the environment), unknown options
// fail to compile, results narrow.
import {
  createClient,
  isOtpUsedOrExpired,
  type LrMfaClient,
  type VerifySmsOtpOptions,
} from '../../src/index.js';
import { validateResponse } from '../../src/validate.js';

declare const env: Record<string, string | undefined>;

export const client: LrMfaClient = createClient({
  apiKey: env.LR_API_KEY ?? '',
  baseUrl: env.LR_BASE_URL,
  timeoutMs: env.LR_TIMEOUT ? Number(env.LR_TIMEOUT) : undefined,
  retry: env.LR_NO_RETRY ? false : { retries: undefined, sleep: undefined },
  validateResponse: env.LR_VALIDATE ? validateResponse : undefined,
  logger: undefined,
});

export async function login(token: string, otp: string): Promise<string | undefined> {
  const options: VerifySmsOtpOptions = {
    secondFactorAuthenticationToken: token,
    otp,
    fields: env.LR_FIELDS,
    isVoiceOtp: undefined,
    signal: undefined,
    timeoutMs: undefined,
  };
  const { data, error } = await client.verifySmsOtp(options);
  if (error) return isOtpUsedOrExpired(error) ? 'resend' : error.kind;
  const uid: string | null | undefined = data.Profile.Uid;
  return uid ?? data.access_token;
}

// @ts-expect-error createClient rejects unknown options (TypeScript here, the runtime for plain JavaScript)
createClient({ apiKey: 'k', timeout: 5 });
// @ts-expect-error a required input cannot be undefined
client.verifySmsOtp({ secondFactorAuthenticationToken: 't', otp: undefined });
