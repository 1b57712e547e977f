// The contenders of the call-overhead benchmark. Each one makes the same call a real integration makes:
// PUT the OTP as JSON with the API key and the second-factor token in the query string, wait for the seed's
// 200 body and parse it. `setup` returns a function doing one such call and resolving to the parsed body;
// the runner checks that body once before timing, and the server counts every request it accepted.
import http from 'node:http';
import https from 'node:https';
import { benchedOperation } from '../lib/operation.js';
import type { Importer } from '../lib/scratch.js';

export type Protocol = 'https' | 'http' | 'core';

/** What `setup` gets: where the server listens (none for 'core') and how to import a linked package. */
export interface SetupContext {
  base: string;
  protocol: Protocol;
  port: number | undefined;
  load: Importer;
  /** The seed's 200 body, as the server (or the stub fetch) answers it. */
  body: unknown;
}

/** One call, resolving to the parsed 200 body. */
export type Call = () => Promise<unknown>;

export interface Contender {
  id: string;
  label: string;
  /** The row every ratio is taken against (one per list). */
  baseline?: boolean;
  /** The second ratio column's reference: bare openapi-fetch. */
  reference?: boolean;
  target?: string;
  /** Linked package the contender needs; skipped when missing. */
  requires?: string;
  /** Protocols it runs on; all when absent. */
  protocols?: readonly Protocol[];
  /** The network contender a core contender explains (for --contenders). */
  of?: string;
  setup(context: SetupContext): Call | Promise<Call>;
}

// The few members of each linked package the calls use (the bench links them; the scripts do not depend on them).
interface OpenapiFetchModule {
  default(options: { baseUrl: string; fetch?: typeof fetch }): {
    PUT(
      path: string,
      init: { params: { query: Record<string, string> }; body: unknown },
    ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  };
}
interface ClientOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  validateResponse?: unknown;
}
interface ClientModule {
  createClient(options: ClientOptions & { apiKey: string }): {
    verifySmsOtp(input: {
      secondFactorAuthenticationToken: string;
      otp: string;
    }): Promise<{ data?: unknown; error?: unknown }>;
  };
}
interface ValidateModule {
  validateResponse: unknown;
}
interface VendorSdkModule {
  default(config: { apiKey: string; apiSecret: string; apiDomain: string }): {
    multiFactorAuthenticationApi: {
      mfaValidateOTPByPhone(body: { otp: string }, token: string): Promise<unknown>;
    };
  };
}

export const API_KEY = 'bench-api-key';
export const TOKEN = 'bench-second-factor-token';
export const OTP = '123456';
const PATH = benchedOperation().path;

const rawUrl = (base: string) =>
  `${base}${PATH}?apikey=${encodeURIComponent(API_KEY)}&secondfactorauthenticationtoken=${encodeURIComponent(TOKEN)}`;

