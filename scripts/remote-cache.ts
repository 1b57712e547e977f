// A self-hosted turbo remote cache (the `turborepo-remote-cache` server from npm, pinned in the root
// package.json) that stores artifacts on the local disk and listens on 127.0.0.1 only. Other machines reach
// it through something that authenticates and encrypts (a TLS reverse proxy, an SSH tunnel), never directly.
//
//   tsx scripts/remote-cache.ts [--port 0] [--storage dir] [--team lr-mfa] [--json]
//
// --port     port to listen on; 0 (the default) picks a free one
// --storage  folder for the artifacts (default <repo>/.turbo/remote-cache-server, git-ignored); it is created
// --team     the TURBO_TEAM clients use; the server keeps one folder per team
// --json     print one JSON line {url, team, storage, env} (the client variables) instead of the human summary (for scripts and tests)
// Clients authenticate with a bearer token: TURBO_TOKEN from the environment (several comma-separated are
// allowed), or else a random one generated for this run and printed once, for the operator to hand out
// (a token taken from the environment is never printed).
// Stops cleanly on SIGINT/SIGTERM.
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from '@lr-mfa/codegen/step';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    storage: { type: 'string', default: join(root, '.turbo/remote-cache-server') },
    team: { type: 'string', default: 'lr-mfa' },
    json: { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer from 0 to 65535, got ${values.port}`);
  process.exit(2);
}
const storage = resolve(values.storage);
await mkdir(storage, { recursive: true });

const tokenFromEnv = process.env.TURBO_TOKEN?.trim();
const token = tokenFromEnv || randomBytes(24).toString('base64url');
const HOST = '127.0.0.1';

// The server reads its settings from the environment when its module loads, and validates them; settings
// passed as overrides win over the environment. Everything that matters is set explicitly here so a stray
// variable in the caller's environment (HOST, STORAGE_PROVIDER, AUTH_MODE, ...) cannot change where it
// listens, where it writes or whether it checks tokens. Its defaults are unsafe for us: HOST 0.0.0.0, and a
// STORAGE_PATH relative to the OS temp folder unless STORAGE_PATH_USE_TMP_FOLDER is false.
/** The part of turborepo-remote-cache's API used here (the package ships no type declarations). */
interface RemoteCacheModule {
  createApp(options: { logger: { level: string }; configOverrides: Record<string, unknown> }): {
    listen(options: { host: string; port: number }): Promise<string>;
    close(): Promise<void>;
  };
}
const { createApp }: RemoteCacheModule = await import('turborepo-remote-cache' as string);
const app = createApp({
  // Request logs (info) and rejected requests (warn, with stacks) off; errors still print. pino's default request serializer has no headers,
  // so the bearer token is never logged.
  logger: { level: process.env.LOG_LEVEL ?? 'error' },
  configOverrides: {
    HOST,
    PORT: port,
    STORAGE_PROVIDER: 'local',
    STORAGE_PATH: storage,
    STORAGE_PATH_USE_TMP_FOLDER: false,
    AUTH_MODE: 'static',
    TURBO_TOKEN: token,
    READ_ONLY: false,
    HTTP2: false,
  },
});

// Installed before listening, so a stop request that arrives right after the URL is printed is honoured.
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.close().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`remote cache did not close cleanly: ${error.message}`);
        process.exit(1);
      },
    );
  });
}

const url = await app.listen({ host: HOST, port });

if (values.json) {
  // A token the caller supplied is not echoed back (the caller has it); a generated one is.
  const env = { TURBO_API: url, TURBO_TEAM: values.team, ...(tokenFromEnv ? {} : { TURBO_TOKEN: token }) };
  console.log(JSON.stringify({ url, team: values.team, storage, env }));
} else {
  console.log(`turbo remote cache listening on ${url} (artifacts in ${storage})`);
  console.log('Point turbo at it with:');
  console.log(`  export TURBO_API=${url}`);
  console.log(`  export TURBO_TEAM=${values.team}`);
  console.log(
    `  export TURBO_TOKEN=${tokenFromEnv ? '<the TURBO_TOKEN this server was started with>' : token}`,
  );
  console.log('Stop with Ctrl-C.');
}
