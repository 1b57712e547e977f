// Code samples for the API reference (`x-codeSamples`), made from the Model at build time so they follow the
// spec: the server, the API-key scheme, every input's name, location and example come from build/spec/model.json.
//
// Each operation gets a minimal call (required inputs only) and, when it has optional inputs, a call with a few
// of them. The optional call never sets boolean flags: a flag's example shows the non-default state (a voice
// call, no webhooks), and a sample that sets it reads as if that were the usual call. Samples print nothing the
// spec marks secret and never a whole response body.
import { isIdentifier, isJsonMediaType, isObject } from '@lr-mfa/codegen/codegen';
import type {
  Model,
  Example as ModelExample,
  Input as ModelInput,
  Operation as ModelOperation,
} from '@lr-mfa/codegen/model';

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

/** A spec construct the samples cannot show; `pointer` is the JSON pointer into the bundled document. */
export class SampleError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
    this.name = 'SampleError';
  }
}

/** The environment variable the samples read the API key from: never a literal key in a sample. */
export const API_KEY_ENV = 'LR_API_KEY';
/** Optional parameters the "with options" call shows, in spec order; the rest are named in a comment. */
export const OPTIONAL_SHOWN = 2;

/** One call the samples show: the inputs with their values, in Model order, and the JSON body. */
export interface SampleCall {
  kind: 'minimal' | 'options';
  /** What the call shows, as the first comment of the sample. */
  note: string;
  /** Path, query and header inputs with their values. */
  parameters: { input: ModelInput; value: unknown }[];
  /** Body fields by input (or the whole body as the `body` input); absent when no body is sent. */
  body?: { input: ModelInput; value: unknown }[];
  /** Optional inputs the call leaves out, by input. */
  omitted: ModelInput[];
}

/** An input's example from the spec: its own, else its schema's `example`, `examples[0]`, `default`, `enum[0]`. */
function exampleOf(input: ModelInput): unknown {
  if (input.example !== undefined) return input.example;
  const { schema } = input;
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  return undefined;
}

const isFlag = (input: ModelInput) => input.kind === 'boolean';

/**
 * The body fields of a named body example, as inputs with values. A field no input describes cannot be
 * written as a client option, so it fails naming the body.
 */
function bodyFromExample(op: ModelOperation, example: ModelExample) {
  const bodyInputs = op.inputs.filter((i) => i.in === 'body');
  const whole = bodyInputs.find((i) => i.wire === '' && op.body?.whole);
  if (whole) return [{ input: whole, value: example.value }];
  if (!isObject(example.value)) {
    throw new SampleError(
      op.body?.pointer ?? op.pointer,
      `body example "${example.name}" is not a JSON object`,
    );
  }
  return Object.entries(example.value).map(([wire, value]) => {
    const input = bodyInputs.find((i) => i.wire === wire);
    if (!input) {
      throw new SampleError(
        op.body?.pointer ?? op.pointer,
        `body example "${example.name}" has the field "${wire}", which the body schema does not describe`,
      );
    }
    return { input, value };
  });
}

