// The types generator (codegen/) on the product spec, in memory: the committed src/generated/ is exactly what it
// produces.
import { contextOf, loadProductSpec, staleFiles } from '@lr-mfa/codegen/testing';
import { expect, test } from 'vitest';
import { types } from '../codegen/index.js';

test('the types generator reproduces the committed src/generated/ byte for byte', async () => {
  expect(await staleFiles(types, contextOf(await loadProductSpec()))).toEqual([]);
});
