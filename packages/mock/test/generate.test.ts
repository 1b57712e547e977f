// The committed mock data lists every operation of the spec (the generator's own tests, on broken specs, are in
// test/codegen.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { specOperations } from '../src/generated/spec-data.js';
import { bundleSpec, follow, type Json } from './spec.js';

let spec: Json;
beforeAll(async () => {
  spec = await bundleSpec();
});

describe('generated mock data', () => {
  it('lists every operation of the spec with its method, path matcher and examples', () => {
    const inSpec = Object.entries(spec.paths as Record<string, Json>).flatMap(([path, item]) =>
      Object.entries(item as Record<string, Json>).map(([method, op]) => ({
        id: op.operationId,
        method: method.toUpperCase(),
        path,
      })),
    );
    expect(specOperations.map(({ id, method, path }) => ({ id, method, path }))).toEqual(inSpec);
    for (const op of specOperations) {
      expect(new RegExp(op.pattern).test(op.path)).toBe(true);
      expect(new RegExp(op.pattern).test(`${op.path}/more`), `${op.id} matches its path only`).toBe(false);
      const success = op.responses.find((r) => r.status.startsWith('2'));
      expect(success?.examples.length, `${op.id} has a success example`).toBeGreaterThan(0);
      // The spec's own examples, by name: a value the generator makes up stands only where the spec has none.
      const response = follow(spec, [
        'paths',
        op.path,
        op.method.toLowerCase(),
        'responses',
        success?.status ?? '',
      ]);
      const documented = response.node?.content?.['application/json']?.examples;
      expect(
        success?.examples.map((e) => e.name),
        op.id,
      ).toEqual(Object.keys(documented ?? { generated: 0 }));
    }
  });
});
