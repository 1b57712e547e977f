// Soak of the CLI server: many MFA logins (start a login, read its OTP, verify it; every tenth login first sends
// a wrong OTP) over keep-alive connections, in rounds of a quarter of the logins. Prints each round's
// throughput and the server's heap after a full GC, read through an IPC probe preloaded into the server
// process. Figures are printed, not asserted: the machine's load decides them.
//
//   pnpm --filter @lr-mfa/mock bench:soak [--logins 400000] [--connections 10]
import { writeFile } from 'node:fs/promises';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { call as callOver, mb, startCli } from './lib.js';

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

// No lockout: the wrong OTPs of concurrent logins of one user must not lock it for the rest of the run.
const server = await startCli(async (dir) => {
  const config = join(dir, 'mock.json');
  await writeFile(config, JSON.stringify({ tenants: [{ apiKey: 'soak', lockout: { type: 'none' } }] }));
  return ['--port', '0', '--config', config];
});
const { url, heap } = server;

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
let requests = 0;
let failures = 0;

function call(method: string, path: string, body?: unknown) {
  requests++;
  return callOver(agent, url, method, path, body);
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
  await server.stop();
}