/** The calls to show for an operation: the minimal one, then one with options when it has any. */
export function sampleCalls(op: ModelOperation): SampleCall[] {
  const parameterInputs = op.inputs.filter((i) => i.in !== 'body');
  const bodyInputs = op.inputs.filter((i) => i.in === 'body');
  const bodyExamples = op.body?.examples ?? [];
  const valued = (input: ModelInput) => {
    const value = exampleOf(input);
    if (value === undefined) {
      throw new SampleError(
        input.pointer,
        `${op.id}: required ${input.in === 'body' ? 'body field' : `${input.in} parameter`} "${input.wire || 'body'}" has no example, so the samples cannot show it`,
      );
    }
    return { input, value };
  };

  // Minimal: required parameters; the body's required fields, valued from the first body example that has them.
  const minimalParameters = parameterInputs.filter((i) => i.required).map(valued);
  const requiredBody = bodyInputs.filter((i) => i.required);
  let minimalBody: SampleCall['body'];
  if (requiredBody.length > 0 || op.body?.required) {
    const first = bodyExamples[0] ? bodyFromExample(op, bodyExamples[0]) : [];
    minimalBody = requiredBody.map((input) => first.find((field) => field.input === input) ?? valued(input));
  }
  const shownMinimal = new Set([...minimalParameters, ...(minimalBody ?? [])].map((f) => f.input));
  const optional = op.inputs.filter((i) => !i.required && !i.deprecated);
  const calls: SampleCall[] = [
    {
      kind: 'minimal',
      note: 'The minimal call: required inputs only.',
      parameters: minimalParameters,
      ...(minimalBody ? { body: minimalBody } : {}),
      omitted: optional.filter((i) => !shownMinimal.has(i)),
    },
  ];

  // With options: a few optional parameters with examples, and the second named body example when the spec
  // has one (a realistic combination its author wrote); otherwise a few optional body fields.
  const pick = (inputs: ModelInput[]) =>
    inputs.filter((i) => !isFlag(i) && exampleOf(i) !== undefined).slice(0, OPTIONAL_SHOWN);
  const extraParameters = pick(parameterInputs.filter((i) => optional.includes(i))).map(valued);
  const secondExample = bodyExamples[1];
  let optionsBody = minimalBody;
  let bodyNote = '';
  if (secondExample) {
    // The example's fields, plus any required field it leaves out (valued as in the minimal call).
    const fields = bodyFromExample(op, secondExample);
    const missing = (minimalBody ?? []).filter((f) => !fields.some((g) => g.input === f.input));
    optionsBody = [...missing, ...fields];
    bodyNote = ` The body: ${secondExample.summary ?? secondExample.name}.`;
  } else if (!op.body?.whole) {
    const extraBody = pick(bodyInputs.filter((i) => optional.includes(i))).map(valued);
    if (extraBody.length > 0) optionsBody = [...(minimalBody ?? []), ...extraBody];
  }
  const optionsShown = new Set(
    [...minimalParameters, ...extraParameters, ...(optionsBody ?? [])].map((f) => f.input),
  );
  const addsSomething =
    [...optionsShown].some((input) => !shownMinimal.has(input)) || optionsBody !== minimalBody;
  if (addsSomething) {
    const names = [...extraParameters, ...(optionsBody ?? [])]
      .filter((f) => !f.input.required)
      .map((f) => f.input.option);
    calls.push({
      kind: 'options',
      note: `With optional inputs${names.length ? ` (${names.join(', ')})` : ''}.${bodyNote}`,
      parameters: [...minimalParameters, ...extraParameters].sort(
        (a, b) => op.inputs.indexOf(a.input) - op.inputs.indexOf(b.input),
      ),
      ...(optionsBody ? { body: optionsBody } : {}),
      omitted: optional.filter((i) => !optionsShown.has(i)),
    });
  }
  return calls;
}

// --- curl -------------------------------------------------------------------------------------------------

/** Comment lines of at most 60 characters (the width of the reference's code panel), broken between words. */
function comment(prefix: '//' | '#', text: string): string {
  const lines: string[] = [];
  let line = prefix;
  for (const word of text.split(/\s+/)) {
    if (line.length + word.length + 1 > 60 && line !== prefix) {
      lines.push(line);
      line = prefix;
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;
const scalar = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** `name=value` pairs of a query parameter, serialized by its style (OpenAPI defaults: form, explode). */
function queryPairs(input: ModelInput, value: unknown): [string, string][] {
  const style = input.style ?? 'form';
  const explode = input.explode ?? style === 'form';
  const name = input.wire;
  if (Array.isArray(value)) {
    if (style === 'form' && explode) return value.map((v) => [name, scalar(v)]);
    const separator = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' }[style];
    if (separator) return [[name, value.map(scalar).join(separator)]];
  } else if (isObject(value)) {
    const entries = Object.entries(value);
    if (style === 'deepObject') return entries.map(([k, v]) => [`${name}[${k}]`, scalar(v)]);
    if (style === 'form' && explode) return entries.map(([k, v]) => [k, scalar(v)]);
    if (style === 'form') return [[name, entries.flat().map(scalar).join(',')]];
  } else {
    return [[name, scalar(value)]];
  }
  throw new SampleError(
    input.pointer,
    `query parameter "${name}" has style "${style}", which the samples cannot write`,
  );
}

/** A path or header value, simple style: arrays and objects comma-separated. */
function simpleValue(input: ModelInput, value: unknown): string {
  if (Array.isArray(value)) return value.map(scalar).join(',');
  if (isObject(value)) {
    return Object.entries(value)
      .map(([k, v]) => (input.explode ? `${k}=${scalar(v)}` : `${k},${scalar(v)}`))
      .join(',');
  }
  return scalar(value);
}

/** The request URL with path parameters filled in (percent-encoded). */
function requestUrl(model: Model, op: ModelOperation, call: SampleCall): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const field = call.parameters.find((p) => p.input.in === 'path' && p.input.wire === name);
    if (!field) throw new SampleError(op.pointer, `path parameter {${name}} has no value`);
    return encodeURIComponent(simpleValue(field.input, field.value));
  });
  return `${model.serverUrl.replace(/\/$/, '')}${path}`;
}

