// The traffic-check proxy: forwards every request to the real API unchanged and checks each exchange against the
// spec (checks.ts), aggregating disagreements into a report (report.ts) that never holds a secret or a profile
// value. Binds 127.0.0.1 only. The report is served at `/__proxy/report` (JSON; `.md` for the summary) and
// written to files on `writeReport()` (the CLI calls it on SIGINT/SIGTERM) or `POST /__proxy/report`.
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { HOST, readBody } from '../adapters/node-server.js';
import { routeError } from '../core/errors.js';
import type { MockResponse } from '../core/http.js';
import { Router } from '../core/operations.js';
import { checkRequest, checkResponse, type Finding } from './checks.js';
import { proxyIndex } from './data.js';
import { createUpstream, endToEnd, type Upstream } from './forward.js';
import { Recorder } from './record.js';
import { DriftReport, type DriftReportJson, reportMarkdown } from './report.js';
import { SecretBook } from './secrets.js';

export interface ProxyOptions {
  /** The API to check, `https://api.loginradius.com` or a staging tenant's URL (a base path is kept). */
  upstream: string;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Deadline of one upstream exchange, in ms; past it the proxy answers 502. Default 30 000. */
  timeoutMs?: number;
  /** Largest request body forwarded and largest response body checked, in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Distinct report items kept (memory bound); more are counted as dropped. Default 1000. */
  maxEntries?: number;
  /** Extra certificate authorities (PEM) trusted for an https upstream, e.g. a staging tenant's own CA. */
  ca?: string | string[];
  /** Also show values of short, non-secret, word-like strings (enum-like fields) in the report. */
  showValues?: boolean;
  /** Writes the report here as JSON and, beside it, as Markdown (`.md`) on `writeReport()`. */
  report?: string;
  /** Saves exchanges, secrets masked and strings anonymized, as named examples the mock can serve. */
  record?: string;
  /** One line per new disagreement and per upstream failure, secrets masked. Default: none. */
  log?: (line: string) => void;
}

export interface ProxyServer {
  url: string;
  port: number;
  report(): DriftReportJson;
  markdown(): string;
  /** Whether any disagreement (or upstream failure) was seen. */
  drifted(): boolean;
  /** Writes the report files (when `report` is set); resolves with their paths. */
  writeReport(): Promise<string[]>;
  close(): Promise<void>;
}

export const REPORT_PATH = '/__proxy/report';

interface Context {
  upstream: Upstream;
  router: Router;
  report: DriftReport;
  secrets: SecretBook;
  recorder: Recorder | undefined;
  options: Required<Pick<ProxyOptions, 'timeoutMs' | 'maxBodyBytes' | 'showValues'>> & ProxyOptions;
  hosts: string[];
  writeReport(): Promise<string[]>;
}

