// Property-based tests (fast-check): any input string round-trips through the server's query parser, and no
// generated secret ever shows up in an error, a result or a log event, whatever the server echoes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifySmsOtpOperation } from '../src/generated/client/verifySmsOtp.js';
import { createClient, type Fetch, type LogEvent } from '../src/index.js';
import { needlesOf } from '../src/mask.js';
import { createNameRedactor, createRedactor } from '../src/redact.js';
import { validateResponse } from '../src/validate.js';
import { json, type Recorded, renderings, startServer, type TestServer } from './server.js';

type Respond = (req: IncomingMessage, res: ServerResponse, recorded: Recorded) => void;
let respond: Respond = json(200, {});
let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res, recorded) => respond(req, res, recorded));
});
afterAll(() => server.close());

const transports = fc.constantFrom<[string, Fetch | undefined]>(
  ['global fetch', undefined],
  ['a fetch passed in', (input, init) => fetch(input, init)],
);
/** Any well-formed string: every code point, control characters, `&`, `=`, `+`, `%`, `#`, emoji… */
const anyString = fc.string({ unit: 'binary', maxLength: 40 });
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

describe('query serialization', () => {
  test('every string and boolean option reaches the server exactly as given', async () => {
    await fc.assert(
      fc.asyncProperty(
        transports,
        fc.record({
          secondFactorAuthenticationToken: anyString.filter((s) => s.trim() !== ''),
          smsTemplate2fa: anyString,
          fields: anyString,
          rbaIpSmsTemplate: anyString,
          preventWebhook: fc.boolean(),
          isVoiceOtp: fc.boolean(),
        }),
        async ([, transport], query) => {
          respond = json(200, {});
          const before = server.requests.length;
          const client = createClient({
            apiKey: 'property-key',
            baseUrl: server.url,
            fetch: transport,
            retry: false,
          });
          const { error } = await client.verifySmsOtp({ ...query, otp: '0000' });
          expect(error).toBeUndefined();
          const received = server.requests[before]?.query;
          expect(received?.get('secondfactorauthenticationtoken')).toBe(
            query.secondFactorAuthenticationToken,
          );
          expect(received?.get('smstemplate2fa')).toBe(query.smsTemplate2fa);
          expect(received?.get('fields')).toBe(query.fields);
          expect(received?.get('rbaipsmstemplate')).toBe(query.rbaIpSmsTemplate);
          expect(received?.get('prevent_webhook')).toBe(String(query.preventWebhook));
          expect(received?.get('isvoiceotp')).toBe(String(query.isVoiceOtp));
          expect(received?.get('apikey')).toBe('property-key');
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a string with a lone surrogate is refused before sending (it has no UTF-8 form)', async () => {
    await fc.assert(
      fc.asyncProperty(anyString, loneSurrogate, anyString, async (before, surrogate, after) => {
        const sent = server.requests.length;
        const client = createClient({ apiKey: 'property-key', baseUrl: server.url });
        const { error } = await client.verifySmsOtp({
          secondFactorAuthenticationToken: 't-1',
          otp: '0000',
          fields: `${before}${surrogate}${after}`,
        });
        expect(error).toMatchObject({ kind: 'invalid_option', option: 'fields' });
        expect(server.requests.length).toBe(sent);
      }),
      { numRuns: 50 },
    );
  });
});

/**
 * Secrets that cannot occur by chance in what the client prints: each carries a non-ASCII letter, and the
 * client's own text and the servers below are ASCII. Otherwise anything goes: quotes, `&`, `%`, spaces…
 */
const secret = fc
  .tuple(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom('é', 'Ω', 'ж', '☃', '😀', 'ß'),
    fc.string({ unit: 'binary', maxLength: 12 }),
  )
  .map(([a, b, c]) => `${a}${b}${c}`)
  .filter((s) => s.length >= 4 && s.trim() === s && s.trim() !== '');
const secrets = fc.record({
  apiKey: secret,
  token: secret,
  otp: secret,
  captcha: secret,
  answer: secret,
  accessToken: secret,
  refreshToken: secret,
});
type Secrets = {
  [K in 'apiKey' | 'token' | 'otp' | 'captcha' | 'answer' | 'accessToken' | 'refreshToken']: string;
};

/** What the client sends; a server or a proxy may echo any of it back, in any form. */
const sent = (s: Secrets) => [s.apiKey, s.token, s.otp, s.captcha, s.answer];

/**
 * Ways a server (or a proxy in front of it) can echo what it was sent. The tokens a login returns only
 * come back as the API sends them: under their names (`access_token`, `refresh_token`), in bodies that
 * may be cut or of the wrong shape.
 */
const scenarios: Record<string, (s: Secrets) => Respond> = {
  'HTML page echoing the request': (s) => (_req, res, recorded) => {
    res.writeHead(502, { 'content-type': 'text/html' });
    res.end(
      `<html><body>bad gateway for ${recorded.url} body ${recorded.body} raw ${sent(s).join(' | ')} ` +
        `encoded ${sent(s).map(encodeURIComponent).join(' ')} json ${JSON.stringify(sent(s))}</body></html>`,
    );
  },
  'API error describing the inputs': (s) =>
    json(403, {
      ErrorCode: 1067,
      Message: `Invalid OTP ${s.otp}`,
      Description: `token ${s.token}, key ${s.apiKey}, answer ${s.answer}, captcha ${s.captcha}`,
      Errors: [{ FieldName: s.otp, ErrorMessage: JSON.stringify(sent(s)) }],
    }),
  // The vendor's envelope holding the tokens a login returns (a proxy or a misbehaving server), on an error
  // status and on a 2xx whose ErrorCode makes it an error: the body is kept on the error, the tokens are not.
  'API error carrying the tokens': (s) =>
    json(403, {
      ErrorCode: 1198,
      Message: 'Locked',
      Description: 'x',
      Data: { access_token: s.accessToken, refresh_token: s.refreshToken },
    }),
  '2xx API error carrying the tokens': (s) =>
    json(200, {
      ErrorCode: 1067,
      Message: 'Invalid OTP',
      Description: 'x',
      access_token: s.accessToken,
      Profile: { refresh_token: s.refreshToken },
    }),
  'error body without ErrorCode echoing the body': (_s) => (_req, res, recorded) => {
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ received: JSON.parse(recorded.body), url: recorded.url }));
  },
  'truncated 200 with tokens': (s) => (_req, res) => {
    const body = JSON.stringify({
      Profile: { Uid: 'u' },
      access_token: s.accessToken,
      refresh_token: s.refreshToken,
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body.slice(0, -3));
  },
  '2xx array holding the tokens': (s) =>
    json(200, [{ access_token: s.accessToken, refresh_token: s.refreshToken }, s.otp]),
  '200 of the wrong shape (validation on)': (s) =>
    json(200, {
      Profile: 'not an object',
      access_token: s.accessToken,
      refresh_token: s.refreshToken,
      expires_in: s.otp,
    }),
  'successful login (logs only)': (s) =>
    json(200, {
      Profile: { Uid: 'u' },
      access_token: s.accessToken,
      refresh_token: s.refreshToken,
      expires_in: 'x',
    }),
};

/** A fetch that fails with the request in its message, as some runtimes and polyfills do. */
const chattyFailure =
  (s: Secrets): Fetch =>
  async (input, init) => {
    throw new TypeError(`request to ${String(input)} failed, body ${String(init?.body)}, otp ${s.otp}`);
  };

function forms(value: string): string[] {
  return [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1), inspect(value).slice(1, -1)];
}

