// Operation comparators: the operations themselves (matched by method and path template, or moved by
// operationId), their parameters, request bodies, responses and headers, security and servers.
import {
  compareDeprecated,
  compareDocs,
  type DiffContext,
  type DocSide,
  isDocKey,
  matchRenames,
  type Node,
  shapeKey,
} from './context.js';
import { canonical, code, same } from './levels.js';
import { compareSchema } from './schema.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

// ---- parameters ------------------------------------------------------------------------------------------------

const paramKey = (p: Node) => `${p.in}:${p.in === 'header' ? String(p.name).toLowerCase() : p.name}`;
const paramLabel = (p: Node) => `${p.in} parameter \`${p.name}\``;
/** A parameter's schema: `schema`, or the schema of its single `content` entry. */
const paramSchema = (p: Node): Node => p.schema ?? (Object.values(p.content ?? {})[0] as Node)?.schema;

function collectParams(pathItem: Node, op: Node, side: DocSide): Map<string, Node> {
  const map = new Map<string, Node>();
  for (const raw of [...(pathItem.parameters ?? []), ...(op.parameters ?? [])]) {
    const param = side.resolve(raw).node;
    map.set(paramKey(param), param);
  }
  return map;
}

function compareParams(
  ctx: DiffContext,
  mapA: Map<string, Node>,
  mapB: Map<string, Node>,
  where: string,
): void {
  const removed = [...mapA.keys()].filter((k) => !mapB.has(k));
  const added = [...mapB.keys()].filter((k) => !mapA.has(k));
  // Same name, another location: moved (new key → old key).
  const moved = new Map<string, string>();
  for (const key of removed) {
    const target = added.find((k) => !moved.has(k) && mapB.get(k).name === mapA.get(key).name);
    if (target) moved.set(target, key);
  }
  const movedFrom = new Set(moved.values());
  const shape = (map: Map<string, Node>, side: DocSide) => (k: string) =>
    `${k.split(':')[0]}|${Boolean(map.get(k).required)}|${shapeKey(paramSchema(map.get(k)), side)}`;
  const renames = matchRenames(
    removed.filter((k) => !movedFrom.has(k)),
    added.filter((k) => !moved.has(k)),
    shape(mapA, ctx.before),
    shape(mapB, ctx.after),
  );
  for (const key of removed) {
    if (movedFrom.has(key)) continue;
    const p = mapA.get(key);
    const to = renames.get(key);
    if (to)
      ctx.report('parameter-renamed', 'input', where, `${paramLabel(p)} renamed to \`${mapB.get(to).name}\``);
    else ctx.report('parameter-removed', 'input', where, `${paramLabel(p)} removed`);
  }
  const renamedTo = new Set(renames.values());
  for (const key of added) {
    const p = mapB.get(key);
    const from = moved.get(key);
    if (from !== undefined) {
      const old = mapA.get(from);
      ctx.report('parameter-moved', 'input', where, `${paramLabel(old)} moved from ${old.in} to ${p.in}`);
      compareParam(ctx, old, p, where);
      continue;
    }
    if (renamedTo.has(key)) continue;
    ctx.report(
      p.required ? 'parameter-added-required' : 'parameter-added-optional',
      'input',
      where,
      `new ${p.required ? 'required' : 'optional'} ${paramLabel(p)}`,
    );
  }
  for (const [key, p] of mapA) if (mapB.has(key)) compareParam(ctx, p, mapB.get(key), where);
}

function compareParam(ctx: DiffContext, a: Node, b: Node, where: string): void {
  const label = paramLabel(b);
  compareDocs(ctx, a, b, where, label);
  compareDeprecated(ctx, a, b, where, label);
  if (Boolean(a.required) !== Boolean(b.required)) {
    ctx.report(
      b.required ? 'parameter-became-required' : 'parameter-became-optional',
      'input',
      where,
      `${label} ${b.required ? 'became required' : 'became optional'}`,
    );
  }
  for (const key of ['style', 'explode', 'allowReserved', 'allowEmptyValue']) {
    if (same(a[key], b[key])) continue;
    const change = `changed from ${code(a[key] ?? 'default')} to ${code(b[key] ?? 'default')}`;
    ctx.report(
      'parameter-serialization-changed',
      'input',
      where,
      `${label} \`${key}\` ${change} (it is sent differently)`,
    );
  }
  if (!same(Object.keys(a.content ?? {}), Object.keys(b.content ?? {}))) {
    ctx.report('media-type-removed', 'input', where, `${label} media type changed`);
  }
  compareSchema(ctx, paramSchema(a) ?? {}, paramSchema(b) ?? {}, {
    where,
    base: label,
    path: '',
    side: 'input',
  });
}

