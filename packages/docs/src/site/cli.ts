// pnpm docs:site: assembles the versioned reference site (see assemble.ts).
//
//   tsx src/site/cli.ts [--out site] [--registry <url>] [--next] [--offline]
//
// --registry: where releases come from (default: $npm_config_registry, else https://registry.npmjs.org/).
// --next: also publish the working tree's built pages (packages/docs/dist) as next/; then a registry that
//   cannot be reached is a warning, not an error. --offline: read no registry at all (a next-only site).
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { assembleSite, SiteError } from './assemble.js';
import { InjectError } from './inject.js';
import { DEFAULT_REGISTRY, packumentUrl, RegistryError } from './registry.js';
import { VersionError } from './versions.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Bytes of every file under a folder. */
async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const file of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, file));
    if (info.isFile()) total += info.size;
  }
  return total;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'site' },
      registry: { type: 'string' },
      next: { type: 'boolean', default: false },
      offline: { type: 'boolean', default: false },
    },
  });
  const started = performance.now();
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  const out = resolve(values.out);
  const next = values.next ? join(packageDir, 'dist') : undefined;
  const registry = values.offline
    ? undefined
    : (values.registry ?? process.env.npm_config_registry ?? DEFAULT_REGISTRY);
  // A registry that is no URL is a mistake in the command, never a reason to fall back to next/ alone.
  if (registry !== undefined) packumentUrl(registry, manifest.name);
  const common = {
    out,
    next,
    packageName: manifest.name,
    title: 'LoginRadius MFA API reference',
    log: console.log,
  };
  let result: Awaited<ReturnType<typeof assembleSite>>;
  try {
    result = await assembleSite({ ...common, registry });
  } catch (error) {
    if (!(error instanceof RegistryError) || next === undefined) throw error;
    console.warn(`warning: ${error.message}; assembling next/ alone`);
    result = await assembleSite({ ...common, registry: undefined });
  }
  const listed = result.entries.map((e) => `${e.version}${e.aliases.length ? ` (${e.aliases})` : ''}`);
  const mb = ((await folderBytes(out)) / 1e6).toFixed(1);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`${relative(process.cwd(), out) || '.'}/: ${listed.join(', ')}; ${mb} MB, ${seconds} s`);
}

const USAGE = 'usage: docs:site [--out site] [--registry <url>] [--next] [--offline]';

main().catch((error: Error & { code?: string }) => {
  const expected = [SiteError, RegistryError, VersionError, InjectError].some((k) => error instanceof k);
  if (error.code?.startsWith('ERR_PARSE_ARGS')) console.error(`docs:site: ${error.message}\n${USAGE}`);
  else console.error(expected ? `docs:site: ${error.message}` : error);
  process.exitCode = 1;
});
