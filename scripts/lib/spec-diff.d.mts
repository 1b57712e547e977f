// Types of spec-diff.mjs for the TypeScript tests (the scripts themselves are plain ESM).
export type Level = 'none' | 'patch' | 'minor' | 'major';
export interface Change {
  level: Exclude<Level, 'none'>;
  /** Where in the API: `PUT /path`, `components`, `info`, `servers`, `security`, `document`. */
  where: string;
  /** What changed, in plain words. */
  what: string;
}
export const LEVELS: readonly Level[];
export function rank(level: Level): number;
export function maxLevel(...levels: Level[]): Level;
export function requiredBump(changes: Change[]): Level;
export function formatChange(change: Change): string;
export function canonical(value: unknown): string;
/** Compares two bundled OpenAPI documents (every `$ref` local). */
export function diffSpecs(oldDoc: object, newDoc: object): Change[];