// ---- bodies and responses ------------------------------------------------------------------------------------------

const mediaSuffix = (type: string) => (type === 'application/json' ? '' : ` (${type})`);

/** The `content` maps of a request body or response. */
function compareContent(
  ctx: DiffContext,
  contentA: Node,
  contentB: Node,
  where: string,
  base: string,
  side: 'input' | 'output',
): void {
  const a = contentA ?? {};
  const b = contentB ?? {};
  for (const type of Object.keys(a))
    if (!(type in b)) ctx.report('media-type-removed', side, where, `${base} media type \`${type}\` removed`);
  for (const type of Object.keys(b))
    if (!(type in a)) ctx.report('media-type-added', side, where, `${base} new media type \`${type}\``);
  for (const [type, mediaA] of Object.entries<Node>(a)) {
    const mediaB = b[type];
    if (!mediaB) continue;
    const label = `${base}${mediaSuffix(type)}`;
    compareDocs(ctx, mediaA, mediaB, where, label);
    if (!same(mediaA.encoding, mediaB.encoding))
      ctx.report('encoding-changed', side, where, `${label} encoding changed (treated as breaking)`);
    if (mediaA.schema !== undefined || mediaB.schema !== undefined) {
      compareSchema(ctx, mediaA.schema ?? {}, mediaB.schema ?? {}, { where, base: label, path: '', side });
    }
  }
}

function compareRequestBody(ctx: DiffContext, rawA: Node, rawB: Node, where: string): void {
  if (!rawA && !rawB) return;
  const a = rawA && ctx.before.resolve(rawA).node;
  const b = rawB && ctx.after.resolve(rawB).node;
  if (!a) {
    const rule = b.required ? 'request-body-added-required' : 'request-body-added-optional';
    ctx.report(rule, 'input', where, `new ${b.required ? 'required' : 'optional'} request body`);
    return;
  }
  if (!b) {
    ctx.report('request-body-removed', 'input', where, 'request body removed');
    return;
  }
  compareDocs(ctx, a, b, where, 'request body');
  if (Boolean(a.required) !== Boolean(b.required)) {
    const rule = b.required ? 'request-body-became-required' : 'request-body-became-optional';
    ctx.report(rule, 'input', where, `request body ${b.required ? 'became required' : 'became optional'}`);
  }
  compareContent(ctx, a.content, b.content, where, 'request body', 'input');
}

function compareResponses(ctx: DiffContext, respA: Node = {}, respB: Node = {}, where: string): void {
  for (const status of Object.keys(respA))
    if (!(status in respB)) ctx.report('response-removed', 'output', where, `response ${status} removed`);
  for (const status of Object.keys(respB))
    if (!(status in respA)) ctx.report('response-added', 'output', where, `new response ${status}`);
  for (const status of Object.keys(respA)) {
    if (!(status in respB)) continue;
    const a = ctx.before.resolve(respA[status]).node;
    const b = ctx.after.resolve(respB[status]).node;
    const base = `response ${status}`;
    compareDocs(ctx, a, b, where, base);
    compareHeaders(ctx, a.headers, b.headers, where, base);
    compareContent(ctx, a.content, b.content, where, base, 'output');
  }
}

