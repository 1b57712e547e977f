// The operation the benchmarks call (Verify SMS OTP), as the built Model describes it (build/spec/model.json,
// written by `pnpm build`): the raw-fetch contenders, the loopback server and the hand-written consumer take its
// path and origin from the spec instead of naming them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '@lr-mfa/codegen/model';
import { root } from '@lr-mfa/codegen/step';

export interface BenchedOperation {
  /** The spec's first server (`https://api.loginradius.com`). */
  serverUrl: string;
  path: string;
  /** The older paths the vendor SDK calls (the vendor SDK contender uses one). */
  legacyPaths: string[];
}

export function benchedOperation(id = 'verifySmsOtp'): BenchedOperation {
  const file = join(root, 'build/spec/model.json');
  const model = JSON.parse(readFileSync(file, 'utf8')) as Model;
  const operation = model.operations.find((op) => op.id === id);
  if (!operation) throw new Error(`${file} has no operation ${id}: run \`pnpm build\` first`);
  return { serverUrl: model.serverUrl, path: operation.path, legacyPaths: operation.legacyPaths };
}
