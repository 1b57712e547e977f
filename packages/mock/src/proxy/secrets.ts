// Every secret the proxy knows, so nothing it writes or logs carries one: the spec's secret names (`x-lr-secret`
// inputs and response fields, the API key's name) and the values it has seen under them (API keys, OTPs,
// second-factor tokens, returned access and refresh tokens). Values are learned from each exchange before
// anything about it is written, and the most recent `maxValues` are kept (bounded memory).
import { MASK, SecretMatcher } from '@lr-mfa/client/mask';
import { proxyIndex } from './data.js';

export { MASK };

export class SecretBook {
  /** Secret wire names of every operation, lower case (names are matched case-insensitively). */
  readonly names: ReadonlySet<string>;
  private readonly values = new Set<string>();
  /** The values to mask (those of at least the client's minimum length), kept in step with `values`. */
  private readonly matcher = new SecretMatcher();

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
    this.matcher.add(value);
    if (this.values.size > this.maxValues) {
      const [oldest] = this.values;
      if (oldest !== undefined) {
        this.values.delete(oldest);
        this.matcher.delete(oldest);
      }
    }
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
   * The text with every known secret value replaced by `***`, in every encoding that decodes to it (the
   * client's matcher: percent-encoded in either hex case, some characters or all, form-encoded, JSON-escaped).
   */
  mask(text: string): string {
    return this.matcher.mask(text, MASK);
  }
}
