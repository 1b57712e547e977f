// Release dry run (CI): everything `changeset version` + `changeset publish` need, checked up front so a
// release never fails late. Run after `pnpm build`.
//   node scripts/release-dry-run.mjs        (root script: pnpm release:dry-run)
// 1. `changeset status`: the changeset config and every pending changeset parse, and the release plan
//    (which package goes to which version) is computed and printed.
// 2. `pnpm pack` of every non-private package: packing succeeds, the packed manifest has no workspace:
//    or catalog: ranges left, and every file its exports/main/module/types/bin point at is in the tarball.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, posix } from 'node:path';
import { listPackages } from './check-packages.mjs';
import { bin, run, runStep, StepError } from './lib/step.mjs';

/** Every file path a manifest points consumers (or the bin linker) at. */
function referencedFiles(manifest) {
  const out = new Set();
  const walk = (t) => {
    if (typeof t === 'string') out.add(t);
    else if (Array.isArray(t)) t.forEach(walk);
    else if (t && typeof t === 'object') Object.values(t).forEach(walk);
  };
  walk(manifest.exports);
  for (const field of ['main', 'module', 'types', 'typings', 'browser']) walk(manifest[field]);
  walk(typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin ?? {}));
  return [...out].filter((p) => !p.includes('*')).map((p) => posix.normalize(p));
}

let plan = { releases: [] };
await runStep('changeset status (release plan)', async () => {
  const out = mkdtempSync(join(tmpdir(), 'lr-mfa-release-plan-'));
  try {
    const file = join(out, 'plan.json');
    // No --since: that would drop changesets committed before the ref, and `changeset version` uses them all.
    const status = await run(bin('changeset'), ['status', '--output', file]);
    if (status.code !== 0) throw new StepError(`changeset status failed:\n${status.stdout}${status.stderr}`);
    plan = JSON.parse(readFileSync(file, 'utf8'));
    if (plan.releases.length === 0) console.log('  no pending changesets: nothing would be released');
    for (const r of plan.releases) console.log(`  ${r.name} ${r.oldVersion} → ${r.newVersion} (${r.type})`);
    return [];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

await runStep('pack every package', async () => {
  const out = mkdtempSync(join(tmpdir(), 'lr-mfa-release-pack-'));
  const failures = [];
  try {
    for (const { dir, name } of listPackages()) {
      const packed = await run('pnpm', ['pack', '--json', '--pack-destination', out], { cwd: dir });
      if (packed.code !== 0) {
        failures.push(`${name}: pnpm pack failed\n${packed.stdout}${packed.stderr}`);
        continue;
      }
      const { filename, files } = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('{')));
      const manifest = JSON.parse(
        execFileSync('tar', ['-xzOf', filename, 'package/package.json'], { encoding: 'utf8' }),
      );
      const inTarball = new Set(files.map((f) => posix.normalize(f.path)));
      const missing = referencedFiles(manifest).filter((f) => !inTarball.has(f));
      const unresolved = ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) =>
        Object.entries(manifest[field] ?? {})
          .filter(([, range]) => /^(workspace|catalog):/.test(range))
          .map(([dep, range]) => `${dep}@${range}`),
      );
      if (missing.length)
        failures.push(`${name}: the tarball lacks files its manifest points at: ${missing.join(', ')}`);
      if (unresolved.length)
        failures.push(`${name}: unresolved ranges in the tarball: ${unresolved.join(', ')}`);
      const next = plan.releases.find((r) => r.name === name)?.newVersion;
      const size = (readFileSync(filename).length / 1024).toFixed(1);
      console.log(
        `  ${basename(filename)}: ${files.length} files, ${size} kB${next ? ` (would publish as ${next})` : ''}`,
      );
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  if (failures.length) throw new StepError(failures.join('\n'));
  return [];
});
