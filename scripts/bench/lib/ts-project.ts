// The TypeScript project an application has, for the sections that time `tsc`: the compiler options
// `tsc --init` and most apps use (strict, skipLibCheck), no ambient @types, only the files given.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const APP_COMPILER_OPTIONS = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

/** Writes `files` (path under `dir` → source) and a tsconfig.json listing them; returns the tsconfig's path. */
export function tsProject(dir: string, files: Record<string, string>): string {
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), source);
  }
  const tsconfig = join(dir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({ compilerOptions: APP_COMPILER_OPTIONS, files: Object.keys(files) }),
  );
  return tsconfig;
}
