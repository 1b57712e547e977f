// `--record DIR`: exchanges saved as named examples the mock serves (`Prefer: example=<name>`), one per distinct
// set of findings of an operation and status, at most `maxFiles`. Secret-named members are masked and every
// other string is replaced unless it only shows a type (`"true"`, `"12"`, a date), so no profile value and no
// secret is written, while each drift the exchange showed is kept.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecordedExample } from '../core/recorded.js';
import type { Finding } from './checks.js';
import { MASK, type SecretBook } from './secrets.js';

/** Strings that say nothing about a person: booleans, numbers and dates written as strings. */
const TYPE_ONLY = /^(?:true|false|-?\d+(?:\.\d+)?|\d{4}-\d\d-\d\d(?:[T ][\d:.]+Z?)?)$/i;
export const ANONYMIZED = 'recorded';

function anonymize(value: unknown, secrets: SecretBook, depth = 0): unknown {
  if (typeof value === 'string')
    return TYPE_ONLY.test(value) && !secrets.isSecretValue(value) ? value : ANONYMIZED;
  if (depth > 64 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => anonymize(item, secrets, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [
      secrets.mask(key),
      secrets.isSecretName(key) && member !== null ? MASK : anonymize(member, secrets, depth + 1),
    ]),
  );
}

export class Recorder {
  private readonly seen = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly secrets: SecretBook,
    private readonly maxFiles = 200,
  ) {}

  /** Saves the exchange when its findings are a combination not recorded yet; returns the example's name. */
  async record(
    operationId: string,
    status: number,
    contentType: string | undefined,
    body: unknown,
    findings: readonly Finding[],
  ): Promise<string | undefined> {
    if (body === undefined || this.seen.size >= this.maxFiles) return undefined;
    const signature = [status, ...findings.map((f) => `${f.pointer} ${f.kind}`).sort()].join('\n');
    const key = `${operationId}\n${signature}`;
    if (this.seen.has(key)) return undefined;
    this.seen.add(key);
    const name = `recorded-${status}-${this.seen.size}`;
    const example: RecordedExample = {
      operationId,
      name,
      status,
      contentType: this.secrets.mask(contentType ?? 'application/json'),
      value: anonymize(body, this.secrets),
    };
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, `${operationId}.${name}.json`), `${JSON.stringify(example, null, 2)}\n`);
    return name;
  }
}
