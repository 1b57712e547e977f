// Consumer type-check cost: `tsc --noEmit` of a small application module completing the MFA login with
// @lr-mfa/client, against the same module written on bare `fetch` with the few types it needs declared by
// hand. Same compiler options for both (what `tsc --init` and most apps use: strict, skipLibCheck), runs
// interleaved; tsc's own --extendedDiagnostics figures show where any extra time goes.
import { join } from 'node:path';
import { bin } from '@lr-mfa/codegen/step';
import { benchedOperation } from './lib/operation.js';
import { linkedScratch } from './lib/scratch.js';
import { fmt, median, table } from './lib/stats.js';
import { timedOk } from './lib/time.js';
import { tsProject } from './lib/ts-project.js';

const SIDES = ['without', 'with'] as const;
type Side = (typeof SIDES)[number];

const WITH_CLIENT = `import { createClient } from '@lr-mfa/client';

const client = createClient({ apiKey: 'tenant-api-key' });

export type LoginOutcome = { accessToken: string; expiresAt: string; email?: string } | { failure: string };

export async function completeLogin(token: string, otp: string): Promise<LoginOutcome> {
  const { data, error } = await client.verifySmsOtp({ secondFactorAuthenticationToken: token, otp });
  if (error) return { failure: \`\${error.name}: \${error.message}\` };
  return { accessToken: data.access_token, expiresAt: data.expires_in, email: data.Profile.Email?.[0]?.Value ?? undefined };
}
`;

/** The same module on bare `fetch`, calling the spec's endpoint (its first server and the operation's path). */
const withoutClient = (endpoint: string) => `interface Email {
  Type?: string | null;
  Value?: string | null;
}
interface VerifySmsOtpResponse {
  access_token: string;
  expires_in: string;
  Profile: { Email?: Email[] | null };
}
interface ApiError {
  ErrorCode: number;
  Message: string;
  Description: string;
}

const ENDPOINT = ${JSON.stringify(endpoint)};

export type LoginOutcome = { accessToken: string; expiresAt: string; email?: string } | { failure: string };

export async function completeLogin(token: string, otp: string): Promise<LoginOutcome> {
  const query = \`apikey=\${encodeURIComponent('tenant-api-key')}&secondfactorauthenticationtoken=\${encodeURIComponent(token)}\`;
  const res = await fetch(\`\${ENDPOINT}?\${query}\`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ otp }),
  });
  const body: unknown = await res.json();
  if (!res.ok) {
    const error = body as ApiError;
    return { failure: \`\${error.ErrorCode}: \${error.Message}\` };
  }
  const data = body as VerifySmsOtpResponse;
  return { accessToken: data.access_token, expiresAt: data.expires_in, email: data.Profile.Email?.[0]?.Value ?? undefined };
}
`;

interface Diagnostics {
  files: number | undefined;
  types: number | undefined;
  instantiations: number | undefined;
  checkMs: number | undefined;
  totalMs: number | undefined;
  memoryK: number | undefined;
}

interface Run extends Diagnostics {
  wallMs: number;
}

export interface ConsumerFigures {
  runs: number;
  wallMs: number;
  totalMs: number;
  checkMs: number;
  files: number | undefined;
  types: number | undefined;
  instantiations: number | undefined;
  memoryK: number | undefined;
}

export interface ConsumerResult {
  without: ConsumerFigures;
  with: ConsumerFigures;
  wallRatio: number;
  totalRatio: number;
}

/** The --extendedDiagnostics figures worth comparing (times in ms). */
function diagnostics(output: string): Diagnostics {
  const pick = (label: string) => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)(s|K)?`, 'm').exec(output);
    if (!match) return undefined;
    return match[2] === 's' ? Number(match[1]) * 1000 : Number(match[1]);
  };
  return {
    files: pick('Files'),
    types: pick('Types'),
    instantiations: pick('Instantiations'),
    checkMs: pick('Check time'),
    totalMs: pick('Total time'),
    memoryK: pick('Memory used'),
  };
}

export async function benchConsumer({ quick = false } = {}): Promise<ConsumerResult> {
  const operation = benchedOperation();
  const scratch = linkedScratch('consumer');
  try {
    const projects = {
      without: tsProject(join(scratch.dir, 'without'), {
        'login.ts': withoutClient(`${operation.serverUrl}${operation.path}`),
      }),
      with: tsProject(join(scratch.dir, 'with'), { 'login.ts': WITH_CLIENT }),
    };
    // --extendedDiagnostics costs nothing measurable and says where tsc's own time goes, run by run.
    const tsc = (tsconfig: string) =>
      timedOk('tsc --noEmit (consumer)', bin('tsc'), ['--noEmit', '--extendedDiagnostics', '-p', tsconfig], {
        cwd: scratch.dir,
      });
    const runs: Record<Side, Run[]> = { without: [], with: [] };
    const count = quick ? 2 : 5;
    // One untimed run each first: the first tsc start pays for a cold disk cache.
    for (const key of SIDES) await tsc(projects[key]);
    for (let i = 0; i < count; i++) {
      for (const key of i % 2 ? ([...SIDES].reverse() as Side[]) : SIDES) {
        const { ms, output } = await tsc(projects[key]);
        runs[key].push({ wallMs: ms, ...diagnostics(output) });
      }
    }
    const figures = (list: Run[]): ConsumerFigures => {
      const med = (field: 'wallMs' | 'totalMs' | 'checkMs') =>
        median(list.map((r) => r[field] ?? Number.NaN));
      const first = list[0];
      return {
        runs: count,
        wallMs: med('wallMs'),
        totalMs: med('totalMs'),
        checkMs: med('checkMs'),
        files: first?.files,
        types: first?.types,
        instantiations: first?.instantiations,
        memoryK: first?.memoryK,
      };
    };
    const without = figures(runs.without);
    const withClient = figures(runs.with);
    return {
      without,
      with: withClient,
      wallRatio: withClient.wallMs / without.wallMs,
      totalRatio: withClient.totalMs / without.totalMs,
    };
  } finally {
    scratch.dispose();
  }
}

export function formatConsumer(r: ConsumerResult): string {
  const row = (label: string, m: ConsumerFigures) => [
    label,
    fmt.s(m.wallMs),
    fmt.s(m.totalMs),
    fmt.s(m.checkMs),
    m.files,
    m.types,
    m.instantiations,
  ];
  return `Consumer type-check (tsc --noEmit, strict, skipLibCheck; median of ${r.with.runs} runs; target ≤ 1.3×)
${table(
  ['consumer', 'wall', 'tsc total', 'check', 'files', 'types', 'instantiations'],
  [row('on bare fetch, hand-written types', r.without), row('with @lr-mfa/client', r.with)],
  { align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'] },
)}
  with / without: ${fmt.ratio(r.wallRatio)} wall, ${fmt.ratio(r.totalRatio)} tsc total time
`;
}
