// Types of sandbox.mjs for the TypeScript tests (the scripts themselves are plain ESM).
export const repoRoot: string;

export interface RunResult {
  /** Exit code; 1 when the command could not be started or was killed. */
  code: number;
  /** stdout then stderr. */
  output: string;
  /** Wall time of the command, start-up included. */
  ms: number;
}

export interface Sandbox {
  dir: string;
  /** How long the offline `pnpm install` of the copy took. */
  installMs: number;
  /** Runs a command in the copy; `env` adds to (or overrides) the sandbox's environment for this command. */
  run(cmd: string, args: string[], env?: Record<string, string>): RunResult;
  /** Runs git in the copy and returns its trimmed output; throws when git fails. */
  git(...args: string[]): string;
  dispose(): void;
}

export interface SandboxOptions {
  /** Environment added to every command run in the copy. */
  env?: Record<string, string>;
}

export function createSandbox(options?: SandboxOptions): Sandbox;
export function cloneSandbox(from: Sandbox, options?: SandboxOptions): Sandbox;
