// The spec-diff fixture pairs (fixtures/spec-diff/, see its README), shared by the classifier's tests, its rule
// table and the gate's CLI tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@lr-mfa/testkit/sandbox';
import { parse } from 'yaml';

const FIXTURES = join(repoRoot, 'scripts/tests/fixtures/spec-diff');
/** The one operation of the fixtures, as the gate names it. */
export const OP = 'PUT /login/2fa/sms';
export const BASE = join(FIXTURES, 'base.yaml');

// biome-ignore lint/suspicious/noExplicitAny: fixture documents are read and edited as plain JSON
export const load = (file: string): any => parse(readFileSync(file, 'utf8'));

/** A fixture pair: `before.*` and `after.*` in the case's folder, `base.yaml` standing in for a missing side. */
export function pairFiles(name: string): { before: string; after: string } {
  const dir = join(FIXTURES, name);
  const find = (side: string) =>
    ['yaml', 'json'].map((ext) => join(dir, `${side}.${ext}`)).find(existsSync) ?? BASE;
  return { before: find('before'), after: find('after') };
}

/** The fixture folders, one per kind of difference. */
export const pairNames = (): string[] =>
  readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
