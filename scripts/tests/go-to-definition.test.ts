// Go-to-definition as a consumer's editor does it (tsserver, which follows declaration maps): on a name imported
// from a built package it must land in the package's TypeScript source, shipped in the tarball, not in the
// bundled .d.ts. Every package is built by tsdown with declaration maps; an ESM consumer (.ts, resolving the
// .d.ts) and a CommonJS one (.cts, resolving the .d.cts) ask for each entry point.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@lr-mfa/testkit/sandbox';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/** Imported names, their module and the package source folder go-to-definition must land in. */
const IMPORTS = [
  { name: 'Profile', from: '@lr-mfa/types', lands: 'packages/types/src' },
  { name: 'createClient', from: '@lr-mfa/client', lands: 'packages/client/src' },
  { name: 'ClientOptions', from: '@lr-mfa/client', lands: 'packages/client/src' },
  { name: 'isInvalidOtp', from: '@lr-mfa/client', lands: 'packages/client/src' },
  // The client re-exports the types package: its declaration map leads on to the types' source.
  { name: 'VerifySmsOtpResponse', from: '@lr-mfa/client', lands: 'packages/types/src' },
  { name: 'matchesSpec', from: '@lr-mfa/client/validate', lands: 'packages/client/src' },
  { name: 'createRawClient', from: '@lr-mfa/client/raw', lands: 'packages/client/src' },
  { name: 'createMock', from: '@lr-mfa/mock', lands: 'packages/mock/src' },
  { name: 'startMockServer', from: '@lr-mfa/mock', lands: 'packages/mock/src' },
  { name: 'createHandlers', from: '@lr-mfa/mock/msw', lands: 'packages/mock/src' },
] as const;

const CONSUMERS = [
  { kind: 'ESM', file: 'app.ts' },
  { kind: 'CommonJS', file: 'app.cts' },
] as const;

// One import statement a line, so a name's position is its line and column.
const code = `${IMPORTS.map(({ name, from }) => `import type { ${name} } from '${from}';`).join('\n')}\n`;

let dir: string;
let server: TsServer;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-mfa-goto-'));
  mkdirSync(join(dir, 'node_modules/@lr-mfa'), { recursive: true });
  for (const pkg of ['types', 'client', 'mock']) {
    symlinkSync(join(repoRoot, 'packages', pkg), join(dir, 'node_modules/@lr-mfa', pkg), 'dir');
  }
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  for (const { file } of CONSUMERS) writeFileSync(join(dir, file), code);
  const compilerOptions = {
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  };
  const files = CONSUMERS.map((c) => c.file);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
  server = new TsServer(dir);
});
afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One tsserver (what editors run) answering requests in turn, matched to their answers by sequence number. */
class TsServer {
  private readonly process: ChildProcess;
  private seq = 0;
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<
    number,
    { resolve: (body: unknown) => void; reject: (e: Error) => void }
  >();

  constructor(cwd: string) {
    this.process = spawn(process.execPath, [join(repoRoot, 'node_modules/typescript/lib/tsserver.js')], {
      cwd,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    this.process.on('error', (error) => {
      for (const { reject } of this.pending.values()) reject(error);
    });
    this.process.stdout?.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
  }

  /** Each message is a `Content-Length` header (in bytes) and a JSON body; events are skipped. */
  private drain(): void {
    for (;;) {
      const header = /Content-Length: (\d+)\r?\n\r?\n/.exec(this.buffer.toString('latin1'));
      if (!header) return;
      const start = header.index + header[0].length;
      const end = start + Number(header[1]);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8'));
      this.buffer = this.buffer.subarray(end);
      const waiting = message.type === 'response' ? this.pending.get(message.request_seq) : undefined;
      if (!waiting) continue;
      this.pending.delete(message.request_seq);
      if (message.success) waiting.resolve(message.body);
      else waiting.reject(new Error(message.message));
    }
  }

  /** A request without an answer (`open`); tsserver handles requests in order, so later ones see its effect. */
  send(command: string, args: object): number {
    const seq = ++this.seq;
    this.process.stdin?.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`);
    return seq;
  }

  request<T>(command: string, args: object): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.set(this.seq + 1, { resolve: resolve as (body: unknown) => void, reject });
      this.send(command, args);
    });
  }

  close(): void {
    this.process.kill();
  }
}

describe.each(CONSUMERS)('go-to-definition from a $kind consumer ($file)', ({ file }) => {
  test.each(IMPORTS)(
    '$name from $from lands in $lands',
    async ({ name, lands }) => {
      const path = join(dir, file);
      server.send('open', { file: path });
      const index = IMPORTS.findIndex((i) => i.name === name);
      const line = code.split('\n')[index] ?? '';
      const definitions = await server.request<{ file: string }[]>('definition', {
        file: path,
        line: index + 1,
        offset: line.indexOf(` ${name} `) + 2,
      });
      expect(definitions.map((d) => d.file)).not.toEqual([]);
      for (const definition of definitions) {
        expect(definition.file).toContain(`/${lands}/`);
        expect(definition.file).toMatch(/\.ts$/);
        expect(definition.file).not.toMatch(/\.d\.[cm]?ts$/);
      }
    },
    60_000,
  );
});
