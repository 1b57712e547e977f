// Release dry run (CI): everything `pnpm version-packages` + `pnpm release` need, checked up front so a
// release never fails late. Run after `pnpm build`.
//   tsx scripts/release-dry-run.ts        (root script: pnpm release:dry-run)
// 1. `changeset status`: the changeset config and every pending changeset parse, and the release plan
//    (which package goes to which version) is computed and printed.
// 2. The publish configuration: each package's publishConfig (access, provenance) and the workflow that can
//    sign provenance (RELEASE_WORKFLOW, with the `id-token: write` permission npm needs), printed as a
//    release would use them.
// 3. `pnpm pack` of every non-private package: packing succeeds, the packed manifest has no workspace:
//    or catalog: ranges left, and every file its exports/main/module/types/bin point at is in the tarball.
//    Sizes are printed with and without the source maps (consumers' bundles never load a map).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, posix } from 'node:path';
import { bin, root, run, runStep, StepError } from '@lr-mfa/codegen/step';
import { parse } from 'yaml';
import { listPackages } from './check-packages.js';

/** The CI workflow that publishes; it must be able to mint the OIDC token provenance is signed with. */
export const RELEASE_WORKFLOW = '.github/workflows/release.yml';

interface Manifest {
  name: string;
  exports?: unknown;
  bin?: string | Record<string, string>;
  publishConfig?: { access?: string; provenance?: boolean; registry?: string };
  [field: string]: unknown;
}
interface ReleasePlan {
  releases: { name: string; type: string; oldVersion: string; newVersion: string }[];
}

/** Every file path a manifest points consumers (or the bin linker) at. */
function referencedFiles(manifest: Manifest): string[] {
  const out = new Set<string>();
  const walk = (t: unknown) => {
    if (typeof t === 'string') out.add(t);
    else if (Array.isArray(t)) t.forEach(walk);
    else if (t && typeof t === 'object') Object.values(t).forEach(walk);
  };
  walk(manifest.exports);
  for (const field of ['main', 'module', 'types', 'typings', 'browser']) walk(manifest[field]);
  walk(typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin ?? {}));
  return [...out].filter((p) => !p.includes('*')).map((p) => posix.normalize(p));
}

let plan: ReleasePlan = { releases: [] };
await runStep(
  'changeset status (release plan)',
  async () => {
    const out = mkdtempSync(join(tmpdir(), 'lr-mfa-release-plan-'));
    try {
      const file = join(out, 'plan.json');
      // No --since: that would drop changesets committed before the ref, and `changeset version` uses them all.
      const status = await run(bin('changeset'), ['status', '--output', file]);
      if (status.code !== 0)
        throw new StepError(`changeset status failed:\n${status.stdout}${status.stderr}`);
      plan = JSON.parse(readFileSync(file, 'utf8'));
      if (plan.releases.length === 0) console.log('  no pending changesets: nothing would be released');
      for (const r of plan.releases) console.log(`  ${r.name} ${r.oldVersion} → ${r.newVersion} (${r.type})`);
      return [];
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
  { generates: false },
);

await runStep(
  'publish configuration (provenance)',
  async () => {
    const problems: string[] = [];
    const workflowFile = join(root, RELEASE_WORKFLOW);
    if (!existsSync(workflowFile))
      problems.push(`${RELEASE_WORKFLOW} is missing: nothing can sign provenance`);
    else {
      const workflow = parse(readFileSync(workflowFile, 'utf8'));
      const idToken = workflow?.permissions?.['id-token'];
      console.log(`  ${RELEASE_WORKFLOW}: id-token ${idToken ?? 'not granted'}`);
      if (idToken !== 'write')
        problems.push(`${RELEASE_WORKFLOW} does not grant "id-token: write": npm cannot sign provenance`);
    }
    for (const { dir, name } of listPackages()) {
      const manifest: Manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const config = manifest.publishConfig ?? {};
      console.log(
        `  ${name}: access ${config.access ?? 'default'}, provenance ${config.provenance === true ? 'yes' : 'no'}` +
          `, registry ${config.registry ?? 'from npm config'}`,
      );
      if (config.provenance !== true) problems.push(`${name}: publishConfig.provenance is not true`);
    }
    if (problems.length) throw new StepError(problems.join('\n'));
    return [];
  },
  { generates: false },
);

await runStep(
  'pack every package',
  async () => {
    const out = mkdtempSync(join(tmpdir(), 'lr-mfa-release-pack-'));
    const failures: string[] = [];
    try {
      for (const { dir, name } of listPackages()) {
        const packed = await run('pnpm', ['pack', '--json', '--pack-destination', out], { cwd: dir });
        if (packed.code !== 0) {
          failures.push(`${name}: pnpm pack failed\n${packed.stdout}${packed.stderr}`);
          continue;
        }
        const { filename, files } = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('{'))) as {
          filename: string;
          files: { path: string; size?: number }[];
        };
        const manifest: Manifest = JSON.parse(
          execFileSync('tar', ['-xzOf', filename, 'package/package.json'], { encoding: 'utf8' }),
        );
        const inTarball = new Set(files.map((f) => posix.normalize(f.path)));
        const missing = referencedFiles(manifest).filter((f) => !inTarball.has(f));
        const unresolved = ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) =>
          Object.entries((manifest[field] as Record<string, string> | undefined) ?? {})
            .filter(([, range]) => /^(workspace|catalog):/.test(range))
            .map(([dep, range]) => `${dep}@${range}`),
        );
        if (missing.length)
          failures.push(`${name}: the tarball lacks files its manifest points at: ${missing.join(', ')}`);
        if (unresolved.length)
          failures.push(`${name}: unresolved ranges in the tarball: ${unresolved.join(', ')}`);
        const next = plan.releases.find((r) => r.name === name)?.newVersion;
        const size = (readFileSync(filename).length / 1024).toFixed(1);
        // `tar -tv` lists each entry's size (pnpm's JSON does not): permissions, owner, size, date, time, path.
        const sizes = execFileSync('tar', ['-tvzf', filename], { encoding: 'utf8' })
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const fields = line.trim().split(/\s+/);
            return { path: fields.slice(5).join(' '), size: Number(fields[2]) };
          });
        const unpacked = (predicate: (path: string) => boolean) =>
          (sizes.filter((f) => predicate(f.path)).reduce((sum, f) => sum + f.size, 0) / 1024).toFixed(1);
        console.log(
          `  ${basename(filename)}: ${files.length} files, ${size} kB packed; unpacked ` +
            `${unpacked((p) => !p.endsWith('.map'))} kB without maps + ${unpacked((p) => p.endsWith('.map'))} kB of maps` +
            `${next ? ` (would publish as ${next})` : ''}`,
        );
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    if (failures.length) throw new StepError(failures.join('\n'));
    return [];
  },
  { generates: false },
);