/** The JSON body a call sends, as the wire has it. */
function wireBody(call: SampleCall): unknown {
  if (!call.body) return undefined;
  const whole = call.body.find((f) => f.input.wire === '');
  if (whole) return whole.value;
  return Object.fromEntries(call.body.map((f) => [f.input.wire, f.value]));
}

/** The first 2xx response, whose fields the samples print (or not). */
const successOf = (op: ModelOperation) => op.responses.find((r) => /^2(\d\d|XX)$/.test(r.status));

/** Top-level fields of the success body: printable ones (non-secret scalars) and secret ones. */
function successFields(op: ModelOperation) {
  const success = successOf(op);
  const properties = success?.json && isObject(success.schema?.properties) ? success.schema.properties : {};
  const secret = new Set(op.secrets);
  const printable: string[] = [];
  const secrets: string[] = [];
  const others: string[] = [];
  for (const [name, schema] of Object.entries(properties)) {
    const types = isObject(schema) ? [schema.type].flat().filter((t) => t !== 'null') : [];
    if (secret.has(name)) secrets.push(name);
    else if (
      types.length > 0 &&
      types.every((t) => ['string', 'number', 'integer', 'boolean'].includes(String(t)))
    )
      printable.push(name);
    else others.push(name);
  }
  return {
    printable: printable.slice(0, 3),
    secrets,
    objects: others,
    others: [...others, ...printable.slice(3)],
  };
}

/**
 * curl, one `--url-query` per query value (curl ≥ 7.87 percent-encodes each), the API key from the
 * environment so it stays out of shell history, then headers and the body. A response that carries secrets or
 * whole objects (a profile) is saved to a file and only the status is printed.
 */
export function curlSample(model: Model, op: ModelOperation, call: SampleCall): string {
  const comments = [comment('#', call.note)];
  const lines = [
    `curl${op.method === 'get' ? '' : ` -X ${op.method.toUpperCase()}`} ${shellQuote(requestUrl(model, op, call))}`,
  ];
  if (model.apiKey?.in === 'query') lines.push(`--url-query "${model.apiKey.name}=$${API_KEY_ENV}"`);
  if (model.apiKey?.in === 'header') lines.push(`-H "${model.apiKey.name}: $${API_KEY_ENV}"`);
  for (const { input, value } of call.parameters) {
    if (input.in === 'query') {
      for (const [name, text] of queryPairs(input, value))
        lines.push(`--url-query ${shellQuote(`${name}=${text}`)}`);
    } else if (input.in === 'header') {
      lines.push(`-H ${shellQuote(`${input.wire}: ${simpleValue(input, value)}`)}`);
    }
  }
  const body = wireBody(call);
  if (body !== undefined) {
    const contentType = op.body?.contentType ?? 'application/json';
    lines.push(`-H ${shellQuote(`Content-Type: ${contentType}`)}`);
    if (isJsonMediaType(contentType)) lines.push(`-d ${shellQuote(JSON.stringify(body))}`);
    else if (typeof body === 'string') lines.push(`--data-binary ${shellQuote(body)}`);
    else
      throw new SampleError(op.body?.pointer ?? op.pointer, `a ${contentType} body example must be a string`);
  }
  const { secrets, objects } = successFields(op);
  if (secrets.length > 0 || objects.length > 0) {
    const why =
      secrets.length > 0
        ? `The response holds secrets (${secrets.join(', ')})`
        : `The response holds whole objects (${objects.join(', ')})`;
    comments.push(comment('#', `${why}: it is saved to ${op.id}.json, not printed.`));
    lines.push(`-o ${op.id}.json -w '%{http_code}\\n'`);
  }
  return `${comments.join('\n')}\n${lines.join(' \\\n  ')}\n`;
}

