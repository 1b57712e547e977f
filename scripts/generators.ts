// Every generator the runner (scripts/generate.ts) runs, in order. Adding one: a module exporting a
// `Generator` (scripts/lib/plugin.ts), listed here.
import type { Generator } from '../lib/plugin.js';
import { clientGenerator as client } from './client.js';
import { mockGenerator as mock } from './mock.js';
import { types } from './types.js';
import { validators } from './validators.js';

export const generators: Generator[] = [types, validators, client, mock];