/** One call on node:http(s) with a keep-alive agent: what a hand-written Node integration would do. */
function nodeRequest(protocol: Protocol, port: number | undefined): Call {
  const lib = protocol === 'https' ? https : http;
  const agent = new lib.Agent({ keepAlive: true, maxSockets: 1 });
  return () =>
    new Promise<unknown>((resolve, reject) => {
      const payload = JSON.stringify({ otp: OTP });
      const req = lib.request(
        {
          host: '127.0.0.1',
          port,
          method: 'PUT',
          path: rawUrl(''),
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}`));
            else resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
}

/** The call written by hand on `fetch`: what an integration without any client library does. */
function rawFetchCall(base: string, fetch: typeof globalThis.fetch = globalThis.fetch): Call {
  return async () => {
    const res = await fetch(rawUrl(base), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ otp: OTP }),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  };
}

/** The call on bare openapi-fetch (what the client wraps), with a client made with `options`. */
function openapiFetchCall(
  { default: createClient }: OpenapiFetchModule,
  options: { baseUrl: string; fetch?: typeof fetch },
): Call {
  const client = createClient(options);
  return async () => {
    const { data, error, response } = await client.PUT(PATH, {
      params: { query: { apikey: API_KEY, secondfactorauthenticationtoken: TOKEN } },
      body: { otp: OTP },
    });
    if (error !== undefined) throw new Error(`HTTP ${response.status}`);
    return data;
  };
}

/** `verifySmsOtp` of a client made with `options`, resolving to the 200 body (its non-throwing style). */
function clientCall({ createClient }: ClientModule, options: ClientOptions): Call {
  const client = createClient({ apiKey: API_KEY, ...options });
  return async () => {
    const { data, error } = await client.verifySmsOtp({ secondFactorAuthenticationToken: TOKEN, otp: OTP });
    if (error) throw error;
    return data;
  };
}

export const contenders: Contender[] = [
  {
    id: 'raw-fetch',
    label: 'raw fetch (baseline)',
    baseline: true,
    setup: ({ base }) => rawFetchCall(base),
  },
  {
    id: 'raw-node',
    label: 'raw node:http(s) keep-alive',
    setup: ({ protocol, port }) => nodeRequest(protocol, port),
  },
  {
    id: 'openapi-fetch',
    label: 'bare openapi-fetch (reference)',
    reference: true,
    requires: 'openapi-fetch',
    setup: async ({ base, load }) =>
      openapiFetchCall(await load<OpenapiFetchModule>('openapi-fetch'), { baseUrl: base }),
  },
  {
    id: 'client',
    label: '@lr-mfa/client verifySmsOtp',
    target: '≤ 1.05× openapi-fetch',
    requires: '@lr-mfa/client',
    setup: async ({ base, load }) =>
      clientCall(await load<ClientModule>('@lr-mfa/client'), { baseUrl: base }),
  },
  {
    id: 'client-validate',
    label: '@lr-mfa/client verifySmsOtp + response validation',
    requires: '@lr-mfa/client',
    setup: async ({ base, load }) => {
      const { validateResponse } = await load<ValidateModule>('@lr-mfa/client/validate');
      return clientCall(await load<ClientModule>('@lr-mfa/client'), { baseUrl: base, validateResponse });
    },
  },
  {
    id: 'vendor-sdk',
    label: 'vendor SDK (loginradius-sdk)',
    protocols: ['https'],
    requires: 'loginradius-sdk',
    setup: async ({ port, load }) => {
      // The SDK only takes a host name (`apiDomain`) and always calls https.request without a port or agent,
      // so requests go through https.globalAgent: a keep-alive agent whose default port is the bench server's
      // sends them to 127.0.0.1:PORT. Anything not on loopback is refused before a socket opens.
      const agent = new https.Agent({
        keepAlive: true,
        lookup: (hostname, _options, callback) =>
          callback(new Error(`bench: refusing to resolve ${hostname}; only 127.0.0.1 is allowed`), ''),
      });
      if (port === undefined) throw new Error('the vendor SDK needs the bench server');
      (agent as https.Agent & { defaultPort: number }).defaultPort = port; // https.Agent's constructor forces 443 whatever the options say
      https.globalAgent = agent;
      const { default: LoginRadius } = await load<VendorSdkModule>('loginradius-sdk');
      const apiDomain = '127.0.0.1';
      const lr = LoginRadius({ apiKey: API_KEY, apiSecret: 'bench-unused-secret', apiDomain });
      return () => lr.multiFactorAuthenticationApi.mfaValidateOTPByPhone({ otp: OTP }, TOKEN);
    },
  },
];

/** A `fetch` that answers at once with the seed body: no socket, no parsing beyond what the caller does. */
const stubFetch =
  (text: string): typeof fetch =>
  async () =>
    new Response(text, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } });

/**
 * In-process contenders on the stub fetch: what each client costs per call on its own (building the request,
 * timers, classifying and parsing the answer), apart from any transport. The baseline is the raw-fetch code
 * path on the same stub. `of` names the network contender each one explains.
 */
export const coreContenders: Contender[] = [
  {
    id: 'stub-raw',
    label: 'raw fetch code on a stub fetch (baseline)',
    baseline: true,
    setup: ({ base, body }) => rawFetchCall(base, stubFetch(JSON.stringify(body))),
  },
  {
    id: 'stub-openapi-fetch',
    of: 'openapi-fetch',
    label: 'bare openapi-fetch on a stub fetch (reference)',
    reference: true,
    requires: 'openapi-fetch',
    setup: async ({ base, load, body }) =>
      openapiFetchCall(await load<OpenapiFetchModule>('openapi-fetch'), {
        baseUrl: base,
        fetch: stubFetch(JSON.stringify(body)),
      }),
  },
  {
    id: 'stub-client',
    of: 'client',
    label: '@lr-mfa/client verifySmsOtp on a stub fetch',
    requires: '@lr-mfa/client',
    setup: async ({ base, load, body }) =>
      clientCall(await load<ClientModule>('@lr-mfa/client'), {
        baseUrl: base,
        fetch: stubFetch(JSON.stringify(body)),
      }),
  },
  {
    id: 'stub-client-validate',
    of: 'client-validate',
    label: '@lr-mfa/client + validation on a stub fetch',
    requires: '@lr-mfa/client',
    setup: async ({ base, load, body }) => {
      const { validateResponse } = await load<ValidateModule>('@lr-mfa/client/validate');
      return clientCall(await load<ClientModule>('@lr-mfa/client'), {
        baseUrl: base,
        fetch: stubFetch(JSON.stringify(body)),
        validateResponse,
      });
    },
  },
];
