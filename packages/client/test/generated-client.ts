// A client generated from a fixture document, the way the pipeline makes the product's: the document goes
// through @lr-mfa/codegen's buildModel and the client generator (the one way a document becomes generated
// code), and the files are written into a directory whose `runtime.ts` is this package's runtime.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel } from '@lr-mfa/codegen/build-model';
import { type GeneratedFile, generatorContext } from '@lr-mfa/codegen/plugin';
import { clientGenerator } from '../codegen/client.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** The client generator's files for `doc`; a construct it refuses throws SpecPointerError. */
export function generate(doc: Record<string, unknown>): GeneratedFile[] {
  const header = '// DO NOT EDIT. Generated for a test.\n';
  return clientGenerator.generate(
    generatorContext(buildModel(doc), doc, header, (pointer) => `#${pointer}`),
  ) as GeneratedFile[];
}

/** Writes the client of `doc` into `dir` (`generated/client/…`, beside a `runtime.ts` re-exporting ours). */
export function writeClient(doc: Record<string, unknown>, dir: string): void {
  for (const file of generate(doc)) {
    const path = join(dir, file.path.replace('packages/client/src/', ''));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  // The generated files import the runtime as ../../runtime.js: here it is the package's own.
  writeFileSync(join(dir, 'runtime.ts'), `export * from ${JSON.stringify(join(src, 'runtime.js'))};\n`);
}
