// What a release leaves behind for the next one to be judged against (RELEASED_DIR): the bundled spec, the
// version, and the consumer-side type tests as they were — the fixture consumer projects and each package's
// type tests, with their imports rewritten from `../src/<entry>.js` to the package's public entry points so
// they compile the way a consumer's code does. The type gate (scripts/check-type-compat.ts) compiles them
// against the packages being released: old usage that stops compiling is a breaking change.
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { root } from '@lr-mfa/codegen/step';
import {
  RELEASED_DIR,
  RELEASED_MANIFEST,
  RELEASED_SPEC,
  RELEASED_TYPE_TESTS,
  type ReleaseManifest,
} from './release-baseline.js';

/** Consumer fixture projects (also installed from a registry by the e2e test) whose code must keep compiling. */
export const CONSUMER_FIXTURES = 'scripts/tests/fixtures/consumers';

/** The compiler settings a package's type tests are compiled with, as a strict consumer would. */
const PACKAGE_TYPE_TESTS_TSCONFIG = {
  compilerOptions: {
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    types: ['node'],
    noEmit: true,
  },
  include: ['*.ts'],
};

interface PackageManifest {
  name: string;
  exports?: Record<string, unknown>;
}

/**
 * A package type test as a consumer would write it: `../src/index.js` becomes the package name and
 * `../src/<entry>.js` its `./<entry>` export. Returns null when the test imports a module the package does not
 * export (it tests internals, which no consumer can reach).
 */
export function asConsumerCode(source: string, pkg: PackageManifest): string | null {
  let internal = false;
  const rewritten = source.replace(/(from\s+')\.\.\/src\/([\w-]+)\.js(')/g, (_, open, entry, close) => {
    if (entry === 'index') return `${open}${pkg.name}${close}`;
    if (pkg.exports && `./${entry}` in pkg.exports) return `${open}${pkg.name}/${entry}${close}`;
    internal = true;
    return `${open}../src/${entry}.js${close}`;
  });
  return internal || /from\s+'\.\.?\//.test(rewritten) ? null : rewritten;
}

/** Copies the consumer fixtures and the packages' public-API type tests into `dest`; returns the projects. */
export async function collectTypeTests(dest: string, repo = root): Promise<string[]> {
  const projects: string[] = [];
  const fixtures = join(repo, CONSUMER_FIXTURES);
  for (const name of readdirSync(fixtures)) {
    if (!existsSync(join(fixtures, name, 'tsconfig.json'))) continue;
    await cp(join(fixtures, name), join(dest, `consumer-${name}`), {
      recursive: true,
      filter: (src) => !/[/\\](node_modules|dist)$/.test(src),
    });
    projects.push(`consumer-${name}`);
  }
  for (const dir of readdirSync(join(repo, 'packages'))) {
    const testDir = join(repo, 'packages', dir, 'test');
    if (!existsSync(testDir)) continue;
    const pkg = JSON.parse(await readFile(join(repo, 'packages', dir, 'package.json'), 'utf8'));
    const project = `${dir}-type-tests`;
    const files = readdirSync(testDir).filter((f) => f.endsWith('.test-d.ts'));
    let written = 0;
    for (const file of files) {
      const code = asConsumerCode(await readFile(join(testDir, file), 'utf8'), pkg);
      if (code === null) {
        console.log(`  skipped packages/${dir}/test/${file}: it imports modules ${pkg.name} does not export`);
        continue;
      }
      await mkdir(join(dest, project), { recursive: true });
      await writeFile(join(dest, project, basename(file).replace(/\.test-d\.ts$/, '.ts')), code);
      written += 1;
    }
    if (written === 0) continue;
    await writeFile(
      join(dest, project, 'package.json'),
      `${JSON.stringify({ name: project, private: true, type: 'module' }, null, 2)}\n`,
    );
    await writeFile(
      join(dest, project, 'tsconfig.json'),
      `${JSON.stringify(PACKAGE_TYPE_TESTS_TSCONFIG, null, 2)}\n`,
    );
    projects.push(project);
  }
  return projects.sort();
}

/**
 * Stores the release baseline of `version`: the bundled spec at `bundledSpec` and the type tests of the tree.
 * Replaces the previous baseline's files as a whole; anything else in RELEASED_DIR stays.
 */
export async function writeReleaseBaseline(
  version: string,
  bundledSpec: string,
  repo = root,
): Promise<string[]> {
  // Only what a baseline consists of is replaced: RELEASED_DIR also holds its hand-written README.md.
  for (const part of [RELEASED_SPEC, RELEASED_MANIFEST, RELEASED_TYPE_TESTS])
    await rm(join(repo, part), { recursive: true, force: true });
  await mkdir(join(repo, RELEASED_DIR), { recursive: true });
  const spec = JSON.parse(await readFile(bundledSpec, 'utf8'));
  await writeFile(join(repo, RELEASED_SPEC), `${JSON.stringify(spec, null, 2)}\n`);
  const manifest: ReleaseManifest = { version };
  await writeFile(join(repo, RELEASED_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  const projects = await collectTypeTests(join(repo, RELEASED_TYPE_TESTS), repo);
  return [
    join(repo, RELEASED_SPEC),
    join(repo, RELEASED_MANIFEST),
    ...projects.map((p) => join(repo, RELEASED_TYPE_TESTS, p)),
  ];
}
