// Soak of the CLI server: many MFA logins (start a login, read its OTP, verify it; every tenth login first sends
// a wrong OTP) over keep-alive connections, in rounds of a quarter of the logins. Prints each round's
// throughput and the server's heap after a full GC, read through an IPC probe preloaded into the server
// process. Figures are printed, not asserted: the machine's load decides them.
//
//   pnpm --filter @lr-mfa/mock bench:soak [--logins 400000] [--connections 10]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    logins: { type: 'string', default: '400000' },
    connections: { type: 'string', default: '10' },
  },
});
const LOGINS = Number(values.logins);
const CONNECTIONS = Number(values.connections);
const ROUNDS = 4;
if (
  !Number.isSafeInteger(LOGINS) ||
  LOGINS < ROUNDS ||
  !Number.isSafeInteger(CONNECTIONS) ||
  CONNECTIONS < 1
) {
  throw new Error('--logins and --connections must be positive integers (logins at least 4)');
}

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '../dist/cli.js');
if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`pnpm --filter @lr-mfa/mock build\` first`);

// Preloaded into the server: answers a 'heap' message with the heap used after a full collection.
const PROBE = `process.on('message', (m) => {
  if (m !== 'heap') return;
  global.gc(); global.gc();
  process.send(process.memoryUsage().heapUsed);
});
`;

const dir = await mkdtemp(join(tmpdir(), 'lr-mfa-soak-'));
const probe = join(dir, 'probe.cjs');
const config = join(dir, 'mock.json');
await writeFile(probe, PROBE);
// No lockout: the wrong OTPs of concurrent logins of one user must not lock it for the rest of the run.
await writeFile(config, JSON.stringify({ tenants: [{ apiKey: 'soak', lockout: { type: 'none' } }] }));

const server = spawn(
  process.execPath,
  ['--expose-gc', '--require', probe, cli, '--port', '0', '--config', config],
  {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  },
);
const url = await new Promise<URL>((resolve, reject) => {
  let out = '';
  server.stdout?.on('data', (chunk: Buffer) => {
    out += chunk;
    const found = /listening on (http:\/\/\S+)/.exec(out);
    if (found?.[1]) resolve(new URL(found[1]));
  });
  server.once('exit', (code) => reject(new Error(`the mock exited (${code}) before listening`)));
});
server.stdout?.resume();

const heap = () =>
  new Promise<number>((resolve) => {
    server.once('message', (m) => resolve(Number(m)));
    server.send('heap');
  });

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
let requests = 0;
let failures = 0;

function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, string> }> {
  requests++;
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers:
          payload === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : {} }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const routes = (await call('GET', '/__mock')).json as unknown as {
  operations: { operationId: string; method: string; path: string }[];
};
const verifyRoute = routes.operations.find((r) => r.operationId === 'verifySmsOtp');
if (!verifyRoute) throw new Error('the mock serves no verifySmsOtp');

async function login(n: number): Promise<void> {
  const started = await call('POST', '/__mock/second-factor-tokens', { apiKey: 'soak' });
  const token = started.json.secondFactorAuthenticationToken as string;
  const { otp } = (await call('GET', `/__mock/second-factor-tokens/${token}/otp`)).json as { otp: string };
  const path = `${verifyRoute?.path}?apikey=soak&secondfactorauthenticationtoken=${token}`;
  if (n % 10 === 0) {
    const wrong = await call(verifyRoute?.method as string, path, {
      otp: otp === '000000' ? '111111' : '000000',
    });
    if (wrong.status !== 403) failures++;
  }
  const right = await call(verifyRoute?.method as string, path, { otp });
  if (right.status !== 200) failures++;
}

async function round(count: number, offset: number): Promise<{ seconds: number; requests: number }> {
  const before = requests;
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < count) await login(offset + next++);
    }),
  );
  return { seconds: (performance.now() - start) / 1000, requests: requests - before };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
try {
  await round(Math.min(5000, LOGINS), 0); // warm-up: JIT, caches and the capped stores fill
  const baseline = await heap();
  console.log(
    `soak: ${LOGINS} logins, ${CONNECTIONS} connections; server heap after warm-up ${mb(baseline)} MB`,
  );
  const perRound = Math.floor(LOGINS / ROUNDS);
  const rates: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const { seconds, requests: n } = await round(perRound, i * perRound);
    const rate = n / seconds;
    rates.push(rate);
    console.log(
      `  logins ${i * perRound + 1}-${(i + 1) * perRound}: ${n} requests in ${seconds.toFixed(1)} s, ${rate.toFixed(0)} req/s, heap ${mb(await heap())} MB`,
    );
  }
  const growth = (await heap()) - baseline;
  const first = rates[0] ?? 0;
  const last = rates[ROUNDS - 1] ?? 0;
  console.log(`heap growth ${mb(growth)} MB (target <= 5 MB)`);
  console.log(`last/first round throughput ${(last / first).toFixed(2)} (target >= 0.9)`);
  console.log(
    `mean ${(rates.reduce((a, b) => a + b, 0) / ROUNDS).toFixed(0)} req/s at ${CONNECTIONS} connections (target >= 3000)`,
  );
  console.log(`unexpected answers: ${failures}`);
} finally {
  agent.destroy();
  server.kill('SIGTERM');
  await rm(dir, { recursive: true, force: true });
}
