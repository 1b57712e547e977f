// A throwaway npm registry for release tests: verdaccio from the root node_modules, on 127.0.0.1, with its
// storage in a temp folder. @lr-mfa/* can only come from what the test publishes (no uplink for the
// scope); every other package is proxied from the npm registry, so consumers can install typescript etc.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './sandbox.js';

export interface Registry {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** `.npmrc` lines for a project that installs from (and publishes to) this registry. */
  npmrc: string;
  /** Everything verdaccio printed, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/** A port that was free a moment ago (verdaccio takes a fixed `--listen`, not port 0). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function config(storage: string): string {
  return `storage: ${JSON.stringify(storage)}
uplinks:
  npmjs:
    url: https://registry.npmjs.org/
    timeout: 60s
packages:
  '@lr-mfa/*':
    access: $all
    publish: $all
    unpublish: $all
  '**':
    access: $all
    proxy: npmjs
web:
  enable: false
max_body_size: 50mb
log: { type: stdout, format: pretty, level: warn }
`;
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(new URL('-/ping', url));
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`verdaccio did not answer on ${url} within 60 s:\n${log()}`);
}

export async function startRegistry(): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), 'lr-mfa-registry-'));
  const configFile = join(dir, 'config.yaml');
  writeFileSync(configFile, config(join(dir, 'storage')));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  // The binary itself, not an npx/pnpm wrapper: killing a wrapper can orphan the server.
  const child = spawn(
    join(repoRoot, 'node_modules/.bin/verdaccio'),
    ['--config', configFile, '--listen', `127.0.0.1:${port}`],
    {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    },
  );
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const log = () => output;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  const host = url.replace(/^http:/, '');
  // verdaccio lets anyone publish @lr-mfa/* here, but npm refuses to publish without some token.
  const npmrc = `registry=${url}\n${host}:_authToken=anonymous-e2e\n`;
  return { url, npmrc, log, stop };
}
