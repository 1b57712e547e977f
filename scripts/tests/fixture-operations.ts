// The multi-operation fixture's operations (a GET with integer, number, enum and array query parameters, path
// parameters, a secret header and a nested JSON body, a 204, a text/plain success) added to a copy of the
// product spec as spec/README.md lays it out: a file per path under spec/paths/, components under
// spec/components/, the paths and tags in openapi.yaml. Tests that need a spec with more operations use it.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MULTI_OP_SPEC } from '@lr-mfa/codegen/fixtures';

const fixture = dirname(MULTI_OP_SPEC);
export const ADDED = ['listUsers', 'getUser', 'createNote', 'deleteNote', 'getStatus'];
export const SUMMARIES = [
  'List users',
  'Get a user',
  'Add a note to a user',
  'Delete a note',
  'Service status',
];
/** The fixture's responses whose file names the product spec already uses: renamed, as its README asks. */
const RENAMED: Record<string, string> = {
  'BadRequest.yaml': 'UserBadRequest.yaml',
  'NotFound.yaml': 'UserNotFound.yaml',
};

/** Copies the fixture's paths and components into the sandbox's spec/ and lists them in openapi.yaml. */
export function addOperations(spec: string): void {
  const rename = (text: string) =>
    Object.entries(RENAMED).reduce(
      (t, [from, to]) => t.replaceAll(`responses/${from}`, `responses/${to}`),
      text,
    );
  for (const file of readdirSync(join(fixture, 'paths')))
    writeFileSync(join(spec, 'paths', file), rename(readFileSync(join(fixture, 'paths', file), 'utf8')));
  for (const kind of readdirSync(join(fixture, 'components'))) {
    for (const file of readdirSync(join(fixture, 'components', kind)))
      copyFileSync(
        join(fixture, 'components', kind, file),
        join(spec, 'components', kind, RENAMED[file] ?? file),
      );
  }
  const entry = join(spec, 'openapi.yaml');
  const fixtureEntry = readFileSync(join(fixture, 'openapi.yaml'), 'utf8');
  const block = (text: string, key: string) => {
    const match = new RegExp(`^${key}:\\n((?:  .*\\n)+)`, 'm').exec(text);
    if (!match?.[1]) throw new Error(`no ${key} block in the fixture's openapi.yaml`);
    return match[1];
  };
  let text = readFileSync(entry, 'utf8');
  text = text.replace(/^paths:\n((?: {2}.*\n)+)/m, (all) => `${all}${block(fixtureEntry, 'paths')}`);
  text = text.replace(/^tags:\n/m, (all) => `${all}${block(fixtureEntry, 'tags')}`);
  writeFileSync(entry, text);
}
