// Every leaf of the vendor's 200 body must be described by the bundled schema, at its nesting, with a type
// that admits the value. Prints the coverage; anything below 100 % fails and lists the gaps.
import { expect, it } from 'vitest';
import {
  additionalPropertiesSchema,
  admittedTypes,
  declaredProperties,
  deref,
  fixture,
  itemsSchema,
  type Json,
  jsonType,
  responseMedia,
  typeAdmits,
  useBundle,
} from './helpers.js';

const bundle = useBundle();

interface Leaf {
  path: string;
  problem?: string;
}

/** Walks `value` alongside `schema`, one entry per leaf path (`Profile.Identities[].Positions[].Company.Name`). */
function leaves(doc: Json, value: Json, schema: Json | undefined, path: string, out: Map<string, Leaf>) {
  const record = (problem?: string) => {
    const previous = out.get(path);
    if (!previous || (!previous.problem && problem)) out.set(path, { path, problem });
  };
  if (!schema) return record('not described by the schema');
  const types = admittedTypes(doc, schema);
  const actual = jsonType(value);
  if (types && !typeAdmits(types, actual))
    return record(`is ${actual}, schema admits ${[...types].join('|')}`);
  const isDescribed = Boolean(schema.description || deref(doc, schema)?.description);

  if (Array.isArray(value)) {
    if (value.length === 0) return record(isDescribed ? undefined : 'has no description');
    for (const item of value) leaves(doc, item, itemsSchema(doc, schema), `${path}[]`, out);
    return;
  }
  if (value && typeof value === 'object') {
    if (Object.keys(value).length === 0) return record(isDescribed ? undefined : 'has no description');
    const properties = declaredProperties(doc, schema);
    const additional = additionalPropertiesSchema(doc, schema);
    for (const [key, child] of Object.entries(value)) {
      leaves(doc, child, properties.get(key) ?? additional, path ? `${path}.${key}` : key, out);
    }
    return;
  }
  record(isDescribed ? undefined : 'has no description');
}

it('describes every leaf path of the vendor 200 body with a compatible type (100 % coverage)', async () => {
  const doc = bundle.doc;
  const seed = await fixture('seed-200.json');
  const found = new Map<string, Leaf>();
  leaves(doc, seed, responseMedia(doc, '200').schema, '', found);
  const all = [...found.values()];
  const gaps = all.filter((leaf) => leaf.problem);
  const covered = all.length - gaps.length;
  const percent = ((covered / all.length) * 100).toFixed(1);
  console.log(`spec coverage of the vendor 200 body: ${covered}/${all.length} leaf paths (${percent} %)`);
  for (const gap of gaps) console.log(`  not covered: ${gap.path} ${gap.problem}`);
  expect(all.length).toBeGreaterThan(500);
  expect(all.map((leaf) => leaf.path)).toContain('Profile.Identities[].Positions[].Company.Name');
  expect(gaps.map((gap) => `${gap.path} ${gap.problem}`)).toEqual([]);
});
