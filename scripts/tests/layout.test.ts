// Three layout rules: the first two read with the compiler's own import scanner, the third with dependency-cruiser.
// 1. Generators live beside the package they write (packages/<name>/codegen/, on the shared @lr-mfa/codegen), and
//    runtime code never reaches into them: no module under a published package's src/ imports a codegen/ folder
//    or the pipeline, so nothing of the generator is bundled or published.
// 2. Tests stay home: a package's sources, tests, generators and bench import no other package's folder and no
//    root script by relative path (shared test helpers come from @lr-mfa/testkit), and nothing under scripts/
//    imports a package's test/ folder; checks that span packages are root end-to-end tests.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { root } from '@lr-mfa/codegen/step';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const GENERATOR_CODE = /(^|\/)codegen(\/|$)|^@lr-mfa\/codegen/;

/** `file → specifier` for every import in the TypeScript sources under `dir` that `rejects` (file, specifier). */
function importsUnder(
  dir: string,
  rejects: (file: string, specifier: string) => boolean,
  base = root,
): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.[cm]?tsx?$/.test(file) && !file.split('/').includes('node_modules'))
    .flatMap((file) => {
      const path = join(dir, file);
      return ts
        .preProcessFile(readFileSync(path, 'utf8'), true, true)
        .importedFiles.filter(({ fileName }) => rejects(path, fileName))
        .map(({ fileName }) => `${relative(base, path)} → ${fileName}`);
    });
}

const generatorImports = (dir: string) => importsUnder(dir, (_, specifier) => GENERATOR_CODE.test(specifier));

/** The repository path (from `base`) a relative import of `file` names; undefined for a package name. */
const target = (file: string, specifier: string, base: string) =>
  specifier.startsWith('.') ? relative(base, resolve(dirname(file), specifier)) : undefined;

/** Imports under packages/`name` of a root script or of another package's folder, by relative path. */
function crossPackageImports(name: string, base = root): string[] {
  const home = join('packages', name, '/');
  const rejects = (file: string, specifier: string) => {
    const path = target(file, specifier, base);
    return (
      path !== undefined &&
      (path.startsWith('scripts/') || (path.startsWith('packages/') && !path.startsWith(home)))
    );
  };
  return ['src', 'test', 'codegen', 'bench'].flatMap((dir) =>
    importsUnder(join(base, 'packages', name, dir), rejects, base),
  );
}

/** Imports under scripts/ of any package's test/ folder. */
function packageTestImports(base = root): string[] {
  const rejects = (file: string, specifier: string) =>
    /^packages\/[^/]+\/test\//.test(target(file, specifier, base) ?? specifier);
  return importsUnder(join(base, 'scripts'), rejects, base);
}

const manifest = (name: string) =>
  JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
const packages = readdirSync(join(root, 'packages')).filter((name) =>
  existsSync(join(root, 'packages', name, 'package.json')),
);
const published = packages.filter((name) => manifest(name).private !== true);

describe('runtime sources import no generator code', () => {
  test.each(published)('packages/%s/src', (name) => {
    expect(generatorImports(join(root, 'packages', name, 'src'))).toEqual([]);
  });

  test('the check finds a planted import of a generator and of the pipeline', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lr-mfa-layout-'));
    try {
      writeFileSync(
        join(dir, 'a.ts'),
        "import { client } from '../codegen/index.js';\nimport './generated/x.js';\n",
      );
      writeFileSync(join(dir, 'b.ts'), "export type { Model } from '@lr-mfa/codegen/model';\n");
      expect(generatorImports(dir).map((line) => line.split(' → ')[1])).toEqual([
        '../codegen/index.js',
        '@lr-mfa/codegen/model',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('tests stay home', () => {
  test.each(packages)('packages/%s imports no root script and no other package by relative path', (name) => {
    expect(crossPackageImports(name)).toEqual([]);
  });

  test('scripts/ imports no package test folder', () => {
    expect(packageTestImports()).toEqual([]);
  });

  test('the checks find planted imports across packages and of a package test folder', () => {
    const base = mkdtempSync(join(tmpdir(), 'lr-mfa-layout-'));
    const plant = (file: string, text: string) => {
      mkdirSync(dirname(join(base, file)), { recursive: true });
      writeFileSync(join(base, file), text);
    };
    try {
      plant(
        'packages/docs/test/a.test.ts',
        [
          "import { createSandbox } from '../../../scripts/lib/sandbox.js';",
          "import { serve } from '../../mock/test/serve.js';",
          "import { loadSite } from './site.js';",
          "import plugin from '../../../spec/plugins/lr-mfa.js';",
          "import { CHROMIUM } from '@lr-mfa/testkit/browser';",
        ].join('\n'),
      );
      plant(
        'scripts/tests/b.e2e.test.ts',
        "import { CHROMIUM } from '../../packages/docs/test/browser.js';\n",
      );
      plant(
        'scripts/tests/c.test.ts',
        "import { sampleTsconfig } from '../../packages/docs/codegen/code-samples.js';\n",
      );
      expect(crossPackageImports('docs', base).map((line) => line.split(' → ')[1])).toEqual([
        '../../../scripts/lib/sandbox.js',
        '../../mock/test/serve.js',
      ]);
      expect(packageTestImports(base)).toEqual([
        'scripts/tests/b.e2e.test.ts → ../../packages/docs/test/browser.js',
      ]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

/** Import cycles among the TypeScript modules under `dirs` (relative to `base`), each as `from → to`. */
async function cycles(dirs: string[], base = root): Promise<{ modules: number; found: string[] }> {
  const { output } = await cruise(
    dirs.filter((dir) => existsSync(join(base, dir))),
    {
      baseDir: base,
      validate: true,
      ruleSet: { forbidden: [{ name: 'no-cycle', severity: 'error', from: {}, to: { circular: true } }] },
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      // The mock's layers fixture holds a planted cycle of its own.
      exclude: { path: 'node_modules|/generated/validators/|/layers-fixture/' },
    },
    { extensions: ['.ts', '.js'] },
  );
  const result = output as ICruiseResult;
  return {
    modules: result.summary.totalCruised,
    found: result.summary.violations.map((v) => `${v.from} → ${v.to}`),
  };
}

// 3. No import cycle anywhere: a cycle ties modules together so that neither can move or load alone.
describe('no import cycle', () => {
  test('in any package (sources, generators, tests, bench) or the root scripts', async () => {
    const dirs = packages.flatMap((name) =>
      ['src', 'codegen', 'test', 'bench'].map((dir) => `packages/${name}/${dir}`),
    );
    const { modules, found } = await cycles([...dirs, 'scripts']);
    expect(modules).toBeGreaterThan(200);
    expect(found).toEqual([]);
  }, 60_000);

  test('the check finds a planted cycle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lr-mfa-cycle-'));
    try {
      mkdirSync(join(dir, 'src'));
      writeFileSync(join(dir, 'src/a.ts'), "import { b } from './b.js';\nexport const a = () => b;\n");
      writeFileSync(join(dir, 'src/b.ts'), "import { a } from './a.js';\nexport const b = () => a;\n");
      // dependency-cruiser reports a cycle once, at the edge where it first closes.
      expect((await cycles(['src'], dir)).found).toEqual(['src/a.ts → src/b.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
