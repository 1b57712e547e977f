// A README code block and the test file that runs it must be the same code: the test's lines between
// `// readme:start` and `// readme:end`, with its relative imports of this package spelled as a consumer would.
import { readFile } from 'node:fs/promises';

/** Import order aside (the formatter sorts relative imports last), the two must be the same code. */
export const normalize = (code: string) => {
  const lines = code.trim().split('\n');
  const imports = lines.filter((l) => l.startsWith('import ')).sort();
  return [...imports, ...lines.filter((l) => !l.startsWith('import '))].join('\n');
};

const CONSUMER_IMPORTS: Record<string, string> = {
  "from '../src/index.js'": "from '@lr-mfa/mock'",
  "from '../src/proxy/index.js'": "from '@lr-mfa/mock/proxy'",
};

/** The example in `testFile` and the first ```ts block after `heading` in the README, both normalized. */
export async function readmeExample(
  testFile: string,
  heading: RegExp,
): Promise<{ shown: string; example: string }> {
  const self = await readFile(new URL(testFile), 'utf8');
  let example = self.slice(self.indexOf('// readme:start\n') + 16, self.indexOf('// readme:end'));
  for (const [local, consumer] of Object.entries(CONSUMER_IMPORTS))
    example = example.replaceAll(local, consumer);
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
  const block =
    new RegExp(`${heading.source}[\\s\\S]*?\`\`\`ts\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1] ?? '';
  return { shown: normalize(block), example: normalize(example) };
}
