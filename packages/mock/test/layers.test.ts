// The mock's layers: adapters (node server, MSW, CLI, proxy) → domain (LoginRadius) → core (spec-generic),
// with no import cycle. dependency-cruiser reads the real import graph of src/; a fixture with a planted
// wrong-direction import and a cycle shows the rules catch both.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A root entry file (index, msw, cli, public): only the package's consumers import these. */
const ENTRY = '(^|/)src/[^/]+\\.ts$';

const RULES: IForbiddenRuleType[] = [
  { name: 'no-cycle', severity: 'error', from: {}, to: { circular: true } },
  {
    name: 'core-imports-only-core',
    comment: 'the core knows the spec, never the LoginRadius domain, an adapter or the proxy',
    severity: 'error',
    from: { path: '(^|/)src/core/' },
    to: { path: `(^|/)src/(domain|adapters|proxy)/|(^|/)src/generated/proxy-data|${ENTRY}` },
  },
  {
    name: 'domain-imports-no-adapter',
    comment: 'the domain builds on the core; the node server, MSW, CLI and proxy build on it',
    severity: 'error',
    from: { path: '(^|/)src/domain/' },
    to: { path: `(^|/)src/(adapters|proxy)/|(^|/)src/generated/proxy-data|${ENTRY}` },
  },
  {
    name: 'validators-are-read-by-core',
    comment: 'the compiled request validators are the core input checks; the layers above ask the core',
    severity: 'error',
    from: { path: '(^|/)src/(domain|adapters|proxy)/' },
    to: { path: '(^|/)src/generated/validators/' },
  },
  {
    name: 'nothing-imports-an-entry',
    severity: 'error',
    from: { path: '(^|/)src/[^/]+/' },
    to: { path: ENTRY },
  },
  {
    name: 'spec-data-is-core-data',
    severity: 'error',
    from: { path: '(^|/)src/generated/spec-data' },
    to: { path: '(^|/)src/(domain|adapters|proxy)/' },
  },
];

/** Every broken rule in the import graph of `dir` (relative to the package), as `rule: from → to`. */
async function violations(dir: string): Promise<{ modules: string[]; broken: string[] }> {
  const { output } = await cruise(
    [dir],
    {
      baseDir: packageDir,
      validate: true,
      ruleSet: { forbidden: RULES },
      tsPreCompilationDeps: true,
      tsConfig: { fileName: 'tsconfig.json' },
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '\\.test\\.ts$' },
    },
    { extensions: ['.ts', '.js'] },
  );
  const result = output as ICruiseResult;
  return {
    modules: result.modules.map((m) => m.source).filter((s) => s.startsWith(`${dir}/`)),
    broken: result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`),
  };
}

describe('the layers of packages/mock/src', () => {
  it('import one way, adapters → domain → core, with no cycle', async () => {
    const { modules, broken } = await violations('src');
    // The graph covers every layer, so an empty list of violations means the rules were checked.
    for (const layer of ['core', 'domain', 'adapters', 'proxy', 'generated']) {
      expect(modules.some((m) => m.startsWith(`src/${layer}/`))).toBe(true);
    }
    expect(broken).toEqual([]);
  });

  it('are checked by rules that flag a core → domain import, a domain → validators import and a cycle', async () => {
    const { broken } = await violations('test/layers-fixture/src');
    expect(broken).toEqual(
      expect.arrayContaining([
        'core-imports-only-core: test/layers-fixture/src/core/dispatch.ts → test/layers-fixture/src/domain/tenant.ts',
        'validators-are-read-by-core: test/layers-fixture/src/domain/tenant.ts → test/layers-fixture/src/generated/validators/index.ts',
        expect.stringMatching(/^no-cycle: /),
      ]),
    );
  });
});
