// Site: `pnpm docs:site` assembling the versioned reference from a registry. The built @lr-mfa/docs package is
// published N times (1.0.0 … 1.(N-1).0) to a local verdaccio, then the site is assembled from it into an empty
// folder (every tarball downloaded, checked, extracted and given its switcher), and once more into the same
// folder, where nothing is new (every release folder is kept as it is). Figures: wall time of each run of the
// CLI (tsx start-up included, as a user runs it) and the site's bytes on disk.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, root } from '@lr-mfa/codegen/step';
import { type Registry, startRegistry } from '@lr-mfa/testkit/registry';
import { fmt, table } from './lib/stats.js';
import { timedOk } from './lib/time.js';

export interface SiteResult {
  releases: number;
  coldMs: number;
  againMs: number;
  bytes: number;
  files: number;
  /** Bytes of one release folder (the newest). */
  releaseBytes: number;
}

const docsDir = join(root, 'packages/docs');

/** Bytes and number of the files under a folder. */
function usage(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    const info = statSync(join(dir, file));
    if (!info.isFile()) continue;
    bytes += info.size;
    files++;
  }
  return { bytes, files };
}

/** Publishes the built docs package as `version` (the same pages each time; the bench measures assembly). */
async function publish(scratch: string, registry: Registry, version: string): Promise<void> {
  const dir = join(scratch, version);
  mkdirSync(dir, { recursive: true });
  cpSync(join(docsDir, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(docsDir, 'CHANGELOG.md'), join(dir, 'CHANGELOG.md'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: '@lr-mfa/docs', version, files: ['dist'] }),
  );
  writeFileSync(join(dir, '.npmrc'), registry.npmrc);
  // pnpm passes its own registry down as npm_config_registry, which would beat the .npmrc.
  const env = { npm_config_registry: registry.url };
  await timedOk(`npm publish ${version}`, 'npm', ['publish', '--ignore-scripts'], { cwd: dir, env });
}

export async function benchSite({
  quick,
  log,
}: {
  quick: boolean;
  log: (m: string) => void;
}): Promise<SiteResult> {
  const releases = quick ? 5 : 20;
  const registry = await startRegistry();
  const scratch = mkdtempSync(join(tmpdir(), 'lr-mfa-bench-site-'));
  try {
    log(`site: publishing ${releases} releases to verdaccio`);
    for (let minor = 0; minor < releases; minor++) await publish(scratch, registry, `1.${minor}.0`);
    const out = join(scratch, 'site');
    const args = [join(docsDir, 'src/site/cli.ts'), '--registry', registry.url, '--out', out];
    const cold = await timedOk('docs:site (cold)', bin('tsx'), args);
    const again = await timedOk('docs:site (again)', bin('tsx'), args);
    return {
      releases,
      coldMs: cold.ms,
      againMs: again.ms,
      ...usage(out),
      releaseBytes: usage(join(out, `1.${releases - 1}.0`)).bytes,
    };
  } finally {
    await registry.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function formatSite(r: SiteResult): string {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const rows = [
    ['into an empty folder (every release downloaded)', fmt.s(r.coldMs), mb(r.bytes), r.files],
    ['again, nothing new (every release folder kept)', fmt.s(r.againMs), mb(r.bytes), r.files],
  ];
  return `Site: \`pnpm docs:site\` assembling ${r.releases} releases of @lr-mfa/docs from a local verdaccio (wall, tsx start-up included)

${table(['run', 'wall', 'site on disk', 'files'], rows, { align: ['left', 'right', 'right', 'right'] })}

One release folder is ${mb(r.releaseBytes)}; latest/ is one more copy of the newest.
`;
}
