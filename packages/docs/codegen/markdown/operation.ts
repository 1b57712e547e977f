// One operation as a Markdown page (dist/operations/<operationId>.md), for readers that take docs as text:
// what it does, every input and where it is sent, each response status with its fields and error examples,
// the minimal curl and TypeScript samples (the very ones the HTML reference shows), which values are secret,
// and when a failed call is sent again. Everything comes from the Model, as the code samples do.
import { STATUS_CODES } from 'node:http';
import type {
  Model,
  Example as ModelExample,
  Input as ModelInput,
  Operation as ModelOperation,
  Response as ModelResponse,
} from '@lr-mfa/codegen/model';
import { API_KEY_ENV, curlSample, sampleCalls, typescriptSample } from '../code-samples.js';
import { fieldsOf, outline, typeOf } from './outline.js';
import { code, fence, list, oneLine, table } from './text.js';

/** An example body longer than this (compact JSON) is named, not shown: a whole profile helps no reader here. */
const EXAMPLE_SHOWN_CHARS = 400;
/** What a secret field's value is replaced with in an example shown on a page. */
export const SECRET_MASK = '<secret>';

const WHERE: Record<ModelInput['in'], string> = {
  path: 'path',
  query: 'query string',
  header: 'header',
  body: 'JSON body',
};

const schemaName = (ref: string | undefined) => (ref ? ref.split('/').at(-1) : undefined);
const isError = (status: string) => /^[45]/.test(status) || status === 'default';

/** The value with every member whose name is secret replaced by SECRET_MASK, at any depth. */
function maskSecrets(value: unknown, secrets: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v, secrets));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, secrets.has(k) ? SECRET_MASK : maskSecrets(v, secrets)]),
  );
}

function header(model: Model, op: ModelOperation, clientPackage: string): string[] {
  const lines = [
    `# ${op.summary || op.id}`,
    '',
    `${code(`${op.method.toUpperCase()} ${op.path}`)} on ${code(model.serverUrl)} · operationId ${code(op.id)} · ` +
      `TypeScript: ${code(`client.${op.id}()`)} in ${clientPackage}`,
  ];
  if (op.deprecated) lines.push('', '**Deprecated**: the spec marks this operation deprecated.');
  if (op.description) lines.push('', op.description.trim());
  if (op.legacyPaths.length > 0)
    lines.push(
      '',
      `Also served at the older path${op.legacyPaths.length > 1 ? 's' : ''} ${list(op.legacyPaths.map(code))}.`,
    );
  return lines;
}

function inputRow(input: ModelInput): string[] {
  const flags = [input.required ? 'yes' : 'no', ...(input.secret ? ['**secret**'] : [])];
  if (input.deprecated) flags.push('deprecated');
  return [
    code(input.option),
    WHERE[input.in],
    input.wire ? code(input.wire) : '(the whole body)',
    typeOf(input.schema),
    flags.join(', '),
    input.description ?? '',
  ];
}

function inputsSection(model: Model, op: ModelOperation): string[] {
  const lines = ['', '## Inputs', ''];
  if (model.apiKey) {
    const where = model.apiKey.in === 'query' ? 'query parameter' : 'header';
    lines.push(
      `Every call sends the tenant API key as the ${where} ${code(model.apiKey.name)} (secret; the client's ` +
        `${code('apiKey')} option, ${code(`$${API_KEY_ENV}`)} in the samples).`,
      '',
    );
  }
  if (op.inputs.length === 0) return [...lines, model.apiKey ? 'No other input.' : 'No input.'];
  lines.push(
    table(
      ['option', 'sent in', 'name on the wire', 'type', 'required', 'description'],
      op.inputs.map(inputRow),
    ),
  );
  if (op.body) lines.push(...bodyNotes(op));
  return lines;
}

/** The body's media type, its named examples, and the fields of body inputs that are objects. */
function bodyNotes(op: ModelOperation): string[] {
  const body = op.body as NonNullable<ModelOperation['body']>;
  const name = schemaName(body.schemaRef);
  const lines = [
    '',
    `Body: ${code(body.contentType)}, ${body.required ? 'required' : 'optional'}${name ? `, schema ${code(name)}` : ''}.`,
  ];
  const examples = body.examples ?? [];
  if (examples.length > 0)
    lines.push(`Named examples in openapi.json: ${examples.map((e) => exampleName(e)).join('; ')}.`);
  const secrets = new Set(op.secrets);
  for (const input of op.inputs.filter((i) => i.in === 'body')) {
    if (fieldsOf(input.schema).properties.length === 0) continue;
    lines.push(
      '',
      `Fields of ${input.wire ? code(input.wire) : 'the body'}:`,
      '',
      ...outline(input.schema, secrets),
    );
  }
  return lines;
}

const exampleName = (example: ModelExample) =>
  `${code(example.name)}${example.summary ? ` (${oneLine(example.summary)})` : ''}`;

/** An example as one list item: its name, summary and compact JSON with secrets masked, when short enough. */
function exampleItem(example: ModelExample, secrets: ReadonlySet<string>): string {
  const json = JSON.stringify(maskSecrets(example.value, secrets)) ?? 'null';
  const shown =
    json.length <= EXAMPLE_SHOWN_CHARS ? `: ${code(json)}` : ` (${json.length} characters, in openapi.json)`;
  return `- ${exampleName(example)}${shown}`;
}

