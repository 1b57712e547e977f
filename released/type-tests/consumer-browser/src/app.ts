// Browser code of a web app: the second login step, bundled by esbuild for the browser (no Node built-ins).
import { createClient } from '@lr-mfa/client';

export interface SignInResult {
  status: number;
  accessToken: string;
  profileUid: string | null | undefined;
}

export async function signIn(
  baseUrl: string,
  apiKey: string,
  secondFactorAuthenticationToken: string,
  otp: string,
): Promise<SignInResult> {
  const client = createClient({ apiKey, baseUrl });
  const { data, error, response } = await client.verifySmsOtp({ secondFactorAuthenticationToken, otp });
  if (error !== undefined) throw new Error(`login failed: ${error.kind}`);
  // @ts-expect-error the profile is an object, not a string
  const wrong: string = data.Profile;
  void wrong;
  return { status: response.status, accessToken: data.access_token ?? '', profileUid: data.Profile?.Uid };
}
