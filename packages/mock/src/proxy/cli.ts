// `lr-mfa-mock proxy`: runs the traffic-check proxy until SIGINT/SIGTERM, then writes the report and exits
// (non-zero with --fail-on-drift when anything disagreed with the spec).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { REPORT_PATH, startProxy } from './proxy.js';

export const PROXY_USAGE = `Usage: lr-mfa-mock proxy --upstream <url> [--port <port>] [--report <file.json>] [--record <dir>]
                         [--timeout <ms>] [--ca <file.pem>] [--show-values] [--fail-on-drift]

  --upstream       the API to check (https://api.loginradius.com, a staging tenant's URL)
  --port           port on 127.0.0.1 (default 4011; 0 picks a free one)
  --report         write the report here as JSON and beside it as Markdown (.md) on exit
  --record         save exchanges (secrets masked, strings anonymized) as examples the mock can serve
  --timeout        upstream deadline in ms (default 30000); past it the proxy answers 502
  --ca             extra CA certificate (PEM) to trust for the upstream
  --show-values    show values of short, non-secret, word-like strings (enum-like fields) in the report
  --fail-on-drift  exit 1 when any disagreement or upstream failure was seen`;

/** Parses the subcommand's arguments; throws a message for the usage line. */
function options(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      upstream: { type: 'string' },
      port: { type: 'string' },
      report: { type: 'string' },
      record: { type: 'string' },
      timeout: { type: 'string' },
      ca: { type: 'string' },
      'show-values': { type: 'boolean' },
      'fail-on-drift': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const port = values.port === undefined ? 4011 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port must be 0-65535, got "${values.port}"`);
  const timeoutMs = values.timeout === undefined ? 30_000 : Number(values.timeout);
  if (!Number.isSafeInteger(timeoutMs) || timeoutMs < 1)
    throw new Error(`--timeout must be a positive integer`);
  if (!values.help && !values.upstream) throw new Error('--upstream is required');
  return { ...values, port, timeoutMs };
}

export async function proxyMain(args: string[], fail: (message: string) => never): Promise<void> {
  let values: ReturnType<typeof options>;
  try {
    values = options(args);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${PROXY_USAGE}\n`);
    return;
  }
  let ca: string | undefined;
  try {
    ca = values.ca === undefined ? undefined : readFileSync(values.ca, 'utf8');
  } catch (error) {
    return fail(`cannot read --ca ${values.ca}: ${(error as Error).message}`);
  }
  const proxy = await startProxy({
    upstream: values.upstream as string,
    port: values.port,
    timeoutMs: values.timeoutMs,
    showValues: values['show-values'] ?? false,
    log: (line) => process.stderr.write(`${line}\n`),
    ...(ca !== undefined ? { ca } : {}),
    ...(values.report !== undefined ? { report: values.report } : {}),
    ...(values.record !== undefined ? { record: values.record } : {}),
  }).catch((error: NodeJS.ErrnoException) =>
    fail(error.code === 'EADDRINUSE' ? `port ${values.port} is already in use` : error.message),
  );
  process.stdout.write(
    `lr-mfa traffic-check proxy listening on ${proxy.url}, forwarding to ${values.upstream}\n` +
      `  report  ${proxy.url}${REPORT_PATH} (JSON), ${proxy.url}${REPORT_PATH}.md; POST writes the files\n` +
      'Ctrl-C to stop and write the report.\n',
  );
  const stop = async () => {
    const written = await proxy.writeReport().catch((error: Error) => {
      process.stderr.write(`lr-mfa-mock proxy: cannot write the report: ${error.message}\n`);
      return process.exit(2);
    });
    await proxy.close();
    const report = proxy.report();
    process.stdout.write(
      `${report.items.length} disagreement(s) in ${report.exchanges} exchange(s)${written.length ? `; report: ${written.join(', ')}` : ''}\n`,
    );
    process.exit(values['fail-on-drift'] && proxy.drifted() ? 1 : 0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
