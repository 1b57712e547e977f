// A throwaway self-signed certificate for loopback HTTPS servers (the call benchmark, the client's transport
// tests), made on the spot with the system's `openssl`: no key is ever committed. It names 127.0.0.1 and
// localhost, so a client that trusts it (NODE_EXTRA_CA_CERTS, or a `ca` option) verifies it normally.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway self-signed certificate for 127.0.0.1/localhost; `dispose()` removes its temp folder. */
export interface SelfSignedCertificate {
  keyPath: string;
  certPath: string;
  key: string;
  cert: string;
  dispose(): void;
}

/**
 * Generates key + certificate into a fresh temp folder with the system's openssl; throws when openssl is
 * missing or fails.
 */
export function selfSignedCertificate(): SelfSignedCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'lr-mfa-tls-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const result = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ],
    { encoding: 'utf8' },
  );
  if (result.error || result.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    const why =
      (result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
        ? 'openssl is not installed (apt-get install -y openssl)'
        : result.stderr;
    throw new Error(`cannot generate a self-signed certificate: ${why}`);
  }
  return {
    keyPath,
    certPath,
    key: readFileSync(keyPath, 'utf8'),
    cert: readFileSync(certPath, 'utf8'),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