/** Starts the proxy on 127.0.0.1 and resolves once it listens. */
export async function startProxy(options: ProxyOptions): Promise<ProxyServer> {
  const { timeoutMs = 30_000, maxBodyBytes = 1024 * 1024, maxEntries = 1000, showValues = false } = options;
  for (const [name, value] of Object.entries({ timeoutMs, maxBodyBytes, maxEntries })) {
    if (!Number.isSafeInteger(value) || value < 1) throw new TypeError(`${name} must be a positive integer`);
  }
  const upstream = createUpstream(options.upstream, options.ca);
  const secrets = new SecretBook();
  const report = new DriftReport(
    upstream.url.origin + upstream.url.pathname.replace(/\/+$/, ''),
    maxEntries,
    (text) => secrets.mask(text),
  );
  const context: Context = {
    upstream,
    router: new Router(),
    report,
    secrets,
    recorder: options.record ? new Recorder(options.record, secrets) : undefined,
    options: { ...options, timeoutMs, maxBodyBytes, showValues },
    hosts: [],
    writeReport: () => writeReportFiles(report.toJSON(), options.report),
  };
  const server = createServer((req, res) => {
    handle(context, req, res).catch(() => {
      if (!res.headersSent) sendOutcome(res, proxyError(500, 'Internal Server Error', 'the proxy failed.'));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  context.hosts = [`${HOST}:${port}`, `localhost:${port}`];
  let closing: Promise<void> | undefined;
  return {
    url: `http://${HOST}:${port}`,
    port,
    report: () => report.toJSON(),
    markdown: () => reportMarkdown(report.toJSON()),
    drifted: () => report.size > 0 || report.upstreamFailures > 0,
    writeReport: context.writeReport,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        upstream.agent.destroy();
      });
      return closing;
    },
  };
}

async function writeReportFiles(json: DriftReportJson, file: string | undefined): Promise<string[]> {
  if (!file) return [];
  const markdown = file.replace(/(\.json)?$/i, '.md');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(markdown, reportMarkdown(json));
  return [file, markdown];
}

/** A vendor-shaped error body whose Description says the proxy, not the API, answered. */
function proxyError(status: number, message: string, why: string): MockResponse {
  return routeError(status, message, `lr-mfa-mock proxy answered, not the API: ${why}`);
}

function sendOutcome(res: ServerResponse, outcome: MockResponse, extra: Record<string, string> = {}): void {
  const body = Buffer.from(outcome.body, 'utf8');
  res.writeHead(outcome.status, { ...outcome.headers, ...extra, 'content-length': String(body.length) });
  res.end(body);
}

async function handle(ctx: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://proxy.invalid');
  if (url.pathname === REPORT_PATH || url.pathname === `${REPORT_PATH}.md`)
    return serveReport(ctx, req, res, url.pathname.endsWith('.md'));
  let body: string | undefined;
  try {
    body = await readBody(req, ctx.options.maxBodyBytes);
  } catch {
    return; // the client went away before the end of its body: nothing to forward or answer
  }
  if (body === undefined) {
    const why = `the request body is larger than ${ctx.options.maxBodyBytes} bytes; nothing was forwarded.`;
    sendOutcome(res, proxyError(413, 'Payload Too Large', why), { connection: 'close' });
    res.on('finish', () => req.socket.destroy());
    return;
  }
  ctx.report.exchanges += 1;
  const { operationId, findings } = inspectRequest(ctx, req, url, body);
  const response = await forward(ctx, req, res, body);
  // A HEAD answer has no body to check.
  if (response && operationId !== undefined && req.method !== 'HEAD') {
    const check = checkResponse(
      operationId,
      response.status,
      response.contentType,
      response.body,
      ctx.options.maxBodyBytes,
    );
    ctx.secrets.learnFromJson(check.json);
    findings.push(...check.findings);
    for (const observation of check.observations) ctx.report.observe(observation);
    await ctx.recorder
      ?.record(operationId, response.status, response.contentType, check.json, findings)
      .catch((error: Error) => log(ctx, `cannot record the exchange: ${error.message}`));
  }
  note(ctx, findings);
}

/** Learns the request's secrets, then finds its operation and checks its inputs. */
function inspectRequest(ctx: Context, req: IncomingMessage, url: URL, body: string) {
  ctx.secrets.learnFromQuery(url.searchParams);
  for (const [name, value] of Object.entries(req.headers))
    if (ctx.secrets.isSecretName(name)) ctx.secrets.learn(String(value));
  if (body !== '') {
    try {
      ctx.secrets.learnFromJson(JSON.parse(body));
    } catch {
      // not JSON: no secret-named members to learn
    }
  }
  const method = req.method ?? 'GET';
  // A browser's CORS preflight asks about an operation; it is none itself.
  if (method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined)
    return { operationId: undefined, findings: [] };
  const route = ctx.router.match(method, url.pathname);
  if (route.type !== 'match') {
    const finding: Finding = {
      operation: `${method} ${genericPath(ctx.secrets.mask(url.pathname))}`,
      status: 'request',
      pointer: '',
      kind: 'undocumented-operation',
      expected: 'an operation of the spec',
      seen:
        route.type === 'method' ? `method not in the spec (${route.allowed.join(', ')} are)` : 'unknown path',
      at: proxyIndex().specPathsAt,
    };
    return { operationId: undefined, findings: [finding] };
  }
  const findings = checkRequest(route.operation, url, req.headers, route.pathParams, body);
  return { operationId: route.operation.id, findings };
}

/** A path with id-like segments (digits in a long segment) written `*`, so ids never multiply report items. */
function genericPath(path: string): string {
  return path
    .split('/')
    .map((segment) => ((/\d/.test(segment) && segment.length >= 6) || segment.length > 40 ? '*' : segment))
    .join('/');
}

/** Adds the exchange's findings to the report (values only where allowed) and logs the new ones. */
function note(ctx: Context, findings: Finding[]): void {
  if (findings.length > 0) ctx.report.exchangesWithDrift += 1;
  for (const finding of findings) {
    const { value, ...rest } = finding;
    const shown = showable(ctx, finding.pointer, value) ? { ...rest, value } : rest;
    const created = ctx.report.add(shown);
    if (created)
      log(
        ctx,
        `drift ${created.operation} ${created.status} ${created.pointer || '(whole)'} ${created.kind}: spec expects ${created.expected}, seen ${finding.seen} (${created.at})`,
      );
  }
}

/** `--show-values` shows short word-like strings only, never under a secret name or equal to a known secret. */
function showable(ctx: Context, pointer: string, value: unknown): boolean {
  if (!ctx.options.showValues || typeof value !== 'string' || !/^[\w.:+-]{1,32}$/.test(value)) return false;
  const names = pointer.split('/');
  return !names.some((name) => ctx.secrets.isSecretName(name)) && !ctx.secrets.isSecretValue(value);
}

function log(ctx: Context, line: string): void {
  ctx.options.log?.(ctx.secrets.mask(line));
}

interface Forwarded {
  status: number;
  contentType: string | undefined;
  /** The body as text, or undefined when it was larger than the check limit. */
  body: string | undefined;
}

/**
 * Sends the request upstream and streams the answer back as it comes, keeping a copy of at most
 * `maxBodyBytes` for the checks. Undefined when there is nothing to check: the upstream failed (the client got
 * a 502, or a cut connection once the answer had started) or the client went away first.
 */
async function forward(ctx: Context, req: IncomingMessage, res: ServerResponse, body: string) {
  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, ctx.options.timeoutMs);
  const cut = { byClient: false, byProxy: false };
  res.on('close', () => {
    if (res.writableFinished || cut.byProxy) return;
    cut.byClient = true;
    abort.abort();
  });
  let upstream: IncomingMessage;
  try {
    upstream = await ctx.upstream.send(req.method ?? 'GET', req.url ?? '/', req.headers, body, abort.signal);
  } catch (error) {
    clearTimeout(timer);
    if (cut.byClient) ctx.report.abandoned += 1;
    else upstreamFailed(ctx, res, timedOut ? undefined : ((error as NodeJS.ErrnoException).code ?? 'error'));
    return undefined;
  }
  res.writeHead(upstream.statusCode ?? 502, endToEnd(upstream.headers));
  const copy = await relay(ctx, upstream, res, cut);
  clearTimeout(timer);
  if (copy === null) {
    if (cut.byClient) ctx.report.abandoned += 1;
    else ctx.report.upstreamFailures += 1;
    return undefined;
  }
  const contentType = upstream.headers['content-type'];
  return { status: upstream.statusCode ?? 502, contentType, body: copy } satisfies Forwarded;
}

