// The state calls read, in three layers that are each other's prototypes: the client's (settings, openapi-fetch's
// `request`), an operation's (built on its first call) and one call's (its request, limits, and the redaction,
// URL and logging built lazily from them, so a call that succeeds without a logger pays nothing for them).
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import { CALL_OPTIONS, type OperationFacts, optionOf, wireOf } from './facts.js';
import type { CallOptions, ClientSettings, LogEvent, Loose } from './options.js';
import { createNameRedactor, createRedactor, type Redact } from './redact.js';

/** openapi-fetch's `request`, without the path typing (the facts table is the source of the paths). */
export type Send = (
  method: string,
  path: string,
  init: Loose,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** What every call of one client reads: its settings and openapi-fetch's `request`. */
export interface ClientState extends ClientSettings {
  send: Send;
  /** Whether middleware may run: set by the first one registered, kept after `eject` (some may remain). */
  middleware?: boolean;
}

/**
 * What every call of one operation of one client reads, built on its first call. The client's state is its
 * prototype, as it is the prototype of each call: nothing is copied per call, and the prototypes are few and
 * long-lived, which engines read fast.
 */
export interface PreparedOperation extends ClientState {
  op: OperationFacts;
  /** The options a call may name (the inputs' and `CALL_OPTIONS`), and the wire name of each input. */
  known: string[];
  aliases: string[];
  /** Masks the values of the operation's secret names in a text. */
  byName: Redact;
  /** The secret wire names, lower-case: members of a parsed body masked whole. */
  secretNames: ReadonlySet<string>;
  querySerializer: (query: Loose) => string;
}

/** A new object with `proto`'s properties as its prototype's and `own` as its own. */
const extend = <Proto extends object, Own extends object>(proto: Proto, own: Own): Proto & Own =>
  Object.assign(Object.create(proto) as Proto, own);

export const prepareOperation = (client: ClientState, op: OperationFacts): PreparedOperation =>
  extend(client, {
    op,
    known: [...op.inputs.map(optionOf), ...CALL_OPTIONS],
    aliases: op.inputs.map(wireOf),
    byName: createNameRedactor(op.secrets),
    secretNames: new Set(op.secrets.map((name) => name.toLowerCase())),
    querySerializer: createQuerySerializer(op.query),
  });

/** One call's request as openapi-fetch takes it, and the secret strings it carries. */
export interface CallRequest {
  init: {
    params: { path: Loose; query: Loose; header: Loose };
    body: unknown;
    /** The call's own headers, lower-cased; undefined when it has none. */
    headers: Record<string, string> | undefined;
  };
  /** The API key and every value of a secret input: masked wherever the call shows text. */
  secrets: string[];
  /** The call's options beside its inputs. */
  options: CallOptions;
}

/** One call in progress; its operation's prepared state is its prototype. */
export interface Call extends PreparedOperation {
  init: CallRequest['init'];
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

const now = () => (globalThis.performance ?? Date).now();
/** Milliseconds since `start`, rounded to 0.01 ms: plenty for logs, and no 16-digit floats in them. */
export const since = (start: number) => Math.round((now() - start) * 100) / 100;
export { now };

export function createCall(prepared: PreparedOperation, request: CallRequest): Call {
  const { op } = prepared;
  const { signal, timeoutMs = prepared.timeoutMs } = request.options;
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
        baseUrl: prepared.baseUrl,
        params: request.init.params,
        querySerializer: prepared.querySerializer,
        pathSerializer: defaultPathSerializer,
      }),
    );
    return masked;
  };
  const { logger } = prepared;
  const log: Call['log'] = (type, attempt, fields) => {
    try {
      if (logger)
        logger({ type, operation: op.id, attempt, method: op.method, url: url(), ...fields } as LogEvent);
    } catch {
      // A failing logger must not change the outcome of a call.
    }
  };
  return extend(prepared, { init: request.init, signal, timeoutMs, redact, url, log });
}
