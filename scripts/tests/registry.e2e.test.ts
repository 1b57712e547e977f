// End to end through a real registry: a sandbox copy of the repo versions and publishes every package to a
// local verdaccio with changesets, then fresh consumer projects install them with npm and with pnpm and log a
// user in against the mock: (a) TypeScript ESM (nodenext), (b) TypeScript CommonJS, (c) an esbuild browser
// bundle, (d) plain JavaScript require and import; and the same consumer runs on Node 18, 20, 22 and 24.
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Registry, startRegistry } from '@lr-mfa/testkit/registry';
import { createSandbox, type Sandbox } from '@lr-mfa/testkit/sandbox';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  type Consumer,
  type ConsumerName,
  createConsumer,
  type PackageManager,
  report,
} from './consumers.js';
import { NODE_RELEASES, nodeBinary } from './node-binaries.js';

const PACKAGES = ['@lr-mfa/client', '@lr-mfa/docs', '@lr-mfa/mock', '@lr-mfa/types'];
const LONG = 600_000;

let box: Sandbox;
let registry: Registry;
let previous: string;
let version: string;
let expected: string;
let dryRunOutput: string;
const consumers = new Map<string, Consumer>();

const step = (label: string, r: { code: number; output: string }) => {
  if (r.code !== 0)
    throw new Error(
      `${label} failed (exit ${r.code}):\n${r.output}${registry ? `\nverdaccio:\n${registry.log()}` : ''}`,
    );
  return r.output;
};

