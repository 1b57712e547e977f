// The packaging gate (scripts/check-packages.ts) on every publishable package, one test per package
// so a failure names it, plus a deliberately broken fixture package proving the gate can fail.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPackage, hasNoCode, listPackages, MODES } from '../check-packages.js';

const packages = listPackages();

describe('packed tarballs', () => {
  test('every package under packages/ is checked', () => {
    expect(packages.map((p) => p.name).sort()).toEqual([
      '@lr-mfa/client',
      '@lr-mfa/docs',
      '@lr-mfa/mock',
      '@lr-mfa/types',
    ]);
  });

  test.each(packages)(
    '$name: files, exports/types, sideEffects, engines, repository, README, LICENSE, CHANGELOG, provenance, source maps, publint --strict, attw',
    async ({ dir, name }) => {
      const result = await checkPackage(dir);
      expect(result.problems).toEqual([]);
      // Only the docs package is plain assets (HTML, JSON, YAML); every other one ships JavaScript, and
      // attw resolved each of its entry points with types in all four modes (none is ESM-only).
      expect(result.assetsOnly).toBe(name === '@lr-mfa/docs');
      if (!result.assetsOnly) expect(Object.keys(result.modes ?? {})).toContain('.');
      for (const byMode of Object.values(result.modes ?? {})) {
        expect(Object.keys(byMode).sort()).toEqual([...MODES].sort());
      }
    },
  );
});

describe('the gate rejects a badly packaged package', () => {
  test('every rule fires on the broken fixture', async () => {
    const result = await checkPackage(join(import.meta.dirname, 'fixtures/broken-package'));
    const problems = result.problems.join('\n');
    for (const expected of [
      'no "license"',
      'no "files" allow-list',
      'no "sideEffects"',
      'no "engines.node"',
      'no "repository" object',
      '"./package.json" is not exported',
      '"types" is not the first condition',
      'dependencies.@lr-mfa/types is "^0.0.1"',
      'README.md is not in the tarball',
      'CHANGELOG.md is not in the tarball',
      'no "publishConfig.provenance": true',
      'no source map beside index.cjs',
      'index.d.ts.map points at sources not in the tarball: src/index.ts',
      'test or build files in the tarball: test/answer.test.js',
      'publint --strict',
      'attw: FalseESM',
    ]) {
      expect(problems).toContain(expected);
    }
  });
});

describe('a JS file needs no source map only when it has no code of its own', () => {
  test.each([
    ['an empty module', 'export {};\n'],
    ['an ESM facade', 'import { a as run, b as Err } from "./chunk-A1.js";\nexport { Err, run };\n'],
    ['an ESM re-export', 'export * from "./chunk-A1.js";\nexport { a } from "../x.js";\n'],
    [
      'a CommonJS facade',
      'Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });\n' +
        'const require_chunk = require("./chunk-A1.cjs");\nexports.run = require_chunk.run;\n',
    ],
  ])('%s has none', (_, text) => {
    expect(hasNoCode(text)).toBe(true);
  });

  test.each([
    ['a declaration', 'const a = 1;\nexport { a };\n'],
    ['a call among re-exports', 'import { a } from "./chunk.js";\na();\nexport { a };\n'],
    [
      'a re-export of a package (only sibling files count)',
      'import { a } from "openapi-fetch";\nexport { a };\n',
    ],
    ['a require of a package', 'exports.a = require("x").a;\n'],
    ['a bin', '#!/usr/bin/env node\nimport { a } from "./chunk.js";\n'],
  ])('%s is code', (_, text) => {
    expect(hasNoCode(text)).toBe(false);
  });
});