function compareHeaders(
  ctx: DiffContext,
  headersA: Node = {},
  headersB: Node = {},
  where: string,
  base: string,
): void {
  const lower = (h: Node) =>
    new Map(Object.entries<Node>(h).map(([k, v]) => [k.toLowerCase(), { name: k, raw: v }]));
  const a = lower(headersA);
  const b = lower(headersB);
  for (const [key, { name }] of a)
    if (!b.has(key)) ctx.report('header-removed', 'output', where, `${base} header \`${name}\` removed`);
  for (const [key, { name }] of b)
    if (!a.has(key)) ctx.report('header-added', 'output', where, `${base} new header \`${name}\``);
  for (const [key, { name, raw }] of a) {
    const other = b.get(key);
    if (!other) continue;
    const ha = ctx.before.resolve(raw).node;
    const hb = ctx.after.resolve(other.raw).node;
    const label = `${base} header \`${name}\``;
    compareDocs(ctx, ha, hb, where, label);
    if (Boolean(ha.required) !== Boolean(hb.required)) {
      const rule = hb.required ? 'header-now-always-sent' : 'header-may-be-missing';
      ctx.report(
        rule,
        'output',
        where,
        `${label} ${hb.required ? 'is now always sent' : 'may now be missing'}`,
      );
    }
    compareSchema(ctx, paramSchema(ha) ?? {}, paramSchema(hb) ?? {}, {
      where,
      base: label,
      path: '',
      side: 'output',
    });
  }
}

// ---- security and servers ------------------------------------------------------------------------------------------

const requirementKey = (req: Record<string, string[]>) =>
  canonical(Object.fromEntries(Object.entries(req).map(([name, scopes]) => [name, [...scopes].sort()])));

function compareSecurity(ctx: DiffContext, secA: Node[] = [], secB: Node[] = [], where: string): void {
  const a = new Set(secA.map(requirementKey));
  const b = new Set(secB.map(requirementKey));
  const describe = (key: string) => {
    const names = Object.keys(JSON.parse(key));
    return names.length === 0 ? 'anonymous access' : names.map((n) => `\`${n}\``).join(' + ');
  };
  if (a.size === 0 && b.size > 0) {
    ctx.report(
      'authentication-now-required',
      'input',
      where,
      `now requires authentication (${[...b].map(describe).join(' or ')})`,
    );
    return;
  }
  for (const key of a)
    if (!b.has(key))
      ctx.report('security-option-removed', 'input', where, `security option ${describe(key)} removed`);
  for (const key of b) {
    if (!a.has(key) && a.size > 0)
      ctx.report('security-option-added', 'input', where, `new security option ${describe(key)}`);
  }
}

export function compareSecuritySchemes(ctx: DiffContext, schemesA: Node = {}, schemesB: Node = {}): void {
  const where = 'security';
  for (const name of Object.keys(schemesA))
    if (!(name in schemesB))
      ctx.report('security-scheme-removed', 'input', where, `security scheme \`${name}\` removed`);
  for (const name of Object.keys(schemesB))
    if (!(name in schemesA))
      ctx.report('security-scheme-added', 'input', where, `new security scheme \`${name}\``);
  for (const [name, rawA] of Object.entries<Node>(schemesA)) {
    if (!(name in schemesB)) continue;
    const a = ctx.before.resolve(rawA).node;
    const b = ctx.after.resolve(schemesB[name]).node;
    const label = `security scheme \`${name}\``;
    compareDocs(ctx, a, b, where, label);
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (isDocKey(key) || same(a[key], b[key])) continue;
      ctx.report(
        'security-scheme-changed',
        'input',
        where,
        `${label} \`${key}\` changed from ${code(a[key] ?? 'unset')} to ${code(b[key] ?? 'unset')}`,
      );
    }
  }
}

export function compareServers(
  ctx: DiffContext,
  serversA: Node[] | undefined,
  serversB: Node[] | undefined,
  where: string,
  operationLevel = false,
): void {
  if (operationLevel && serversA === undefined && serversB === undefined) return;
  const urlsA = new Map<string, Node>((serversA ?? []).map((s) => [s.url, s]));
  const urlsB = new Map<string, Node>((serversB ?? []).map((s) => [s.url, s]));
  for (const url of urlsA.keys())
    if (!urlsB.has(url)) ctx.report('server-removed', 'input', where, `server \`${url}\` removed`);
  for (const url of urlsB.keys())
    if (!urlsA.has(url)) ctx.report('server-added', 'input', where, `new server \`${url}\``);
  for (const [url, a] of urlsA) {
    const b = urlsB.get(url);
    if (!b) continue;
    compareDocs(ctx, a, b, where, `server \`${url}\``);
    if (!same(a.variables, b.variables))
      ctx.report(
        'server-variables-changed',
        'input',
        where,
        `server \`${url}\` variables changed (treated as breaking)`,
      );
  }
}