beforeAll(async () => {
  box = createSandbox();
  registry = await startRegistry();
  // Every command that can publish gets the registry from the environment too: changesets reads
  // npm_config_registry (not .npmrc) to decide where to check and publish.
  const env = { npm_config_registry: registry.url };
  expect(env.npm_config_registry).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  appendFileSync(join(box.dir, '.npmrc'), `\n${registry.npmrc}`);
  writeFileSync(
    join(box.dir, '.changeset/e2e-release.md'),
    "---\n'@lr-mfa/client': minor\n---\n\nRelease rehearsal by the registry e2e test.\n",
  );
  previous = JSON.parse(readFileSync(join(box.dir, 'packages/client/package.json'), 'utf8')).version;
  expected = nextVersion(previous, pendingBumps(box.dir));
  step('pnpm build', box.run('pnpm', ['build'], env));
  dryRunOutput = step('pnpm release:dry-run', box.run('pnpm', ['release:dry-run'], env));
  step('pnpm version-packages', box.run('pnpm', ['version-packages'], env));
  version = JSON.parse(readFileSync(join(box.dir, 'packages/client/package.json'), 'utf8')).version;
  // Provenance is signed with a CI provider's OIDC token (the release workflow has one); npm refuses to
  // publish with `provenance: true` anywhere else, so this local rehearsal publishes without it.
  for (const dir of ['client', 'docs', 'mock', 'types']) {
    const file = join(box.dir, 'packages', dir, 'package.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    expect(manifest.publishConfig?.provenance, dir).toBe(true);
    delete manifest.publishConfig.provenance;
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  // The root `release` script, as a maintainer runs it: build, then `changeset publish`.
  step('pnpm release', box.run('pnpm', ['release'], env));
}, 1_200_000);

afterAll(async () => {
  for (const consumer of consumers.values()) consumer.dispose();
  await registry?.stop();
  box?.dispose();
});

/** The bump levels the pending changesets ask for (the rehearsal's own minor among them). */
function pendingBumps(dir: string): string[] {
  const folder = join(dir, '.changeset');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .flatMap((f) => [
      ...(readFileSync(join(folder, f), 'utf8').split('---')[1] ?? '').matchAll(/:\s*(major|minor|patch)\b/g),
    ])
    .map((m) => m[1] as string);
}

/** The version the fixed group moves to: the largest pending bump applied to `from`. */
function nextVersion(from: string, bumps: string[]): string {
  const [major = 0, minor = 0, patch = 0] = from.split('.').map(Number);
  if (bumps.includes('major')) return `${major + 1}.0.0`;
  if (bumps.includes('minor')) return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** One installed consumer per (fixture, package manager), shared by the tests that use it. */
function consumer(name: ConsumerName, pm: PackageManager): Consumer {
  const key = `${name}/${pm}`;
  let c = consumers.get(key);
  if (!c) {
    c = createConsumer(name, pm, registry.url, { '@lr-mfa/client': version, '@lr-mfa/mock': version });
    consumers.set(key, c);
    if (name === 'ts-esm' || name === 'ts-cjs')
      step(`${key}: tsc`, c.run(join(c.dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json']));
  }
  return c;
}

const expectLoggedIn = (out: Record<string, unknown>) => {
  expect(out).toMatchObject({ status: 200, accessToken: 'string', uid: true });
};

describe('release through changesets', () => {
  test('the dry run printed the release plan and packed every package', () => {
    for (const name of PACKAGES) expect(dryRunOutput).toContain(`${name} ${previous} → ${version}`);
    expect(dryRunOutput).toMatch(/lr-mfa-client-[\d.]+\.tgz: \d+ files/);
    // The publish configuration a release uses: provenance for every package, and a workflow that can sign.
    for (const name of PACKAGES) expect(dryRunOutput).toContain(`${name}: access public, provenance yes`);
    expect(dryRunOutput).toContain('.github/workflows/release.yml: id-token write');
  });

  test('pnpm version-packages bumped the fixed group together and wrote changelogs with the API changes', () => {
    expect(version).toBe(expected);
    for (const dir of ['client', 'docs', 'mock', 'types']) {
      expect(JSON.parse(readFileSync(join(box.dir, 'packages', dir, 'package.json'), 'utf8')).version).toBe(
        version,
      );
      const changelog = readFileSync(join(box.dir, 'packages', dir, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain(`## ${version}`);
      expect(changelog).toContain('### API changes');
    }
    expect(existsSync(join(box.dir, '.changeset/e2e-release.md'))).toBe(false);
    // The new baseline replaced the old one's files, and the folder's own README stayed.
    expect(JSON.parse(readFileSync(join(box.dir, 'released/release.json'), 'utf8'))).toEqual({ version });
    expect(readFileSync(join(box.dir, 'released/README.md'), 'utf8')).toContain('do not edit by hand');
  });

  test.each(PACKAGES)(
    '%s is on the registry at the new version, with internal ranges resolved',
    async (name) => {
      const res = await fetch(new URL(name.replace('/', '%2f'), registry.url));
      expect(res.status).toBe(200);
      const meta = (await res.json()) as {
        'dist-tags': Record<string, string>;
        versions: Record<string, { dependencies?: Record<string, string> }>;
      };
      expect(meta['dist-tags'].latest).toBe(version);
      expect(Object.keys(meta.versions)).toEqual([version]);
      for (const [dep, range] of Object.entries(meta.versions[version]?.dependencies ?? {})) {
        expect(range, dep).not.toMatch(/^(workspace|catalog):/);
        if (dep.startsWith('@lr-mfa/')) expect(range, dep).toBe(version);
      }
    },
  );
});

describe.each(['npm', 'pnpm'] as const)('consumers installed with %s', (pm) => {
  test(
    '(a) TypeScript ESM, module nodenext, strict',
    () => {
      const c = consumer('ts-esm', pm);
      const installed = JSON.parse(
        readFileSync(join(c.dir, 'node_modules/@lr-mfa/client/package.json'), 'utf8'),
      );
      expect(installed.version).toBe(version);
      if (pm === 'npm') {
        // Every package, ours and third-party, came through the local registry.
        const lock = JSON.parse(readFileSync(join(c.dir, 'package-lock.json'), 'utf8'));
        const resolved = Object.values(lock.packages as Record<string, { resolved?: string }>)
          .map((p) => p.resolved)
          .filter(Boolean);
        expect(resolved.length).toBeGreaterThan(2);
        for (const url of resolved) expect(url?.startsWith(registry.url)).toBe(true);
      } else {
        // pnpm records the registry it installed from in node_modules/.modules.yaml.
        const modules = parseYaml(readFileSync(join(c.dir, 'node_modules/.modules.yaml'), 'utf8'));
        expect(modules.registries.default).toBe(registry.url);
      }
      expectLoggedIn(report(step('node dist/main.js', c.run('node', ['dist/main.js'])).trim()));
    },
    LONG,
  );

  test(
    '(b) TypeScript CommonJS, strict',
    () => {
      const c = consumer('ts-cjs', pm);
      expect(readFileSync(join(c.dir, 'dist/main.js'), 'utf8')).toContain('require("@lr-mfa/client")');
      const out = report(step('node dist/main.js', c.run('node', ['dist/main.js'])));
      expectLoggedIn(out);
      expect(out.cjs).toBe(true);
    },
    LONG,
  );

  test(
    '(c) browser bundle built with esbuild',
    () => {
      const c = consumer('browser', pm);
      step(
        'tsc (strict, dom lib, bundler resolution)',
        c.run(join(c.dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json']),
      );
      step(
        'esbuild',
        c.run(join(c.dir, 'node_modules/.bin/esbuild'), [
          'src/app.ts',
          '--bundle',
          '--platform=browser',
          '--format=esm',
          '--minify',
          '--outfile=dist/app.js',
          '--metafile=dist/meta.json',
        ]),
      );
      const meta = JSON.parse(readFileSync(join(c.dir, 'dist/meta.json'), 'utf8')) as {
        inputs: Record<string, unknown>;
      };
      const inputs = Object.keys(meta.inputs);
      // esbuild picked the client's browser-safe entry (dist/index.js), not the `node` condition's one.
      expect(inputs.some((f) => /node_modules\/.*@lr-mfa\/client\/dist\/index\.js$/.test(f))).toBe(true);
      expect(inputs.filter((f) => /@lr-mfa\/client\/dist\/node/.test(f))).toEqual([]);
      const bundle = readFileSync(join(c.dir, 'dist/app.js'), 'utf8');
      expect(bundle).not.toMatch(/\brequire\(|from\s*"node:|import\(\s*"node:/);
      expectLoggedIn(report(step('node run.mjs', c.run('node', ['run.mjs']))));
    },
    LONG,
  );

  test(
    '(d) plain JavaScript require and import, type-checked with checkJs strict',
    () => {
      const c = consumer('js', pm);
      step('tsc --checkJs', c.run(join(c.dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json']));
      expectLoggedIn(report(step('node require.cjs', c.run('node', ['require.cjs']))));
      expectLoggedIn(report(step('node import.mjs', c.run('node', ['import.mjs']))));
    },
    LONG,
  );
});

describe('Node majors', () => {
  const rows: string[][] = [];
  const majors = [
    { major: 18, version: NODE_RELEASES[18] },
    { major: 20, version: process.versions.node },
    { major: 22, version: NODE_RELEASES[22] },
    { major: 24, version: NODE_RELEASES[24] },
  ];

  afterAll(() => {
    if (rows.length === 0) return;
    const header = ['node', 'ts-esm (nodenext)', 'ts-cjs', 'js require', 'js import'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
    console.log(
      [
        'Consumer on each Node major (installed with npm):',
        line(header),
        line(widths.map((w) => '-'.repeat(w))),
        ...rows.map(line),
      ].join('\n'),
    );
  });

  test.each(majors)(
    'Node $major ($version) runs the consumer',
    ({ version: nodeVersion }) => {
      const node = nodeVersion === process.versions.node ? process.execPath : nodeBinary(nodeVersion);
      const runs = [
        ['ts-esm', 'dist/main.js'],
        ['ts-cjs', 'dist/main.js'],
        ['js', 'require.cjs'],
        ['js', 'import.mjs'],
      ] as const;
      const cells = [`v${nodeVersion}`];
      const failures: string[] = [];
      for (const [name, script] of runs) {
        const r = consumer(name, 'npm').run(node, [script]);
        try {
          const out = report(r.stdout);
          expect(out.node).toBe(`v${nodeVersion}`);
          expectLoggedIn(out);
          cells.push(`ok (${out.status})`);
        } catch {
          cells.push('FAIL');
          failures.push(`${name} ${script}:\n${r.output}`);
        }
      }
      rows.push(cells);
      expect(failures).toEqual([]);
    },
    LONG,
  );
});
