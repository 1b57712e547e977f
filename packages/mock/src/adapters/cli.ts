// The serving half of the lr-mfa-mock bin (the entry is src/cli.ts): runs the mock server until interrupted.
//   lr-mfa-mock [--port 4010] [--config mock.json] [--control-token <secret>] [--examples <dir>]
// The config file is MockOptions as JSON ({ "tenants": [...], "users": [...], "limits": {...} }).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { RecordedExample } from '../core/recorded.js';
import type { MockEngineOptions } from '../domain/mock.js';
import { verifyHowTo } from '../domain/verify.js';
import { startMockServer } from './node-server.js';

const TOKEN_ENV = 'LR_MFA_MOCK_CONTROL_TOKEN';

const USAGE = `Usage: lr-mfa-mock [--port <port>] [--config <file.json>] [--control-token <secret>] [--examples <dir>]
       lr-mfa-mock proxy --upstream <url> [...]   (lr-mfa-mock proxy --help)

  --port           port on 127.0.0.1 (default 4010; 0 picks a free one)
  --config         JSON file with MockOptions: { "tenants": [...], "users": [...], "limits": {...} }
  --control-token  secret the control API (/__mock) requires in the x-mock-control-token header
                   (default: the ${TOKEN_ENV} environment variable; none when unset)
  --examples       a folder of answers recorded by \`lr-mfa-mock proxy --record\`, served when a request's
                   \`Prefer: example=<name>\` names one
  --help           show this help`;

export function fail(message: string): never {
  process.stderr.write(`lr-mfa-mock: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

/** The recorded answers in a folder (every `.json` file the proxy's `--record` wrote). */
function readExamples(dir: string): RecordedExample[] {
  try {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    return files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as RecordedExample);
  } catch (error) {
    fail(`cannot read --examples ${dir}: ${(error as Error).message}`);
  }
}

/** `lr-mfa-mock [options]`: parses the command line and serves the mock until interrupted. */
export function serveMain(): void {
  let values: { port?: string; config?: string; 'control-token'?: string; examples?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', short: 'p' },
        config: { type: 'string', short: 'c' },
        'control-token': { type: 'string' },
        examples: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = values.port === undefined ? 4010 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    fail(`--port must be 0-65535, got "${values.port}"`);

  let options: MockEngineOptions = {};
  if (values.config !== undefined) {
    try {
      options = JSON.parse(readFileSync(values.config, 'utf8')) as MockEngineOptions;
    } catch (error) {
      fail(`cannot read --config ${values.config}: ${(error as Error).message}`);
    }
  }

  if (values.examples !== undefined) options.examples = readExamples(values.examples);

  const controlToken = values['control-token'] ?? process.env[TOKEN_ENV];
  if (controlToken === '') fail('--control-token must not be empty');

  startMockServer({ ...options, port, ...(controlToken !== undefined ? { controlToken } : {}) }).then(
    (server) => {
      const tenants = server.mock.tenants();
      const [first] = tenants;
      const auth = controlToken !== undefined ? ` -H 'x-mock-control-token: <token>'` : '';
      const routes = server.mock.operations();
      const lines = [
        `lr-mfa mock listening on ${server.url}`,
        '',
        ...routes.map((r) => `  ${r.operationId.padEnd(14)} ${r.method} ${server.url}${r.path}`),
        `  control    ${server.url}/__mock (routes listed there${controlToken !== undefined ? '; token required' : ''})`,
        `  API keys   ${tenants.map((t) => `${t.apiKey} (${t.name})`).join('\n             ')}`,
        '',
        'Get an OTP (a login by the first user, OTP "sent" by SMS; add "isvoiceotp": true for a voice call):',
        `  curl -s -X POST ${server.url}/__mock/second-factor-tokens -H 'content-type: application/json'${auth} -d '{"apiKey":"${first?.apiKey}"}'`,
        `  curl -s ${server.url}/__mock/second-factor-tokens/<secondFactorAuthenticationToken>/otp${auth}`,
        ...verifyHowTo(server.url, routes, first?.apiKey),
        '',
        'Ctrl-C to stop.',
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      const stop = () => {
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error: NodeJS.ErrnoException) => {
      fail(error.code === 'EADDRINUSE' ? `port ${port} is already in use` : error.message);
    },
  );
}
