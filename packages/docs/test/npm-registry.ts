// A small npm registry for the site tests: on 127.0.0.1 (a free port) it answers the two requests of npm's
// registry protocol the site assembler makes, the packument (`/@scope%2fname`) and tarballs, with package
// tarballs packed here as `npm pack` lays them out (`package/…`, gzip). Each release can be replaced, to prove
// that an assembled folder never changes when the registry does.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { create } from 'tar';

export interface TestRegistry {
  url: string;
  /** Packs `files` (paths under `package/`) as `version`, replacing what was published as it before. */
  publish(version: string, files: Record<string, string>): Promise<void>;
  /** Serves `bytes` for the tarball of `version` from now on, keeping the published integrity. */
  tamper(version: string, bytes: Buffer): void;
  /** Every path asked for. */
  requests: string[];
  stop(): Promise<void>;
}

export async function startTestRegistry(name: string): Promise<TestRegistry> {
  const scratch = await mkdtemp(join(tmpdir(), 'lr-mfa-site-registry-'));
  const tarballs = new Map<string, Buffer>();
  const versions: Record<string, unknown> = {};
  const requests: string[] = [];
  const packumentPath = `/${name.replace('/', '%2f')}`;
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    if (path === packumentPath) {
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(JSON.stringify({ name, versions }));
    }
    const tarball = tarballs.get(path);
    if (tarball) return void response.writeHead(200).end(tarball);
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const tarballPath = (version: string) => `/${name}/-/${name.split('/').pop()}-${version}.tgz`;

  const publish = async (version: string, files: Record<string, string>) => {
    const folder = join(scratch, version);
    await rm(folder, { recursive: true, force: true });
    for (const [file, content] of Object.entries({
      'package.json': JSON.stringify({ name, version }),
      ...files,
    })) {
      await mkdir(dirname(join(folder, 'package', file)), { recursive: true });
      await writeFile(join(folder, 'package', file), content);
    }
    const file = join(folder, 'package.tgz');
    await create({ gzip: true, file, cwd: folder, portable: true }, ['package']);
    const bytes = await readFile(file);
    tarballs.set(tarballPath(version), bytes);
    const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
    versions[version] = {
      name,
      version,
      dist: { tarball: new URL(tarballPath(version).slice(1), url).href, integrity },
    };
  };
  return {
    url,
    publish,
    tamper: (version, bytes) => void tarballs.set(tarballPath(version), bytes),
    requests,
    stop: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
