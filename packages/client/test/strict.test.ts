// Types for strict consumers: the consumer in ./strict compiles under strict + exactOptionalPropertyTypes +
// noUncheckedIndexedAccess with no Node types (the client's own sources included), the built declarations
// compile for a Node consumer without the DOM lib and with skipLibCheck off, and the options' JSDoc
// shows on hover as plain text (no `@description` tags).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const consumer = join(here, 'strict/consumer.ts');
const options: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: [],
  noEmit: true,
  skipLibCheck: true,
};

/** Every compiler diagnostic of `file` under `settings`, as `file: message` lines. */
const problems = (file: string, settings: ts.CompilerOptions) =>
  ts
    .getPreEmitDiagnostics(ts.createProgram([file], settings))
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);

describe('strict consumers', () => {
  test('compile under strict + exactOptionalPropertyTypes + noUncheckedIndexedAccess', () => {
    expect(problems(consumer, options)).toEqual([]);
  }, 60_000);

  test('the published declarations compile for a Node consumer without the DOM lib, skipLibCheck off', () => {
    // Node's and Bun's type packages declare fetch's classes but none of the DOM's `…Init` aliases.
    const nodeOnly = { ...options, lib: ['lib.es2022.d.ts'], types: ['node'], skipLibCheck: false };
    expect(problems(join(here, 'strict/node-consumer.ts'), nodeOnly)).toEqual([]);
  }, 60_000);

  test('option docs show on hover as plain text', () => {
    const text = readFileSync(consumer, 'utf8');
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => options,
      getScriptFileNames: () => [consumer],
      getScriptVersion: () => '1',
      getScriptSnapshot: (file) =>
        ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(file) ?? '') : undefined,
      getCurrentDirectory: () => here,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
    };
    const service = ts.createLanguageService(host);
    const hover = (word: string) => {
      const info = service.getQuickInfoAtPosition(consumer, text.indexOf(word));
      return {
        doc: ts.displayPartsToString(info?.documentation),
        tags: (info?.tags ?? []).map((tag) => tag.name),
      };
    };
    const fields = hover('fields: env.LR_FIELDS');
    expect(fields.doc).toMatch(/^Comma-separated list of profile fields/);
    expect(fields.doc).toContain('Sent as the query parameter `fields`.');
    expect(fields.tags).toEqual([]);
    const method = hover('verifySmsOtp(options)');
    expect(method.doc).toMatch(/^Verify SMS OTP \(`PUT \/identity\/v2\/auth\/login\/2fa\/sms`\)\./);
    expect(method.tags).toEqual([]);
  }, 60_000);

  test('no generated client file carries a JSDoc tag other than @deprecated', () => {
    const dir = join(here, '../src/generated/client');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/^\s*\*\s*@(?!deprecated\b)\w+/m);
    }
  });
});