/** The 502 of an upstream that could not be reached (a code) or did not answer in time (undefined). */
function upstreamFailed(ctx: Context, res: ServerResponse, code: string | undefined): void {
  ctx.report.upstreamFailures += 1;
  const why =
    code === undefined
      ? `the upstream did not answer within ${ctx.options.timeoutMs} ms.`
      : `the upstream could not be reached (${code}).`;
  log(ctx, `upstream failure: ${why}`);
  sendOutcome(res, proxyError(502, 'Bad Gateway', why));
}

/**
 * Streams the upstream body to the client (with backpressure); resolves with the kept copy (undefined past the
 * limit), or null when either side cut the exchange short.
 */
function relay(
  ctx: Context,
  upstream: IncomingMessage,
  res: ServerResponse,
  cut: { byProxy: boolean },
): Promise<string | undefined | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  return new Promise((resolve) => {
    upstream.on('data', (chunk: Buffer) => {
      if (size <= ctx.options.maxBodyBytes) {
        size += chunk.length;
        if (size <= ctx.options.maxBodyBytes) chunks.push(chunk);
        else chunks.length = 0;
      }
      if (!res.write(chunk)) {
        upstream.pause();
        res.once('drain', () => upstream.resume());
      }
    });
    upstream.once('end', () => {
      res.end();
      resolve(size <= ctx.options.maxBodyBytes ? Buffer.concat(chunks).toString('utf8') : undefined);
    });
    upstream.once('error', () => undefined);
    upstream.once('close', () => {
      if (upstream.complete) return;
      cut.byProxy = true;
      res.destroy();
      resolve(null);
    });
  });
}

/** The report endpoint: GET reads it, POST also writes the report files. Local only (Host checked). */
async function serveReport(ctx: Context, req: IncomingMessage, res: ServerResponse, markdown: boolean) {
  req.resume();
  const host = req.headers.host?.toLowerCase();
  if (host === undefined || !ctx.hosts.includes(host))
    return sendOutcome(res, proxyError(403, 'Forbidden', 'the report is served to the local host only.'));
  const written = req.method === 'POST' ? await ctx.writeReport() : [];
  const json = ctx.report.toJSON();
  const text = markdown ? reportMarkdown(json) : JSON.stringify({ ...json, written }, null, 2);
  const type = markdown ? 'text/markdown; charset=utf-8' : 'application/json; charset=utf-8';
  sendOutcome(res, {
    type: 'response',
    status: 200,
    headers: { 'content-type': type, 'cache-control': 'no-store' },
    body: text,
  });
}
