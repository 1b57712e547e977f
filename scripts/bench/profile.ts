#!/usr/bin/env node
// Summarises a V8 CPU profile written by `pnpm bench --only calls --cpu-prof` (.bench/prof/*.cpuprofile):
// self time grouped by where the code lives (the client's files, Node's http/tls/stream internals, undici,
// GC, idle) and the functions with the most self time, so "where does a call's time go" has an answer
// without opening DevTools. Profile one contender at a time (`--contenders client`) for a clean picture;
// raw fetch, the baseline, always runs too and shows up under undici.
//
//   tsx scripts/bench/profile.ts .bench/prof/calls-https.cpuprofile [--top 25]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { table } from './lib/stats.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
});
if (positionals.length !== 1) {
  console.error('usage: tsx scripts/bench/profile.ts <file.cpuprofile> [--top N]');
  process.exit(2);
}

// The parts of a V8 CPU profile (the DevTools protocol's Profiler.Profile) this summary reads.
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives, coarse enough to sum. */
export function area({ url, functionName }: CallFrame): string {
  if (!url) return functionName.startsWith('(') ? functionName : 'native / builtins';
  if (url.includes('/packages/client/'))
    return `@lr-mfa/client ${url.replace(/^.*\/packages\/client\//, '')}`;
  if (url.includes('openapi-fetch')) return 'openapi-fetch';
  if (url.includes('loginradius-sdk')) return 'vendor SDK';
  if (url.includes('/scripts/bench/')) return 'bench harness';
  const internal = /^node:internal\/(deps\/undici|deps\/[^/]+|[^/]+)/.exec(url);
  if (internal) return `node ${internal[1]}`;
  if (url.startsWith('node:')) return `node ${url.slice(5)}`;
  return url;
}

export function summarise(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  let total = 0;
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, micros] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) throw new Error(`profile sample names node ${id}, which the profile lacks`);
    total += micros;
    const where = area(frame);
    areas.set(where, (areas.get(where) ?? 0) + micros);
    const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { totalMs: total / 1000, areas: sorted(areas), functions: sorted(functions) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { totalMs, areas, functions } = summarise(
    JSON.parse(readFileSync(positionals[0] as string, 'utf8')) as CpuProfile,
  );
  const pct = (micros: number) => `${((micros / 1000 / totalMs) * 100).toFixed(1)}%`;
  const top = Number(values.top);
  console.log(`${(totalMs / 1000).toFixed(2)} s profiled\n`);
  console.log(
    table(
      ['self time by area', 'share'],
      areas.slice(0, top).map(([a, m]) => [a, pct(m)]),
      { align: ['left', 'right'] },
    ),
  );
  console.log();
  console.log(
    table(
      ['function (self time)', 'share'],
      functions.slice(0, top).map(([f, m]) => [f, pct(m)]),
      { align: ['left', 'right'] },
    ),
  );
}
