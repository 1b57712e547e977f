#!/usr/bin/env node
// Lints the hand-maintained OpenAPI spec: a YAML pre-pass (so syntax errors in any spec file name file:line,
// even in the entry file or a file nothing references yet), then `redocly lint` with the strict root
// redocly.yaml. Every problem is printed as `file:line:col severity rule message`; any problem, warning
// included, fails the step.
//
//   node scripts/lint-spec.mjs [--spec path/to/openapi.yaml]
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { bin, rel, root, run, runStep, StepError } from './lib/step.mjs';

const { values } = parseArgs({
  options: { spec: { type: 'string', default: join(root, 'spec/openapi.yaml') } },
});
const spec = resolve(values.spec);
const config = join(root, 'redocly.yaml');

/** Every YAML file of the spec tree (tests and plugins hold no spec YAML). */
async function specYamlFiles(dir) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!['node_modules', 'tests', 'plugins'].includes(entry.name))
        files.push(...(await specYamlFiles(path)));
    } else if (/\.ya?ml$/.test(entry.name)) {
      files.push(path);
    }
  }
  return files;
}

/** YAML syntax problems (including duplicate keys), one `file:line:col` line each. */
async function yamlProblems(files) {
  const problems = [];
  for (const file of files) {
    const doc = parseDocument(await readFile(file, 'utf8'), { prettyErrors: true, uniqueKeys: true });
    for (const error of [...doc.errors, ...doc.warnings]) {
      const [start] = error.linePos ?? [{ line: 1, col: 1 }];
      const severity = doc.errors.includes(error) ? 'error' : 'warning';
      // prettyErrors appends " at line L, column C:" and a code frame; the location is printed up front.
      const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      problems.push(`${rel(file)}:${start.line}:${start.col} ${severity} yaml-syntax ${message}`);
    }
  }
  return problems;
}

/** Parses redocly's `github-actions` output (one `::severity title=rule,file=…,line=…,col=…::msg` a line). */
function redoclyProblems(stdout) {
  const problems = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice) (.*?)::(.*)$/.exec(line);
    if (!match) continue;
    const [, severity, props, encoded] = match;
    const field = (name) => new RegExp(`(?:^|,)${name}=([^,]*)`).exec(props)?.[1];
    const file = field('file') ? rel(resolve(root, decodeURIComponent(field('file')))) : rel(spec);
    const message = decodeURIComponent(encoded.replaceAll('%0A', '\n'))
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('Reference:'))
      .join(' ');
    problems.push(
      `${file}:${field('line') ?? 1}:${field('col') ?? 1} ${severity} ${field('title') ?? 'redocly'} ${message}`,
    );
  }
  return problems;
}

await runStep(
  `lint spec ${rel(spec)}`,
  async () => {
    if (!existsSync(spec)) throw new StepError(`spec not found: ${rel(spec)}`);
    const syntax = await yamlProblems(await specYamlFiles(dirname(spec)));
    if (syntax.length > 0) {
      throw new StepError(
        `${syntax.join('\n')}\n${syntax.length} YAML problem(s); fix them before the OpenAPI lint runs.`,
      );
    }
    const result = await run(bin('redocly'), ['lint', spec, '--config', config, '--format=github-actions']);
    const problems = redoclyProblems(result.stdout);
    if (problems.length > 0) {
      throw new StepError(
        `${problems.join('\n')}\n${problems.length} problem(s) in the spec (warnings count).`,
      );
    }
    if (result.code !== 0) {
      // A failure redocly did not attribute to a spec location (bad config, crashed plugin): show its own words.
      const banner = /[║╔╚]/;
      const output = `${result.stdout}\n${result.stderr}`
        .split('\n')
        .filter((l) => !banner.test(l))
        .join('\n')
        .trim();
      throw new StepError(`redocly lint exited with code ${result.code}:\n${output}`);
    }
    console.log('  0 errors, 0 warnings');
    return [];
  },
  { generates: false },
);
