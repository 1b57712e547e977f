// The vendor's published login samples send some fields with another type than its SDK models (booleans as
// strings, numbers as strings, one string for a list). Opt-in response validation must never fail a real login
// over them, so the schemas accept every shape these samples show; these tests hold the samples verbatim.
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, type Json, schemaValidators, useBundle } from './helpers.js';

const bundle = useBundle();
let validators: ReturnType<typeof schemaValidators>;
beforeAll(() => {
  validators = schemaValidators(bundle.doc);
});

/** The samples' stand-in for the identities array (a label, not data). */
const IDENTITIES_PLACEHOLDER = 'Array of Identites';

function withoutPlaceholder(body: Json): Json {
  const copy = structuredClone(body);
  const identities = copy.Profile.Identities;
  expect(identities).toEqual([IDENTITIES_PLACEHOLDER]);
  copy.Profile.Identities = null;
  return copy;
}

function errors(schema: string, value: Json) {
  const validate = validators.component(schema);
  return validate(value) ? [] : validate.errors;
}

describe("the vendor's published samples validate", () => {
  it.each(['vendor-docs-login-by-email.json', 'vendor-docs-phone-login.json'])(
    '%s as an MfaLoginResponse',
    async (file) => {
      const body = await fixture(file);
      expect(errors('MfaLoginResponse', withoutPlaceholder(body))).toEqual([]);
    },
  );

  it("accepts the MFA Validate OTP sample's profile, identities included", async () => {
    const profile = await fixture('vendor-docs-mfa-validate-otp-profile.json');
    expect(profile.Identities.length).toBeGreaterThan(0);
    expect(errors('Profile', profile)).toEqual([]);
  });

  it('accepts each field in every shape the samples send it', async () => {
    const login = (await fixture('vendor-docs-login-by-email.json')).Profile;
    const identity = (await fixture('vendor-docs-mfa-validate-otp-profile.json')).Identities[0];
    // The shapes the samples really carry, so the fixtures cannot drift away from what is tested here.
    expect(login.IsProtected).toBe('false');
    expect(login.AgeRange).toEqual({ Min: '15', Max: '20' });
    expect(login.KloutScore.Score).toBe('52.0');
    expect(login.PlacesLived[0].IsPrimary).toBe('True');
    expect(login.JobBookmarks[0].IsApplied).toBe('true');
    expect(login.JobBookmarks[0].Job.Active).toBe('true');
    expect(typeof login.PreviousUids).toBe('string');
    expect(typeof login.UnverifiedEmail).toBe('string');
    expect(identity.Verified).toBe(true);
    expect(identity.PublicRepository).toBe(5);

    // The usual shapes (the SDK models') stay valid beside them.
    const usual = structuredClone(identity);
    Object.assign(usual, {
      IsProtected: false,
      AgeRange: { Min: 15, Max: 20 },
      KloutScore: { KloutId: '51656', Score: 52 },
      PreviousUids: ['61432e56'],
      Verified: 'true',
      PublicRepository: '5',
    });
    expect(errors('Identity', usual)).toEqual([]);
    expect(errors('Identity', identity)).toEqual([]);
  });

  it('still rejects shapes no sample shows', async () => {
    const body = withoutPlaceholder(await fixture('vendor-docs-login-by-email.json'));
    const cases: Array<[string, (b: Json) => void]> = [
      ['IsProtected as an object', (b) => (b.Profile.IsProtected = { value: false })],
      ['AgeRange.Min as a boolean', (b) => (b.Profile.AgeRange.Min = true)],
      ['PreviousUids as a number', (b) => (b.Profile.PreviousUids = 7)],
      ['UnverifiedEmail as an object', (b) => (b.Profile.UnverifiedEmail = { Value: 'a@b.c' })],
    ];
    for (const [label, mutate] of cases) {
      const copy = structuredClone(body);
      mutate(copy);
      expect(errors('MfaLoginResponse', copy), label).not.toEqual([]);
    }
  });
});
