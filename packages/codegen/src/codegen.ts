// Helpers the code generators share (scripts/generators/*), so what they print cannot drift apart.

/** A JSDoc block of `text` (nothing when there is none), each line prefixed with `indent`. */
export const doc = (text: string | undefined, indent = ''): string =>
  text
    ? `${indent}/**\n${text
        .trim()
        .replaceAll('*/', '*\\/')
        .split('\n')
        .map((line) => `${indent} * ${line}`.trimEnd())
        .join('\n')}\n${indent} */\n`
    : '';

export const isIdentifier = (name: string) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