describe('redaction', () => {
  test('no generated secret appears in any error, result or log event, whatever the server echoes', async () => {
    await fc.assert(
      fc.asyncProperty(
        transports,
        fc.constantFrom(...Object.keys(scenarios), 'network failure'),
        secrets,
        async ([, transport], scenario, s) => {
          const events: LogEvent[] = [];
          const network = scenario === 'network failure';
          respond = network ? json(200, {}) : (scenarios[scenario]?.(s) ?? json(200, {}));
          const client = createClient({
            apiKey: s.apiKey,
            baseUrl: server.url,
            fetch: network ? chattyFailure(s) : transport,
            logger: (event) => events.push(event),
            retry: { retries: 1, sleep: async () => {} },
            validateResponse: scenario.includes('validation') ? validateResponse : undefined,
          });
          const result = await client.verifySmsOtp({
            secondFactorAuthenticationToken: s.token,
            otp: s.otp,
            gRecaptchaResponse: s.captcha,
            securityAnswer: { q1: s.answer },
          });
          const shown = [result.error, { ...result, data: undefined }, events].flatMap(renderings).join('\n');
          for (const value of Object.values(s)) {
            for (const form of forms(value)) expect(shown).not.toContain(form);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test("the operation's secret names mask the key and the token in a URL, whatever they are, and nothing else", () => {
    const redactUrl = createNameRedactor(verifySmsOtpOperation.secrets);
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }),
        anyString,
        (key, token, other) => {
          const url = `https://h/p?apikey=${encodeURIComponent(key)}&secondfactorauthenticationtoken=${encodeURIComponent(token)}&fields=${encodeURIComponent(other)}`;
          const params = new URL(redactUrl(url)).searchParams;
          expect(params.get('apikey')).toBe('***');
          expect(params.get('secondfactorauthenticationtoken')).toBe('***');
          expect(params.get('fields')).toBe(other);
        },
      ),
    );
  });

  test('createRedactor masks every form of every secret in any surrounding text', () => {
    fc.assert(
      fc.property(
        fc.array(secret, { minLength: 1, maxLength: 4 }),
        fc.array(fc.string(), { maxLength: 4 }),
        (values, around) => {
          const redact = createRedactor(values);
          const text = values.flatMap((v, i) => [around[i] ?? '', ...forms(v).slice(0, 3)]).join(' ');
          const out = redact(text);
          for (const value of values)
            for (const form of forms(value).slice(0, 3)) expect(out).not.toContain(form);
        },
      ),
    );
  });

  test('needlesOf: a value that decodes to itself is one needle, one that decodes otherwise is two', () => {
    expect(needlesOf('abc')).toEqual([]);
    expect(needlesOf('secret-1234')).toEqual(['secret-1234']);
    expect(needlesOf('a+b%2Fc')).toEqual(['a+b%2Fc', 'a b/c']);
  });

  test('createRedactor masks any mix of encodings that decodes to a secret', () => {
    // Each character as is, percent-encoded (either hex case) or JSON-escaped, chosen independently.
    const encoded = (value: string) =>
      fc
        .array(fc.constantFrom('as is', 'upper', 'lower', 'json'), {
          minLength: [...value].length,
          maxLength: [...value].length,
        })
        .map((ways) =>
          [...value]
            .map((char, i) => {
              const way = ways[i];
              if (way === 'json')
                return [...Array(char.length).keys()]
                  .map((k) => `\\u${char.charCodeAt(k).toString(16).padStart(4, '0')}`)
                  .join('');
              if (way === 'as is') return char;
              const bytes = [...new TextEncoder().encode(char)].map(
                (b) => `%${b.toString(16).padStart(2, '0')}`,
              );
              return way === 'upper' ? bytes.join('').toUpperCase() : bytes.join('');
            })
            .join(''),
        );
    fc.assert(
      fc.property(
        secret.chain((value) => fc.tuple(fc.constant(value), encoded(value))),
        fc.string(),
        ([value, form], around) => {
          expect(createRedactor([value])(`${around}${form}${around}`)).toBe(`${around}***${around}`);
        },
      ),
    );
  });
});
