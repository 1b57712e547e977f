// Go-to-definition as a consumer's editor does it (tsserver, which follows declaration maps): on a type
// imported from a built package it must land in the package's TypeScript source, shipped in the tarball, not
// in the bundled .d.ts. Packages built by tsdown ship declaration maps; tsup cannot write them.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { repoRoot } from '../lib/sandbox.js';

let dir: string;
const code = "import type { Profile } from '@lr-mfa/types';\nexport const uid = (p: Profile) => p.Uid;\n";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-mfa-goto-'));
  mkdirSync(join(dir, 'node_modules/@lr-mfa'), { recursive: true });
  symlinkSync(join(repoRoot, 'packages/types'), join(dir, 'node_modules/@lr-mfa/types'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  writeFileSync(join(dir, 'app.ts'), code);
  const compilerOptions = { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['app.ts'] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Asks tsserver (what editors run) for the definition at `line`/`offset` of `file`. */
function tsserverDefinition(file: string, line: number, offset: number): Promise<{ file: string }[]> {
  const server = spawn(process.execPath, [join(repoRoot, 'node_modules/typescript/lib/tsserver.js')], {
    cwd: dir,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const send = (seq: number, command: string, args: object) =>
    server.stdin.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`);
  return new Promise((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      // Each message is a Content-Length header and a JSON body; the answer to request 2 is the one wanted.
      for (const body of output.split(/Content-Length: \d+\r?\n\r?\n/).slice(1)) {
        const message = (() => {
          try {
            return JSON.parse(body.trim());
          } catch {
            return null;
          }
        })();
        if (message?.type === 'response' && message.request_seq === 2) {
          server.kill();
          if (message.success) resolve(message.body);
          else reject(new Error(message.message));
        }
      }
    });
    server.on('error', reject);
    send(1, 'open', { file });
    send(2, 'definition', { file, line, offset });
  });
}

test('go-to-definition on a type from @lr-mfa/types lands in its TypeScript source', async () => {
  const file = join(dir, 'app.ts');
  const definitions = await tsserverDefinition(file, 1, code.indexOf('Profile') + 1);
  expect(definitions.map((d) => d.file)).not.toEqual([]);
  for (const definition of definitions) {
    expect(definition.file).toMatch(/packages\/types\/src\/.+\.ts$/);
    expect(definition.file).not.toMatch(/\.d\.[cm]?ts$/);
  }
}, 60_000);
