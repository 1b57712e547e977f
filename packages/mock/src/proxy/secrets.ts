// Every secret the proxy knows, so nothing it writes or logs carries one: the spec's secret names (`x-lr-secret`
// inputs and response fields, the API key's name) and the values it has seen under them (API keys, OTPs,
// second-factor tokens, returned access and refresh tokens). Values are learned from each exchange before
// anything about it is written, and the most recent `maxValues` are kept (bounded memory).
import { proxyIndex } from './data.js';

export const MASK = '***';

/** Shorter values are not masked inside other text: `12` would blank every number. */
const MIN_MASKED_LENGTH = 4;

export class SecretBook {
  /** Secret wire names of every operation, lower case (names are matched case-insensitively). */
  readonly names: ReadonlySet<string>;
  private readonly values = new Set<string>();
  /** The values longest first (so a value containing another is masked whole); rebuilt after a change. */
  private longestFirst: string[] | undefined;

  constructor(
    private readonly maxValues = 10_000,
    extraNames: readonly string[] = [],
  ) {
    const names = Object.values(proxyIndex().operations).flatMap((op) => op.secrets);
    this.names = new Set([...names, ...extraNames].map((n) => n.toLowerCase()));
  }

  isSecretName(name: string): boolean {
    return this.names.has(name.toLowerCase());
  }

  /** Remembers a secret value (oldest forgotten past the cap). */
  learn(value: unknown): void {
    if (typeof value !== 'string' || value.length === 0 || this.values.has(value)) return;
    this.values.add(value);
    if (this.values.size > this.maxValues) {
      const [oldest] = this.values;
      if (oldest !== undefined) this.values.delete(oldest);
    }
    this.longestFirst = undefined;
  }

  /** Learns the value of every secret-named member of a parsed JSON body, at any depth. */
  learnFromJson(value: unknown, depth = 0): void {
    if (depth > 64 || typeof value !== 'object' || value === null) return;
    for (const [key, member] of Object.entries(value)) {
      if (this.isSecretName(key) && typeof member !== 'object') this.learn(String(member));
      else this.learnFromJson(member, depth + 1);
    }
  }

  /** Learns the values of secret-named query parameters. */
  learnFromQuery(search: URLSearchParams): void {
    for (const [key, value] of search) if (this.isSecretName(key)) this.learn(value);
  }

  isSecretValue(value: string): boolean {
    return this.values.has(value);
  }

  /**
   * The text with every known secret value (and its URL- and JSON-escaped forms) replaced by `***`. A scan of
   * the remembered values, not a regular expression of them: values are learned on every exchange, and a
   * pattern rebuilt that often would cost more than the scan.
   */
  mask(text: string): string {
    this.longestFirst ??= [...this.values].sort((a, b) => b.length - a.length);
    let out = text;
    for (const value of this.longestFirst) {
      if (value.length < MIN_MASKED_LENGTH) continue;
      for (const form of [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)])
        if (out.includes(form)) out = out.replaceAll(form, MASK);
    }
    return out;
  }
}
