// Wall-clock timing of a command, with its output kept for the error message when it fails.
import { run } from '@lr-mfa/codegen/step';

type RunOptions = Parameters<typeof run>[2];

export interface Timed {
  ms: number;
  code: number;
  output: string;
}

/** Runs `cmd args` and resolves with { ms, code, output }. */
export async function timed(cmd: string, args: string[], options?: RunOptions): Promise<Timed> {
  const started = performance.now();
  const { code, stdout, stderr } = await run(cmd, args, options);
  return { ms: performance.now() - started, code, output: `${stdout}${stderr}` };
}

/** Like `timed`, but throws with the command's last lines when it exits non-zero. */
export async function timedOk(
  label: string,
  cmd: string,
  args: string[],
  options?: RunOptions,
): Promise<Timed> {
  const result = await timed(cmd, args, options);
  if (result.code !== 0) {
    const tail = result.output.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${label} exited with code ${result.code}:\n${tail}`);
  }
  return result;
}

/** Node with the benchmarked script: the same binary that runs the bench. */
export const node = process.execPath;