// ---- operations ------------------------------------------------------------------------------------------------

interface Operation {
  path: string;
  method: string;
  item: Node;
  op: Node;
}

/** Path templates match whatever their parameters are called: `/users/{id}` ≡ `/users/{userId}`. */
const templateKey = (path: string) => path.replace(/\{[^}]*\}/g, '{}');
const opKey = (o: Operation) => `${o.method} ${templateKey(o.path)}`;
const opLabel = (o: Operation) => `${o.method.toUpperCase()} ${o.path}`;

function operationsOf(side: DocSide): Map<string, Operation> {
  const ops = new Map<string, Operation>();
  for (const [path, rawItem] of Object.entries<Node>(side.doc.paths ?? {})) {
    const item = side.resolve(rawItem).node;
    for (const method of METHODS) {
      if (item[method]) {
        const op = { path, method, item, op: item[method] };
        ops.set(opKey(op), op);
      }
    }
  }
  return ops;
}

export function compareOperations(ctx: DiffContext): void {
  const opsA = operationsOf(ctx.before);
  const opsB = operationsOf(ctx.after);
  const byIdB = new Map([...opsB.values()].filter((o) => o.op.operationId).map((o) => [o.op.operationId, o]));
  const movedTargets = new Set<string>();
  for (const [key, a] of opsA) {
    if (opsB.has(key)) continue;
    const moved = a.op.operationId ? byIdB.get(a.op.operationId) : undefined;
    if (moved && !opsA.has(opKey(moved))) {
      movedTargets.add(opKey(moved));
      ctx.report('operation-moved', 'input', opLabel(a), `operation moved to ${opLabel(moved)}`);
      compareOperation(ctx, a, moved, opLabel(moved));
    } else {
      ctx.report('operation-removed', 'input', opLabel(a), 'operation removed');
    }
  }
  for (const [key, b] of opsB) {
    if (!opsA.has(key) && !movedTargets.has(key))
      ctx.report('operation-added', 'input', opLabel(b), 'new operation');
  }
  for (const [key, a] of opsA) {
    const b = opsB.get(key);
    if (!b) continue;
    if (a.path !== b.path) {
      ctx.report(
        'path-template-renamed',
        'input',
        opLabel(b),
        `path template renamed from \`${a.path}\` (parameter names only)`,
      );
    }
    compareOperation(ctx, a, b, opLabel(b));
  }
}

function compareOperation(ctx: DiffContext, a: Operation, b: Operation, where: string): void {
  if (a.op.operationId !== b.op.operationId) {
    const change = `changed from ${code(a.op.operationId ?? 'none')} to ${code(b.op.operationId ?? 'none')}`;
    ctx.report('operation-id-changed', 'input', where, `operationId ${change}`);
  }
  compareDocs(ctx, a.op, b.op, where, 'operation');
  compareDocs(ctx, a.item, b.item, where, 'path');
  compareDeprecated(ctx, a.op, b.op, where, 'operation');
  compareParams(ctx, collectParams(a.item, a.op, ctx.before), collectParams(b.item, b.op, ctx.after), where);
  compareRequestBody(ctx, a.op.requestBody, b.op.requestBody, where);
  compareResponses(ctx, a.op.responses, b.op.responses, where);
  compareSecurity(
    ctx,
    a.op.security ?? ctx.before.doc.security,
    b.op.security ?? ctx.after.doc.security,
    where,
  );
  compareServers(ctx, a.op.servers ?? a.item.servers, b.op.servers ?? b.item.servers, where, true);
  if (!same(a.op.callbacks, b.op.callbacks)) {
    ctx.report(
      'callbacks-changed',
      'input',
      where,
      'callbacks changed (not classified in detail; treated as breaking)',
    );
  }
}