// --- TypeScript -------------------------------------------------------------------------------------------

const tsKey = (name: string) => (isIdentifier(name) ? name : `'${name.replaceAll("'", "\\'")}'`);
const tsString = (text: string) =>
  `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'`;

/** A JSON value as a TypeScript literal: single-quoted strings, unquoted identifier keys. */
function tsValue(value: unknown, indent: string): string {
  if (typeof value === 'string') return tsString(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${value.map((v) => tsValue(v, indent)).join(', ')}]`;
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    return `{\n${entries.map(([k, v]) => `${inner}${tsKey(k)}: ${tsValue(v, inner)},`).join('\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

const access = (name: string) => (isIdentifier(name) ? `data.${name}` : `data[${tsString(name)}]`);

/**
 * TypeScript with the generated client: create it with the API key, call the operation (method = operationId,
 * options = the Model's option names), branch on the result, print only non-secret scalar fields.
 */
export function typescriptSample(
  model: Model,
  op: ModelOperation,
  call: SampleCall,
  clientPackage: string,
): string {
  const fields = [...call.parameters, ...(call.body ?? [])];
  const options = fields.map(({ input, value }) => `  ${tsKey(input.option)}: ${tsValue(value, '  ')},`);
  const { printable, secrets, others } = successFields(op);
  const onSuccess = [
    ...printable.map((name) => `  console.log('${name}:', ${access(name)});`),
    ...(printable.length === 0 ? [`  console.log('${op.summary.replaceAll("'", "\\'")}: done');`] : []),
    ...(secrets.length > 0 ? [`  // ${secrets.join(', ')}: secret; store, never log.`] : []),
    ...(others.length > 0 ? [`  // Also in data: ${others.join(', ')}.`] : []),
  ];
  const omitted = call.omitted.map((i) => i.option);
  return [
    comment('//', call.note),
    ...(omitted.length > 0
      ? [
          comment(
            '//',
            omitted.length > 4
              ? `Also optional: ${omitted.slice(0, 4).join(', ')} and ${omitted.length - 4} more (see the reference).`
              : `Also optional: ${omitted.join(', ')}.`,
          ),
        ]
      : []),
    `import { createClient } from '${clientPackage}';`,
    '',
    model.apiKey
      ? `// The tenant API key: keep it out of code and logs.\nconst client = createClient({\n  apiKey: process.env.${API_KEY_ENV} ?? '',\n});`
      : 'const client = createClient({});',
    '',
    `const { data, error } = await client.${op.id}(${options.length > 0 ? `{\n${options.join('\n')}\n}` : '{}'});`,
    '',
    'if (error) {',
    "  // error.kind says what failed: 'api' (an error answer),",
    "  // 'timeout', 'network', …; messages hold no secret.",
    '  console.error(error.kind, error.status, error.message);',
    '} else {',
    ...onSuccess,
    '}',
    '',
  ].join('\n');
}

/** Every sample of an operation: curl and TypeScript for each call, the minimal call first. */
export function codeSamples(model: Model, op: ModelOperation, clientPackage: string): CodeSample[] {
  const calls = sampleCalls(op);
  const suffix = (call: SampleCall) => (call.kind === 'options' ? ' (with options)' : '');
  return calls.flatMap((call) => [
    { lang: 'Shell', label: `curl${suffix(call)}`, source: curlSample(model, op, call) },
    {
      lang: 'TypeScript',
      label: `TypeScript${suffix(call)}`,
      source: typescriptSample(model, op, call, clientPackage),
    },
  ]);
}

/**
 * The tsconfig TypeScript code samples are checked with: each sample a module of its own, under strict and
 * exactOptionalPropertyTypes, resolved as a Node ESM consumer's code would be.
 */
export function sampleTsconfig(files: string[], compilerOptions: Record<string, unknown> = {}): string {
  return JSON.stringify({
    compilerOptions: {
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      types: ['node'],
      ...compilerOptions,
    },
    files,
  });
}
