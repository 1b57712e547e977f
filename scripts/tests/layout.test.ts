// Generators live beside the package they write (packages/<name>/codegen/, on the shared @lr-mfa/codegen), and
// runtime code never reaches into them: no module under packages/*/src imports a codegen/ folder or the pipeline,
// so nothing of the generator is bundled or published. Read with the compiler's own import scanner.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { root } from '@lr-mfa/codegen/step';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const GENERATOR_CODE = /(^|\/)codegen(\/|$)|^@lr-mfa\/codegen/;

/** `file → specifier` for every import of generator code from the TypeScript sources under `dir`. */
function generatorImports(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.[cm]?tsx?$/.test(file))
    .flatMap((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      return ts
        .preProcessFile(source, true, true)
        .importedFiles.filter(({ fileName }) => GENERATOR_CODE.test(fileName))
        .map(({ fileName }) => `${relative(root, join(dir, file))} → ${fileName}`);
    });
}

const packages = readdirSync(join(root, 'packages')).filter((name) => name !== 'codegen');

describe('runtime sources import no generator code', () => {
  test.each(packages)('packages/%s/src', (name) => {
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
