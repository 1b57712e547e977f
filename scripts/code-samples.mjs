// Code samples for the API reference (`x-codeSamples`), generated from the bundled spec at build time so
// they can never drift from it: every query parameter and header with its example, the body example, the
// server and the API-key scheme all come from the spec. Pure functions; scripts/build-docs.mjs calls them.
//
// The TypeScript sample calls @lr-mfa/client with camelCase options, named by the same function the client
// generator uses (`optionName` in scripts/lib/codegen.mjs), so the two cannot drift; a test also compiles
// the sample against the built client, so a name the client does not accept fails the tests.
import { optionName } from './lib/codegen.mjs';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Resolves a local `$ref` (`#/components/...`) against the document; other values pass through. */
export function deref(document, node, seen = new Set()) {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string') return node;
  const ref = node.$ref;
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}: the spec must be bundled`);
  if (seen.has(ref)) throw new Error(`circular $ref ${ref}`);
  seen.add(ref);
  let target = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    target = target?.[key];
    if (target === undefined) throw new Error(`dangling $ref ${ref}`);
  }
  return deref(document, target, seen);
}

/** Every operation of the document as { path, method, operation } in document order. */
export function listOperations(document) {
  const found = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      if (item?.[method]) found.push({ path, method, operation: item[method] });
    }
  }
  return found;
}

/** The example of a parameter or media type: `example`, else the first of `examples`, else the schema's. */
function exampleOf(document, holder) {
  if (holder.example !== undefined) return holder.example;
  const first = Object.values(holder.examples ?? {})[0];
  if (first !== undefined) return deref(document, first).value;
  const schema = deref(document, holder.schema);
  if (schema?.example !== undefined) return schema.example;
  if (Array.isArray(schema?.examples) && schema.examples.length > 0) return schema.examples[0];
  return undefined;
}

/**
 * What a request for this operation needs, with example values from the spec: the server URL, the API key
 * parameters (from the security schemes, as placeholders), the query and header parameters in spec order,
 * and the JSON body example. Throws when a parameter has no example: every sample shows every parameter.
 */
export function requestExample(document, { path, method, operation }) {
  const where = `${method.toUpperCase()} ${path}`;
  const server = (operation.servers ?? document.servers ?? [])[0]?.url;
  if (!server) throw new Error(`${where}: no server URL in the spec`);

  const apiKeys = [];
  for (const requirement of operation.security ?? document.security ?? []) {
    for (const name of Object.keys(requirement)) {
      const scheme = deref(document, document.components?.securitySchemes?.[name]);
      if (scheme?.type === 'apiKey') apiKeys.push({ in: scheme.in, name: scheme.name });
    }
  }

  const parameters = (operation.parameters ?? []).map((p) => {
    const parameter = deref(document, p);
    const value = exampleOf(document, parameter);
    if (value === undefined) throw new Error(`${where}: parameter "${parameter.name}" has no example`);
    return { in: parameter.in, name: parameter.name, option: optionName(parameter.name, p.$ref), value };
  });
  const unsupported = parameters.filter((p) => p.in !== 'query' && p.in !== 'header');
  if (unsupported.length > 0) {
    throw new Error(
      `${where}: ${unsupported.map((p) => `${p.in} parameter "${p.name}"`).join(', ')} not supported`,
    );
  }

  let body;
  const requestBody = deref(document, operation.requestBody);
  if (requestBody) {
    const json = requestBody.content?.['application/json'];
    if (!json) throw new Error(`${where}: only application/json request bodies are supported`);
    body = exampleOf(document, json);
    if (body === undefined) throw new Error(`${where}: the JSON request body has no example`);
  }

  return {
    url: `${server.replace(/\/$/, '')}${path}`,
    method: method.toUpperCase(),
    apiKeys,
    query: parameters.filter((p) => p.in === 'query'),
    headers: parameters.filter((p) => p.in === 'header'),
    body,
  };
}

/** The environment variable the samples read the API key from (never a literal key in a sample). */
export const API_KEY_ENV = 'LOGINRADIUS_API_KEY';

const shellQuote = (text) => `'${String(text).replaceAll("'", `'\\''`)}'`;

/**
 * curl, one `--url-query` per parameter (curl ≥ 7.87 URL-encodes each value), the API key taken from the
 * environment so it stays out of shell history, then headers and the JSON body.
 */
export function curlSample(example) {
  const lines = [`curl -X ${example.method} ${shellQuote(example.url)}`];
  for (const key of example.apiKeys) {
    if (key.in === 'query') lines.push(`--url-query "${key.name}=$${API_KEY_ENV}"`);
    else if (key.in === 'header') lines.push(`-H "${key.name}: $${API_KEY_ENV}"`);
  }
  for (const q of example.query) lines.push(`--url-query ${shellQuote(`${q.name}=${q.value}`)}`);
  for (const h of example.headers) lines.push(`-H ${shellQuote(`${h.name}: ${h.value}`)}`);
  if (example.body !== undefined) {
    lines.push(`-H 'Content-Type: application/json'`);
    lines.push(`-d ${shellQuote(JSON.stringify(example.body))}`);
  }
  return `${lines.join(' \\\n  ')}\n`;
}

/** How the samples spell names in camelCase (shared with the client generator). */
export { camelCase } from './lib/codegen.mjs';

const isIdentifier = (name) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
const tsKey = (name) => (isIdentifier(name) ? name : JSON.stringify(name));
const tsValue = (value, indent) =>
  JSON.stringify(value, null, 2)
    .replaceAll('\n', `\n${indent}`)
    .replace(/"([A-Za-z_$][A-Za-z0-9_$]*)":/g, '$1:')
    .replace(/"((?:[^"\\]|\\.)*)"/g, (_, s) => `'${s.replaceAll("\\'", "'").replaceAll("'", "\\'")}'`);

/**
 * TypeScript with @lr-mfa/client: create a client with the API key, call the operation with every parameter
 * and body field of the example as camelCase options, and branch on the typed result. `success` lists the
 * top-level properties of the 2xx body, shown destructured.
 */
export function typescriptSample(example, { operationId, clientPackage, success = [] }) {
  const options = [];
  for (const p of [...example.query, ...example.headers]) options.push([p.option, p.value]);
  if (example.body !== undefined) {
    if (!example.body || typeof example.body !== 'object' || Array.isArray(example.body)) {
      throw new Error(`${operationId}: the body example is not a JSON object`);
    }
    for (const [name, value] of Object.entries(example.body)) options.push([optionName(name), value]);
  }
  const seen = new Set();
  for (const [name] of options) {
    if (seen.has(name)) throw new Error(`${operationId}: two inputs map to the client option "${name}"`);
    seen.add(name);
  }
  const fields = success.filter(isIdentifier);
  const onSuccess = fields.length
    ? `  // data: ${fields.join(', ')}.\n  // Tokens are secrets: never log them.\n  console.log(data.${fields[0]});`
    : '  console.log(data);';
  return `import { createClient } from '${clientPackage}';

// The tenant API key: keep it out of code and logs.
const client = createClient({
  apiKey: process.env.${API_KEY_ENV} ?? '',
});

const { data, error } = await client.${operationId}({
${options.map(([name, value]) => `  ${tsKey(name)}: ${tsValue(value, '  ')},`).join('\n')}
});

if (error) {
  // error.kind narrows the failure; an API error ('api')
  // carries the vendor's ErrorCode (403 for most refusals).
  if (error.kind === 'api') console.error(error.status, error.ErrorCode);
  else console.error(error.kind, error.message);
} else {
${onSuccess}
}
`;
}
