// Scratch folders that see packages the way a consumer's project does: a node_modules with symlinks to the
// workspace packages (and to dependencies that only a package, not the root, declares). Node, esbuild and tsc
// all follow the links to the real folders, so each package then resolves its own dependencies normally.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '@lr-mfa/codegen/step';

export const clientDir = join(root, 'packages/client');

/** Folder of an installed package as seen from `fromDir` (its package.json must be exported or unrestricted). */
export function packageDir(name: string, fromDir: string = root): string {
  const require = createRequire(join(fromDir, 'package.json'));
  try {
    return dirname(realpathSync(require.resolve(`${name}/package.json`)));
  } catch {
    // Packages whose `exports` hide package.json: walk up from the resolved entry.
    let dir = dirname(realpathSync(require.resolve(name)));
    while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
    return dir;
  }
}

/**
 * The packages every section links: the client (as built), bare openapi-fetch (the client's copy) and the
 * vendor SDK. LR_MFA_BENCH_CLIENT=<folder> measures another build of the client instead (e.g. a candidate
 * fix next to the current one); it must resolve its own dependencies from where it lives.
 */
function benchPackages(): Record<string, string> {
  const client = resolve(process.env.LR_MFA_BENCH_CLIENT || clientDir);
  const links: Record<string, string> = { 'loginradius-sdk': packageDir('loginradius-sdk') };
  if (existsSync(join(client, 'package.json'))) {
    links['@lr-mfa/client'] = client;
    links['openapi-fetch'] = packageDir('openapi-fetch', clientDir);
  }
  return links;
}

/** Why the client build may not be what is measured: missing, or older than a source file. */
export function clientBuildProblem(
  dir = resolve(process.env.LR_MFA_BENCH_CLIENT || clientDir),
): string | undefined {
  const newest = (folder: string) => {
    if (!existsSync(folder)) return undefined;
    let latest = 0;
    for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
      const stat = statSync(join(folder, file));
      if (stat.isFile() && stat.mtimeMs > latest) latest = stat.mtimeMs;
    }
    return latest;
  };
  const built = newest(join(dir, 'dist'));
  if (!built) return `${dir} has no dist/: run \`pnpm build\` first`;
  const sources = newest(join(dir, 'src'));
  if (sources && sources > built)
    return `${dir}/src has changes newer than dist/: run \`pnpm build\` to measure them`;
  return undefined;
}

/** A temp folder with node_modules/<name> → dir for every entry of `links`. */
export function linkedScratch(prefix: string, links: Record<string, string> = benchPackages()) {
  const dir = mkdtempSync(join(tmpdir(), `lr-mfa-bench-${prefix}-`));
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `bench-${prefix}`, private: true, type: 'module' })}\n`,
  );
  for (const [name, target] of Object.entries(links)) {
    const link = join(dir, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(target, link, 'dir');
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * An `import()` that resolves bare specifiers from inside `dir` (so from its node_modules, with Node's own
 * export conditions: `node`, `import`), rather than from this file's location.
 */
/** Resolves to the module the caller declares it to be: the scratch folder holds what it links, unchecked. */
export type Importer = <T>(specifier: string) => Promise<T>;

export async function importerFor(dir: string): Promise<Importer> {
  const file = join(dir, 'import.mjs');
  writeFileSync(file, 'export default (specifier) => import(specifier);\n');
  return (await import(pathToFileURL(file).href)).default;
}

/** Parsed package.json of a linked package. */
export const manifest = (dir: string): { version?: string; exports?: unknown } =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
