// Every secret the proxy knows, so nothing it writes or logs carries one: the spec's secret names (`x-lr-secret`
// inputs and response fields, the API key's name) and the values it has seen under them (API keys, OTPs,
// second-factor tokens, returned access and refresh tokens). Values are learned from each exchange before
// anything about it is written, and the most recent `maxValues` are kept (bounded memory).
import { proxyOperations } from '../generated/proxy-data.js';

export const MASK = '***';

/** Shorter values are not masked inside other text: `12` would blank every number. */
const MIN_MASKED_LENGTH = 4;

export class SecretBook {
  /** Secret wire names of every operation, lower case (names are matched case-insensitively). */
  readonly names: ReadonlySet<string>;
  private readonly values = new Set<string>();
  private pattern: RegExp | undefined;

  constructor(
    private readonly maxValues = 10_000,
    extraNames: readonly string[] = [],
  ) {
    const names = Object.values(proxyOperations).flatMap((op) => op.secrets);
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
    this.pattern = undefined;
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

  /** The text with every known secret value (and its URL-encoded form) replaced by `***`. */
  mask(text: string): string {
    if (this.values.size === 0) return text;
    this.pattern ??= buildPattern(this.values);
    return this.pattern ? text.replace(this.pattern, MASK) : text;
  }

  /** A copy of a parsed JSON value with secret-named members replaced by `***`, and every string masked. */
  maskJson(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.mask(value);
    if (depth > 64 || typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((item) => this.maskJson(item, depth + 1));
    return Object.fromEntries(
      Object.entries(value).map(([key, member]) => [
        key,
        this.isSecretName(key) && member !== null ? MASK : this.maskJson(member, depth + 1),
      ]),
    );
  }

  /** A query string with the values of secret-named parameters replaced by `***`. */
  maskQuery(search: URLSearchParams): string {
    const out = new URLSearchParams();
    for (const [key, value] of search) out.append(key, this.isSecretName(key) ? MASK : this.mask(value));
    return out.toString();
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function buildPattern(values: ReadonlySet<string>): RegExp | undefined {
  const forms = new Set<string>();
  for (const value of values) {
    if (value.length < MIN_MASKED_LENGTH) continue;
    forms.add(value);
    forms.add(encodeURIComponent(value));
    forms.add(JSON.stringify(value).slice(1, -1));
  }
  if (forms.size === 0) return undefined;
  // Longest first, so a value containing another is masked whole.
  const sorted = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(sorted.join('|'), 'g');
}