function responseSection(
  response: ModelResponse,
  secrets: ReadonlySet<string>,
  seen: Map<string, string>,
): string[] {
  const reason = STATUS_CODES[response.status] ? ` ${STATUS_CODES[response.status]}` : '';
  const name = schemaName(response.schemaRef);
  const media = response.contentType
    ? `Body: ${code(response.contentType)}, ${name ? `schema ${code(name)}` : typeOf(response.schema ?? {})}.`
    : 'No body.';
  const lines = ['', `### ${response.status}${reason}`, '', media, '', response.description.trim()];
  const previous = name ? seen.get(name) : undefined;
  if (previous) lines.push('', `Fields: as under ${previous}.`);
  else if (response.schema && fieldsOf(response.schema).properties.length > 0) {
    lines.push('', 'Fields:', '', ...outline(response.schema, secrets));
    if (name) seen.set(name, response.status);
  }
  if (response.examples.length > 0) {
    // Error examples are the error codes a caller branches on; a short success body shows its shape.
    const items = response.examples.map((e) => exampleItem(e, secrets));
    lines.push('', isError(response.status) ? 'Error examples:' : 'Examples:', '', ...items);
  }
  return lines;
}

function responsesSection(op: ModelOperation): string[] {
  const secrets = new Set(op.secrets);
  const seen = new Map<string, string>();
  return ['', '## Responses', ...op.responses.flatMap((r) => responseSection(r, secrets, seen))];
}

function samplesSection(model: Model, op: ModelOperation, clientPackage: string): string[] {
  const [minimal] = sampleCalls(op);
  if (!minimal) return [];
  return [
    '',
    '## Samples',
    '',
    'The minimal call (required inputs only); the HTML reference also shows a call with optional inputs.',
    '',
    fence('sh', curlSample(model, op, minimal)),
    '',
    fence('ts', typescriptSample(model, op, minimal, clientPackage)),
  ];
}

function secretsSection(model: Model, op: ModelOperation, clientPackage: string): string[] {
  const inputs = op.inputs.filter((i) => i.secret);
  const wires = new Set([...inputs.map((i) => i.wire), model.apiKey?.name]);
  const fields = op.secrets.filter((name) => !wires.has(name));
  const items = [
    ...(model.apiKey ? [`- the API key (${code(model.apiKey.name)}, ${WHERE[model.apiKey.in]})`] : []),
    ...inputs.map((i) => `- the input ${code(i.option)} (${WHERE[i.in]} ${code(i.wire || 'body')})`),
    ...fields.map((name) => `- the response field ${code(name)}`),
  ];
  if (items.length === 0) return ['', '## Secrets', '', 'Nothing this operation sends or returns is secret.'];
  return [
    '',
    '## Secrets',
    '',
    'These values are secret: keep them out of logs, error reports, URLs you share and analytics.',
    '',
    ...items,
    '',
    `Outside the samples this page shows no value of them (examples show ${code(SECRET_MASK)} instead). The ` +
      'samples take the API key from the environment and print no secret field' +
      `${inputs.length > 0 ? "; they fill a secret input with the spec's made-up example" : ''}. ` +
      `${clientPackage} masks them in its errors and log events.`,
  ];
}

const statusList = (statuses: number[]) => (statuses.length > 0 ? list(statuses.map(String)) : 'none');

/** After a network failure or a timeout: whether the attempt is sent again, as the client decides it. */
function afterNoResponse({ network, timeout, idempotent }: ModelOperation['retry']): string[] {
  if (idempotent)
    return [
      `- after a network failure before any response (refused, reset, DNS): ${network ? 'yes' : 'no'};`,
      `- after a timeout before the response started: ${timeout ? 'yes' : 'no'}.`,
    ];
  return [
    `- after a network failure that proves nothing was sent (refused, DNS, TLS): ${network ? 'yes' : 'no'};`,
    '- after a failure once the request may have reached the server (a reset, a lost answer, a timeout): never, ' +
      'since the operation is not idempotent; the error says the outcome is unknown (`outcomeUnknown`).',
  ];
}

function retrySection(op: ModelOperation, clientPackage: string): string[] {
  return [
    '',
    '## Retries',
    '',
    `When a failed attempt may be sent again (the operation's retry rule, which ${clientPackage} follows with ` +
      'exponential backoff and jitter, never sooner than `Retry-After`):',
    '',
    `- after the statuses: ${statusList(op.retry.statuses)};`,
    ...afterNoResponse(op.retry),
    '',
    'Any other failure is returned at once: sent again unchanged it would fail again, or repeat what the first ' +
      'attempt may already have done.',
  ];
}

/** The Markdown page of one operation. */
export function operationPage(model: Model, op: ModelOperation, clientPackage: string): string {
  return `${[
    ...header(model, op, clientPackage),
    ...inputsSection(model, op),
    ...responsesSection(op),
    ...samplesSection(model, op, clientPackage),
    ...secretsSection(model, op, clientPackage),
    ...retrySection(op, clientPackage),
  ].join('\n')}\n`;
}
