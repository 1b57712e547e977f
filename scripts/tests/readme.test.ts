// The README's TypeScript examples compile against the built packages, so the front page cannot drift
// from the real API. Placeholders the snippets use (the app's own functions and values) are declared
// in a prelude; everything else must type-check under `strict`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';

const PRELUDE = `
declare const tokenFromPasswordStep: string;
declare function startSession(uid: string | null | undefined, accessToken: string): void;
declare function askAgain(): void;
declare function showLockedUntil(until: Date | undefined): void;
`;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-mfa-readme-'));
  // A consumer-like node_modules: the workspace packages (their own deps resolve from their real paths).
  mkdirSync(join(dir, 'node_modules/@lr-mfa'), { recursive: true });
  for (const pkg of ['client', 'types', 'mock']) {
    symlinkSync(join(repoRoot, 'packages', pkg), join(dir, 'node_modules/@lr-mfa', pkg), 'dir');
  }
  symlinkSync(join(repoRoot, 'node_modules/@types'), join(dir, 'node_modules/@types'), 'dir');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'readme-check', private: true, type: 'module' }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the README has a TypeScript example for the client, the types and the mock', () => {
  const all = snippets.join('\n');
  for (const pkg of ['@lr-mfa/client', '@lr-mfa/types', '@lr-mfa/mock'])
    expect(all).toContain(`from '${pkg}'`);
});

test('every README TypeScript example compiles under strict', () => {
  const files = snippets.map((code, i) => {
    const file = join(dir, `snippet-${i}.mts`);
    // Snippets that use createClient without importing it continue the client example.
    const imports =
      /import \{[^}]*createClient/.test(code) || !code.includes('createClient(')
        ? ''
        : "import { createClient } from '@lr-mfa/client';\n";
    writeFileSync(file, `${imports}${PRELUDE}${code}\nexport {};\n`);
    return file;
  });
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  const args = [
    '--noEmit',
    '--strict',
    '--module',
    'nodenext',
    '--target',
    'es2022',
    '--types',
    'node',
    '--skipLibCheck',
  ];
  let output = '';
  try {
    execFileSync(process.execPath, [tsc, ...args, ...files], { cwd: dir, encoding: 'utf8' });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(output).toBe('');
});
