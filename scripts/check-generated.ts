// CI gate: regenerate every generated source from spec/ and fail when it differs from what is committed, so a
// spec edit can never land without the type diffs reviewers are meant to see. Built-only outputs (the client's
// validators) are git-ignored, so git status leaves them out.
import { bin, root, run, runStep, StepError } from '@lr-mfa/codegen/step';

const GENERATED = ':(glob)**/generated/**';

await runStep(
  'check generated sources are up to date',
  async () => {
    const gen = await run(bin('turbo'), ['run', 'generate', '--output-logs=errors-only'], { cwd: root });
    if (gen.code !== 0) throw new StepError(`regeneration failed:\n${gen.stdout}${gen.stderr}`);
    const status = await run('git', ['status', '--porcelain', '--untracked-files=all', '--', GENERATED]);
    if (status.code !== 0) throw new StepError(`git status failed: ${status.stderr}`);
    const stale = status.stdout.trim();
    if (stale) {
      const diff = await run('git', ['diff', '--stat', '--', GENERATED]);
      throw new StepError(
        `generated files differ from the committed ones:\n${stale}\n${diff.stdout}\n` +
          'Run `pnpm build` and commit the regenerated files (never edit files under generated/ by hand).',
      );
    }
    return [];
  },
  { generates: false },
);
