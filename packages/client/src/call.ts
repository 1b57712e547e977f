// What the attempts of one call share: its operation, its request, its limits, and the redaction, URL and
// logging built lazily from them, so a call that succeeds without a logger pays nothing for them.
import { createFinalURL, defaultPathSerializer } from 'openapi-fetch';
import type { OperationFacts } from './facts.js';
import type { ClientSettings, LogEvent, Loose } from './options.js';
import { createRedactor, type Redact } from './redact.js';
import type { CallRequest, PreparedOperation } from './request.js';

/** openapi-fetch's `request`, without the path typing (the facts table is the source of the paths). */
export type Send = (
  method: string,
  path: string,
  init: Loose,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** What every call of one client reads: its settings, openapi-fetch's `request`, each operation's memo. */
export interface ClientState extends ClientSettings {
  send: Send;
  prepared: Map<OperationFacts, PreparedOperation>;
}

/** One call in progress: its client's state, its operation's memo and its request, flat for short reads. */
export interface Call extends ClientState, PreparedOperation, CallRequest {
  op: OperationFacts;
  signal: AbortSignal | undefined;
  /** Per-attempt timeout: the call's, else the client's. */
  timeoutMs: number;
  /** Masks the call's secrets (its values and the operation's secret names) in a text. */
  redact: Redact;
  /** The URL as openapi-fetch builds it, secrets masked: what errors, logs and `response.url` show. */
  url: () => string;
  /** Sends an event to the client's logger, if any; a failing logger changes nothing. */
  log: (type: LogEvent['type'], attempt: number, fields?: object) => void;
}

/** One attempt in progress: its call, its number (from 1) and when it started. */
export interface AttemptRun extends Call {
  number: number;
  started: number;
}

const now = () => (globalThis.performance ?? Date).now();
/** Milliseconds since `start`, rounded to 0.01 ms: plenty for logs, and no 16-digit floats in them. */
export const since = (start: number) => Math.round((now() - start) * 100) / 100;
export { now };

export function createCall(
  client: ClientState,
  op: OperationFacts,
  prepared: PreparedOperation,
  request: CallRequest,
): Call {
  const { signal, timeoutMs = client.timeoutMs } = request.options;
  // Built on first use: only failures show text the client did not write (bodies, runtime messages).
  let redactor: Redact | undefined;
  const redact: Redact = (text) => {
    redactor ??= createRedactor(request.secrets, prepared.byName);
    return redactor(text);
  };
  let masked: string | undefined;
  const url = () => {
    masked ??= redact(
      createFinalURL(op.path, {
        baseUrl: client.baseUrl,
        params: request.init.params,
        querySerializer: prepared.querySerializer,
        pathSerializer: defaultPathSerializer,
      }),
    );
    return masked;
  };
  const { logger } = client;
  const log: Call['log'] = (type, attempt, fields) => {
    try {
      if (logger)
        logger({ type, operation: op.id, attempt, method: op.method, url: url(), ...fields } as LogEvent);
    } catch {
      // A failing logger must not change the outcome of a call.
    }
  };
  return { ...client, ...prepared, ...request, op, signal, timeoutMs, redact, url, log };
}
