// The operation-agnostic runtime of @lr-mfa/client. The generated code (./generated/client/) describes each
// operation of the spec as a facts table (method, path, inputs, retry rule, secrets, response kinds) and types;
// this module turns such a table into client methods. Every request goes through openapi-fetch (its
// `request`, serializers, middleware and `fetch` option); on top of it the runtime checks the options before
// sending (./options.ts, ./request.ts), adds the API key, bounds each attempt (headers and body) by a timeout
// (./attempt.ts), classifies every outcome into a typed error (./classify.ts), retries by the operation's rule
// (./retry.ts), and masks the operation's secrets everywhere (./redact.ts).
import createFetchClient, { type Middleware } from 'openapi-fetch';
import { attempt } from './attempt.js';
import { type ClientState, createCall, type PreparedOperation, prepareOperation, type Send } from './call.js';
import { type ClientError, InvalidOptionError } from './errors.js';
import type { ApiFacts, OperationFacts } from './facts.js';
import { type ClientOptions, checkMiddleware, clientSettings, headerRecord } from './options.js';
import { buildRequest } from './request.js';
import type { Outcome, ResponseInfo } from './response.js';
import { retryDelay, retryPolicy } from './retry.js';
import { abortedByCaller } from './transport-error.js';

export type { ApiErrorFacts, ApiFacts, InputRow, OperationFacts, ResponseReads } from './facts.js';
export {
  type CallOptions,
  type ClientOptions,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  type Fetch,
  type HeadersInput,
  type LogEvent,
  type Logger,
  type ResponseValidator,
} from './options.js';
export type { ResponseInfo, Result } from './response.js';
export type { ClientError };

/** What every client has beside its generated methods. */
export interface ClientBase {
  /** Registers openapi-fetch middleware for later calls. */
  use(...middleware: Middleware[]): void;
  /** Unregisters middleware. */
  eject(...middleware: Middleware[]): void;
}

/** One call of `op`: its options checked, then attempts until one succeeds or the retry policy stops. */
async function callOperation(prepared: PreparedOperation, given: unknown): Promise<Outcome> {
  const { op } = prepared;
  let request: ReturnType<typeof buildRequest>;
  // Everything is checked, and the request's parts built once, before anything is sent.
  try {
    request = buildRequest(prepared, given);
  } catch (error) {
    if (error instanceof InvalidOptionError) return { error, attempts: 0 };
    throw error;
  }
  const call = createCall(prepared, request);
  const { signal } = call;
  const policy = retryPolicy(op.retry, prepared.retry, request.options.retry);
  const aborted = (when: string, attempts: number, response?: ResponseInfo): Outcome => ({
    error: abortedByCaller(call, attempts, when),
    response,
    attempts,
  });
  if (signal?.aborted) return aborted('before sending', 0);
  for (let number = 1; ; number++) {
    const outcome = await attempt(call, number);
    const { error } = outcome;
    if (!error || !policy) return outcome;
    const delayMs = retryDelay(error, number, policy);
    if (delayMs === undefined) return outcome;
    call.log('retry', number, { delayMs, error });
    await policy.sleep(delayMs, signal);
    if (signal?.aborted) return aborted('while waiting to retry', number, outcome.response);
  }
}

/**
 * Builds a client from the API's facts and its operations' tables: one method per operation (result style)
 * and one `…OrThrow` (throwing style). The generated `createClient` calls it with the spec's tables.
 */
export function createRuntime(
  options: ClientOptions,
  api: ApiFacts,
  operations: readonly OperationFacts[],
): ClientBase & Record<string, (options?: object) => Promise<unknown>> {
  const settings = clientSettings(options, api);
  const fetchClient = createFetchClient({
    baseUrl: settings.baseUrl,
    fetch: settings.fetch,
    headers: {
      accept: 'application/json',
      ...headerRecord(options.headers),
      ...settings.keyHeader,
    },
  });
  const state: ClientState = { ...settings, send: fetchClient.request as unknown as Send };
  const use = (...list: Middleware[]) => {
    fetchClient.use(...checkMiddleware(list));
    state.middleware ||= list.length > 0;
  };
  use(...(options.middleware ?? []));
  const client: ClientBase & Record<string, (options?: object) => Promise<unknown>> = {
    use,
    eject: (...list: Middleware[]) => fetchClient.eject(...list),
  } as never;
  for (const op of operations) {
    // What each operation's calls share, built on its first call.
    let prepared: PreparedOperation | undefined;
    const call = (given: unknown) => {
      prepared ??= prepareOperation(state, op);
      return callOperation(prepared, given);
    };
    client[op.id] = call;
    client[`${op.id}OrThrow`] = async (given) => {
      const result = await call(given);
      if (result.error) throw result.error;
      return result.data;
    };
  }
  return client;
}
