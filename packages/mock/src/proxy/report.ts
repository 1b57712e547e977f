// The drift report: every disagreement aggregated by operation, status, JSON Pointer and kind (a count, first
// and last seen; never a copy of the traffic), plus which type was seen at places the spec lets take several.
// Memory is bounded: past `maxEntries` distinct items a new one is only counted as dropped.
import type { Finding, FindingKind, Observation } from './checks.js';

export interface ReportItem {
  operation: string;
  status: string;
  pointer: string;
  kind: FindingKind;
  expected: string;
  /** Each JSON type seen there, with how many times (at most a few distinct ones). */
  seen: Record<string, number>;
  count: number;
  firstSeen: string;
  lastSeen: string;
  /** The spec file and line that states it. */
  at: string;
  /** Distinct values seen (`--show-values`, short non-secret strings only). */
  values?: string[];
}

export interface ObservedItem {
  operation: string;
  status: string;
  pointer: string;
  allowed: string;
  seen: Record<string, number>;
  at: string;
}

export interface DriftReportJson {
  upstream: string;
  startedAt: string;
  writtenAt: string;
  exchanges: number;
  /** Exchanges with at least one finding. */
  exchangesWithDrift: number;
  /** Upstream unreachable or timed out (answered 502 by the proxy). */
  upstreamFailures: number;
  /** Clients gone before the response was complete (not checked). */
  abandoned: number;
  /** Distinct items not kept because `maxEntries` was reached (still counted here). */
  dropped: number;
  items: ReportItem[];
  observed: ObservedItem[];
}

const MAX_SEEN_KINDS = 8;
const MAX_VALUES = 5;

export class DriftReport {
  readonly startedAt: string = new Date().toISOString();
  exchanges = 0;
  exchangesWithDrift = 0;
  upstreamFailures = 0;
  abandoned = 0;
  dropped = 0;
  private readonly items = new Map<string, ReportItem>();
  private readonly observed = new Map<string, ObservedItem>();

  constructor(
    readonly upstream: string,
    private readonly maxEntries = 1000,
    /**
     * Masks secrets in what an item takes from the traffic (a member name in its pointer, a media type seen).
     * Only a new item or a new kind seen pays for it, not every exchange: the masks scan thousands of values.
     */
    private readonly mask: (text: string) => string = (text) => text,
  ) {}

  get size(): number {
    return this.items.size;
  }

  /** Counts a finding; returns its item when this is the first time it is seen (for a log line). */
  add(finding: Finding, now: string = new Date().toISOString()): ReportItem | undefined {
    const key = `${finding.operation}\u0000${finding.status}\u0000${finding.pointer}\u0000${finding.kind}`;
    const item = this.items.get(key);
    if (item) {
      item.count += 1;
      item.lastSeen = now;
      this.bump(item.seen, finding.seen);
      this.addValue(item, finding.value);
      return undefined;
    }
    if (this.items.size + this.observed.size >= this.maxEntries) {
      this.dropped += 1;
      return undefined;
    }
    const { value, seen, ...rest } = finding;
    const pointer = this.mask(rest.pointer);
    const created: ReportItem = { ...rest, pointer, seen: {}, count: 1, firstSeen: now, lastSeen: now };
    this.bump(created.seen, seen);
    this.addValue(created, value);
    this.items.set(key, created);
    return created;
  }

  observe(observation: Observation): void {
    const key = `${observation.operation}\u0000${observation.status}\u0000${observation.pointer}`;
    const item = this.observed.get(key);
    if (item) {
      this.bump(item.seen, observation.seen);
      return;
    }
    if (this.items.size + this.observed.size >= this.maxEntries) {
      this.dropped += 1;
      return;
    }
    const { seen, ...rest } = observation;
    const created: ObservedItem = { ...rest, pointer: this.mask(rest.pointer), seen: {} };
    this.bump(created.seen, seen);
    this.observed.set(key, created);
  }

  /** Counts one more `key` seen, a new one (masked) only while fewer than MAX_SEEN_KINDS are. */
  private bump(counts: Record<string, number>, key: string): void {
    if (key in counts) counts[key] = (counts[key] as number) + 1;
    else if (Object.keys(counts).length < MAX_SEEN_KINDS) {
      const masked = this.mask(key);
      counts[masked] = (counts[masked] ?? 0) + 1;
    }
  }

  private addValue(item: ReportItem, value: unknown): void {
    if (typeof value !== 'string') return;
    item.values ??= [];
    if (item.values.length < MAX_VALUES && !item.values.includes(value)) item.values.push(value);
  }

  toJSON(): DriftReportJson {
    const order = (a: { operation: string; status: string; pointer: string }, b: typeof a) =>
      a.operation.localeCompare(b.operation) ||
      a.status.localeCompare(b.status) ||
      a.pointer.localeCompare(b.pointer);
    return {
      upstream: this.upstream,
      startedAt: this.startedAt,
      writtenAt: new Date().toISOString(),
      exchanges: this.exchanges,
      exchangesWithDrift: this.exchangesWithDrift,
      upstreamFailures: this.upstreamFailures,
      abandoned: this.abandoned,
      dropped: this.dropped,
      items: [...this.items.values()].sort(order),
      observed: [...this.observed.values()].sort(order),
    };
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const seenText = (seen: Record<string, number>) =>
  Object.entries(seen)
    .map(([type, n]) => `${type} ×${n}`)
    .join(', ');

/** The short Markdown summary: one table row per item, the observed variants, the totals. */
export function reportMarkdown(report: DriftReportJson): string {
  const lines = [
    `# Traffic check: ${report.items.length} disagreement(s) with the spec`,
    '',
    `Upstream ${report.upstream}, ${report.startedAt} to ${report.writtenAt}: ${report.exchanges} exchange(s), ` +
      `${report.exchangesWithDrift} with drift, ${report.upstreamFailures} upstream failure(s), ` +
      `${report.abandoned} abandoned by the client${report.dropped > 0 ? `, ${report.dropped} item(s) past the cap not kept` : ''}.`,
    '',
  ];
  if (report.items.length > 0) {
    lines.push(
      '| operation | status | pointer | kind | spec expects | seen | count | spec |',
      '|---|---|---|---|---|---|--:|---|',
    );
    for (const item of report.items) {
      const values = item.values?.length
        ? ` (values: ${item.values.map((v) => JSON.stringify(v)).join(', ')})`
        : '';
      lines.push(
        `| ${cell(item.operation)} | ${item.status} | \`${cell(item.pointer || '(whole)')}\` | ${item.kind} | ${cell(item.expected)} | ${cell(seenText(item.seen) + values)} | ${item.count} | ${cell(item.at)} |`,
      );
    }
    lines.push('');
  }
  if (report.observed.length > 0) {
    lines.push('Places the spec lets take several types, and what the traffic used:', '');
    lines.push('| operation | status | pointer | spec allows | seen | spec |', '|---|---|---|---|---|---|');
    for (const o of report.observed) {
      lines.push(
        `| ${cell(o.operation)} | ${o.status} | \`${cell(o.pointer)}\` | ${cell(o.allowed)} | ${seenText(o.seen)} | ${cell(o.at)} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
