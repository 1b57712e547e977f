// Bump levels and the change records every comparator produces.

export const LEVELS = ['none', 'patch', 'minor', 'major'] as const;
export type Level = (typeof LEVELS)[number];

export interface Change {
  level: Exclude<Level, 'none'>;
  /** Where in the API: `PUT /path`, `components`, `info`, `servers`, `security`, `document`, `webhooks`. */
  where: string;
  /** What changed, in plain words. */
  what: string;
  /** The rule (a key of RULES in rules.ts) that set the level. */
  rule: string;
}

export const rank = (level: Level): number => LEVELS.indexOf(level);
export const maxLevel = (...levels: Level[]): Level =>
  levels.reduce<Level>((a, b) => (rank(b) > rank(a) ? b : a), 'none');
/** The release a list of changes needs. */
export const requiredBump = (changes: Change[]): Level => maxLevel(...changes.map((c) => c.level));
export const formatChange = (c: Change): string => `${c.level}: ${c.where ? `${c.where}: ` : ''}${c.what}`;

/** JSON with sorted keys: equal values give equal strings. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
export const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);
/** A value as inline code in a message. */
export const code = (value: unknown): string =>
  `\`${typeof value === 'string' && value !== '' ? value : JSON.stringify(value)}\``;
export const list = (values: unknown[]): string => values.map(code).join(', ');
