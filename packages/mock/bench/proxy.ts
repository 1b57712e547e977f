// The traffic-check proxy's cost: the latency of a successful Verify SMS OTP call (16 kB profile, checked by the
// validators and the shape walk) through the proxy vs straight to the same upstream, sequential calls on
// loopback, interleaved; then the proxy's heap after a full GC before and after `--requests` proxied logins at
// `--connections` concurrent connections. Upstream (the mock CLI) and proxy (`lr-mfa-mock proxy`) run as
// separate processes; logins are started and their OTPs read on the upstream's control API, directly.
// Figures are printed, not asserted: the machine's load decides them.
//
//   pnpm --filter @lr-mfa/mock bench:proxy [--requests 100000] [--samples 2000] [--connections 10]
import { writeFile } from 'node:fs/promises';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { call, mb, startCli } from './lib.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '100000' },
    samples: { type: 'string', default: '2000' },
    connections: { type: 'string', default: '10' },
  },
});
const REQUESTS = Number(values.requests);
const SAMPLES = Number(values.samples);
const CONNECTIONS = Number(values.connections);
for (const n of [REQUESTS, SAMPLES, CONNECTIONS])
  if (!Number.isSafeInteger(n) || n < 1) throw new Error('every option must be a positive integer');

const upstream = await startCli(async (dir) => {
  const config = join(dir, 'mock.json');
  await writeFile(config, JSON.stringify({ tenants: [{ apiKey: 'bench', lockout: { type: 'none' } }] }));
  return ['--port', '0', '--config', config];
});
const proxy = await startCli(() => ['proxy', '--upstream', upstream.url.origin, '--port', '0']);
const control = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
const direct = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
const proxied = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
const routes = (await call(control, upstream.url, 'GET', '/__mock')).json as unknown as {
  operations: { operationId: string; method: string; path: string }[];
};
const verify = routes.operations.find((r) => r.operationId === 'verifySmsOtp');
if (!verify) throw new Error('the mock serves no verifySmsOtp');
let failures = 0;

/** One login: started and its OTP read on the upstream, then verified via `target`; the verify's ms. */
async function login(agent: Agent, target: URL): Promise<number> {
  const started = await call(control, upstream.url, 'POST', '/__mock/second-factor-tokens', {
    apiKey: 'bench',
  });
  const token = started.json.secondFactorAuthenticationToken as string;
  const { otp } = (await call(control, upstream.url, 'GET', `/__mock/second-factor-tokens/${token}/otp`))
    .json;
  const path = `${verify?.path}?apikey=bench&secondfactorauthenticationtoken=${token}`;
  const start = performance.now();
  const answer = await call(agent, target, verify?.method as string, path, { otp });
  const ms = performance.now() - start;
  if (answer.status !== 200) failures++;
  return ms;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function latency(): Promise<void> {
  for (let i = 0; i < Math.min(200, SAMPLES); i++)
    await login(i % 2 ? proxied : direct, i % 2 ? proxy.url : upstream.url);
  const times: { direct: number[]; proxy: number[] } = { direct: [], proxy: [] };
  for (let i = 0; i < SAMPLES * 2; i++) {
    const via = i % 2 ? 'proxy' : 'direct';
    times[via].push(
      await login(via === 'proxy' ? proxied : direct, via === 'proxy' ? proxy.url : upstream.url),
    );
  }
  const row = (name: string, list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return { name, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
  };
  const rows = [row('direct', times.direct), row('through the proxy', times.proxy)];
  console.log(`latency, ${SAMPLES} sequential successful verifies each, interleaved:`);
  for (const r of rows)
    console.log(`  ${r.name.padEnd(18)} p50 ${r.p50.toFixed(3)} ms  p99 ${r.p99.toFixed(3)} ms`);
  const added = (rows[1]?.p50 ?? 0) - (rows[0]?.p50 ?? 0);
  console.log(`  added at the median: ${added.toFixed(3)} ms (target <= 1 ms)`);
}

async function memory(): Promise<void> {
  const run = async (count: number) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next++ < count) await login(proxied, proxy.url);
      }),
    );
  };
  await run(Math.min(5000, REQUESTS)); // warm-up: JIT, the capped secret book fills
  const baseline = await proxy.heap();
  const start = performance.now();
  await run(REQUESTS);
  const seconds = (performance.now() - start) / 1000;
  const growth = (await proxy.heap()) - baseline;
  console.log(`memory, ${REQUESTS} proxied logins at ${CONNECTIONS} connections in ${seconds.toFixed(1)} s:`);
  console.log(`  proxy heap after warm-up ${mb(baseline)} MB, growth ${mb(growth)} MB (target <= 5 MB)`);
}

try {
  await latency();
  await memory();
  const report = (await call(control, proxy.url, 'GET', '/__proxy/report')).json as unknown as {
    exchanges: number;
    items: unknown[];
  };
  console.log(
    `report: ${report.exchanges} exchanges, ${report.items.length} item(s); unexpected answers: ${failures}`,
  );
} finally {
  for (const agent of [control, direct, proxied]) agent.destroy();
  await proxy.stop();
  await upstream.stop();
}
