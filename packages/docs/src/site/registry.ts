// npm's registry protocol, the two requests the site needs: the packument (`GET <registry>/<@scope%2fname>`,
// every published version with its tarball URL and integrity), then one tarball, checked against that
// integrity before anything is extracted. Any registry that speaks it works (npmjs, verdaccio, a mirror).
import { createHash } from 'node:crypto';

export const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';
/** How long one request may take, body included, before it fails. */
export const TIMEOUT_MS = 60_000;

export class RegistryError extends Error {}

export interface Release {
  version: string;
  tarball: string;
  /** Subresource-integrity string (`sha512-…`) the registry published with the tarball. */
  integrity?: string;
  /** `dist.shasum`: sha1 hex, what old registries give instead of `integrity`. */
  shasum?: string;
}

/** The packument's URL: the scope's `/` is escaped, as npm does. */
export function packumentUrl(registry: string, name: string): URL {
  const base = registry.endsWith('/') ? registry : `${registry}/`;
  if (!URL.canParse(base) || !/^https?:$/.test(new URL(base).protocol))
    throw new RegistryError(`the registry "${registry}" is not an http(s) URL`);
  return new URL(name.replace('/', '%2f'), base);
}

async function get(url: URL | string, what: string, timeoutMs: number): Promise<Response | undefined> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new RegistryError(`cannot fetch ${what} from ${url}: ${(error as Error).message}`);
  }
  if (response.status === 404) return undefined;
  if (!response.ok) throw new RegistryError(`${url} answered ${response.status} for ${what}`);
  return response;
}

/** Every published version of `name` (none when the registry never heard of it). */
export async function listReleases(
  registry: string,
  name: string,
  timeoutMs = TIMEOUT_MS,
): Promise<Release[]> {
  const url = packumentUrl(registry, name);
  const response = await get(url, `the packument of ${name}`, timeoutMs);
  if (!response) return [];
  let versions: unknown;
  try {
    versions = ((await response.json()) as { versions?: unknown }).versions;
  } catch (error) {
    throw new RegistryError(`${url} sent a packument that is not JSON: ${(error as Error).message}`);
  }
  if (typeof versions !== 'object' || versions === null)
    throw new RegistryError(`${url} sent a packument without "versions"`);
  return Object.entries(versions).map(([version, manifest]) => {
    const dist = (manifest as { dist?: Partial<Release> } | null)?.dist;
    if (typeof dist?.tarball !== 'string')
      throw new RegistryError(`${url}: version ${version} has no dist.tarball`);
    return { version, tarball: dist.tarball, integrity: dist.integrity, shasum: dist.shasum };
  });
}

/** Checks bytes against the strongest hash the registry gave (an SRI list, else the sha1 shasum). */
function checkIntegrity(bytes: Buffer, release: Release): void {
  const wanted = (release.integrity ?? '')
    .split(/\s+/)
    .map((entry) => /^(sha512|sha384|sha256)-(.+)$/.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null);
  const matches = wanted.some(([, algorithm, digest]) => {
    return (
      createHash(algorithm as string)
        .update(bytes)
        .digest('base64') === digest
    );
  });
  if (wanted.length > 0 ? matches : release.shasum === createHash('sha1').update(bytes).digest('hex')) return;
  throw new RegistryError(
    `the tarball of ${release.version} (${release.tarball}) does not match the integrity the registry published`,
  );
}

/** Downloads one release's tarball and checks its integrity. */
export async function downloadTarball(release: Release, timeoutMs = TIMEOUT_MS): Promise<Buffer> {
  const response = await get(release.tarball, `the tarball of ${release.version}`, timeoutMs);
  if (!response) throw new RegistryError(`${release.tarball} is missing (404)`);
  let bytes: Buffer;
  try {
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw new RegistryError(`cannot download ${release.tarball}: ${(error as Error).message}`);
  }
  checkIntegrity(bytes, release);
  return bytes;
}
