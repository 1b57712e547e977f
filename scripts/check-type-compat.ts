// Type gate: the previous release's consumer code must still compile against the packages being released.
// It compiles every project the last `pnpm version-packages` stored in released/type-tests/ (the
// consumer fixtures and the packages' public-API type tests of that release) against the built workspace
// packages, each with its own tsconfig (strict, and exactOptionalPropertyTypes where the consumer sets it).
// A usage that stops compiling is a breaking change: without a pending major release the gate fails and names
// each failing usage (file, line, compiler message and the line of code). Run after `pnpm build`.
//   tsx scripts/check-type-compat.ts [--repo .]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, rm, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { root, run, runStep, StepError } from '@lr-mfa/codegen/step';
import { promisedRelease, RELEASED_TYPE_TESTS, releasedVersion } from './lib/release-baseline.js';
import { rank } from './lib/spec-diff/index.js';

const { values } = parseArgs({ options: { repo: { type: 'string', default: root } } });
const repo = resolve(values.repo);

/** A compiler diagnostic of a stored usage, located in the stored copy. */
export interface Breakage {
  file: string;
  line: number;
  column: number;
  message: string;
  code: string;
}

/** Parses `tsc --pretty false` output: `src/main.ts(12,5): error TS2379: …` (continuation lines appended). */
function diagnostics(output: string, projectDir: string, label: string): Breakage[] {
  const out: Breakage[] = [];
  for (const line of output.split('\n')) {
    const m = /^(.+?)\((\d+),(\d+)\): error (TS\d+: .*)$/.exec(line);
    if (m) {
      const file = m[1] ?? '';
      const lineNo = Number(m[2]);
      const source = existsSync(join(projectDir, file))
        ? (readFileSync(join(projectDir, file), 'utf8').split('\n')[lineNo - 1] ?? '').trim()
        : '';
      out.push({
        file: `${label}/${file}`,
        line: lineNo,
        column: Number(m[3]),
        message: m[4] ?? '',
        code: source,
      });
    } else if (line.startsWith('  ') && out.length > 0) {
      const last = out[out.length - 1];
      if (last) last.message += `\n      ${line.trim()}`;
    } else if (line.trim() && !m) {
      out.push({ file: label, line: 0, column: 0, message: line.trim(), code: '' });
    }
  }
  return out;
}

/** A consumer's node_modules: the workspace packages and what they depend on, as an install would give it. */
async function consumerModules(dir: string): Promise<void> {
  const modules = join(dir, 'node_modules');
  await mkdir(join(modules, '@lr-mfa'), { recursive: true });
  const linked = new Set<string>();
  const link = async (name: string, target: string) => {
    if (linked.has(name) || !existsSync(target)) return;
    linked.add(name);
    await mkdir(join(modules, name, '..'), { recursive: true });
    await symlink(target, join(modules, name), 'dir');
  };
  for (const dir of readdirSync(join(repo, 'packages'))) {
    const pkgDir = join(repo, 'packages', dir);
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    await link(pkg.name, pkgDir);
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })) {
      if (!dep.startsWith('@lr-mfa/')) await link(dep, join(pkgDir, 'node_modules', dep));
    }
  }
  for (const shared of ['@types', 'typescript', 'vitest'])
    await link(shared, join(repo, 'node_modules', shared));
}

await runStep(
  "type gate: the last release's consumer code compiles against the new packages",
  async () => {
    const version = await releasedVersion(repo);
    const stored = join(repo, RELEASED_TYPE_TESTS);
    if (!version || !existsSync(stored)) {
      throw new StepError(
        `no released type tests to compile: ${RELEASED_TYPE_TESTS} is missing.\n` +
          '`pnpm version-packages` stores them with every release; restore them from the last release commit.',
      );
    }
    // Inside the repo (git-ignored build/) so that a failure can be reproduced by hand with the same paths.
    const work = join(repo, 'build/type-gate');
    await rm(work, { recursive: true, force: true });
    await cp(stored, work, { recursive: true });
    await consumerModules(work);
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    const projects = readdirSync(work).filter((p) => p !== 'node_modules');
    // One compiler per project, all at once: each is a separate program with its own settings.
    const results = await Promise.all(
      projects.map(async (project) => {
        const dir = join(work, project);
        const r = await run(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit', '--pretty', 'false'], {
          cwd: dir,
        });
        const label = `${RELEASED_TYPE_TESTS}/${project}`;
        return { project, found: r.code === 0 ? [] : diagnostics(`${r.stdout}${r.stderr}`, dir, label) };
      }),
    );
    const breakages: Breakage[] = [];
    for (const { project, found } of results) {
      console.log(`  ${project}: ${found.length === 0 ? 'compiles' : `${found.length} error(s)`}`);
      breakages.push(...found);
    }
    if (breakages.length === 0) {
      console.log(`  all ${projects.length} projects of release ${version} compile against the new packages`);
      return [];
    }
    const report = breakages
      .map(
        (b) =>
          `  ${b.file}${b.line ? `:${b.line}:${b.column}` : ''} ${b.message}${b.code ? `\n      > ${b.code}` : ''}`,
      )
      .join('\n');
    const promised = await promisedRelease(version, repo);
    if (rank(promised.bump) >= rank('major')) {
      console.log(
        `  code written for ${version} no longer compiles; the pending major release covers it:\n${report}`,
      );
      return [];
    }
    throw new StepError(
      `code that compiled against @lr-mfa ${version} no longer compiles against these packages:\n${report}\n` +
        `That is a breaking change, but the pending changesets ${promised.bump === 'none' ? 'declare none' : `only declare ${promised.bump}`}. ` +
        'Keep the old usage working, or run `pnpm changeset` and choose major for the @lr-mfa packages.',
    );
  },
  { generates: false },
);
