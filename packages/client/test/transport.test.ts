// The README's keep-alive recipe for Node, run against a loopback server: Node's own fetch with an undici
// `Agent` as its dispatcher, passed to the client as `fetch`. The calls must really go through that Agent (once
// it is closed they fail, as a typed network error), reuse its connections, and keep every secret out.
import { readFile } from 'node:fs/promises';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createClient, type Fetch, NetworkError } from '../src/index.js';
import { expectNoSecrets, fixture, json, SECRETS, startServer, type TestServer } from './server.js';

// readme:start
const dispatcher = new Agent({ keepAliveTimeout: 10_000, connections: 16 });
// `dispatcher` is Node's extension of RequestInit.
const pooled: Fetch = (input, init) => fetch(input, { ...init, dispatcher } as RequestInit);
// readme:end

const seed200 = fixture('seed-200');
let server: TestServer;
beforeAll(async () => {
  server = await startServer(json(200, seed200));
});
afterAll(async () => {
  await server.close();
  await dispatcher.close();
});

const call = (client: ReturnType<typeof createClient>) =>
  client.verifySmsOtp({ secondFactorAuthenticationToken: SECRETS.token, otp: SECRETS.otp });

describe('a fetch with an undici dispatcher of your own (Node)', () => {
  test('is the recipe the README shows', async () => {
    const self = await readFile(new URL(import.meta.url), 'utf8');
    const recipe = self.slice(self.indexOf('// readme:start\n') + 16, self.indexOf('// readme:end')).trim();
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const shown = /## Passing your own fetch[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    for (const line of [`import { Agent } from 'undici';`, ...recipe.split('\n')])
      expect(shown).toContain(line);
  });

  test('calls in a row and at once are answered, over connections the Agent keeps alive', async () => {
    const client = createClient({ apiKey: SECRETS.apiKey, baseUrl: server.url, fetch: pooled });
    const before = server.requests.length;
    for (let i = 0; i < 6; i++) expect((await call(client)).data).toEqual(seed200);
    // undici hands a connection back to its pool a moment after the body ends, so calls in a row take turns
    // on a couple of connections: fewer connections than calls is the reuse.
    const ports = server.requests.slice(before).map((r) => r.remotePort);
    expect(ports).toHaveLength(6);
    expect(new Set(ports).size).toBeLessThan(ports.length);
    const together = await Promise.all([call(client), call(client), call(client)]);
    for (const result of together) expect(result.data).toEqual(seed200);
  });

  test('the requests go through that Agent: once it is closed, a call is a typed network error', async () => {
    const closed = new Agent();
    await closed.close();
    const viaClosed: Fetch = (input, init) => fetch(input, { ...init, dispatcher: closed } as RequestInit);
    const client = createClient({
      apiKey: SECRETS.apiKey,
      baseUrl: server.url,
      fetch: viaClosed,
      retry: false,
    });
    const before = server.requests.length;
    const result = await call(client);
    expect(result.error).toBeInstanceOf(NetworkError);
    expect(result.error).toMatchObject({ kind: 'network', attempts: 1 });
    expect(server.requests.length).toBe(before);
    expectNoSecrets([result.error, { ...result, data: undefined }]);
  });
});
