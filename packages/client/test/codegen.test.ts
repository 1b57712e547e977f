// The client's generators (codegen/) on the product spec, in memory: the committed src/generated/ is exactly what
// they produce (the validators are built, not committed; test/validate.test.ts runs them).
import { contextOf, loadProductSpec, staleFiles } from '@lr-mfa/codegen/testing';
import { expect, test } from 'vitest';
import { client } from '../codegen/index.js';

test('the client generator reproduces the committed src/generated/ byte for byte', async () => {
  expect(await staleFiles(client, contextOf(await loadProductSpec()))).toEqual([]);
});
