// Every generator the runner (scripts/generate.ts) runs, in order. Each lives beside the package it writes, in
// that package's codegen/ folder; adding one: a module exporting a `Generator` (packages/codegen/src/plugin.ts)
// from its package's codegen/index.ts, listed here.
import type { Generator } from '@lr-mfa/codegen/plugin';
import { client, validators } from '../packages/client/codegen/index.js';
import { mock } from '../packages/mock/codegen/index.js';
import { types } from '../packages/types/codegen/index.js';

export const generators: Generator[] = [types, validators, client, mock];
