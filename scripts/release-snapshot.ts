// Stores the release baseline (released/) for the packages' current version: the spec bundled
// now (in process, as `pnpm spec:bundle` does it) and the consumer type tests of the tree.
// `pnpm version-packages` runs this after `changeset version`; run it by hand only to seed a repository that has none.
//   tsx scripts/release-snapshot.ts
import { join } from 'node:path';
import { bundleSpec } from '@lr-mfa/codegen/bundle';
import { root, runStep, StepError } from '@lr-mfa/codegen/step';
import { workspaceVersion } from './lib/release-baseline.js';
import { writeReleaseBaseline } from './lib/release-snapshot.js';

await runStep('store the release baseline (released/)', async () => {
  const version = await workspaceVersion(root);
  if (!version) throw new StepError('no @lr-mfa/* package with a version under packages/');
  await bundleSpec();
  console.log(`  version ${version}`);
  return writeReleaseBaseline(version, join(root, 'build/spec/openapi.json'), root);
});
