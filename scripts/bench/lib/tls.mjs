// A throwaway self-signed certificate for the loopback HTTPS server, made at bench time with the system's
// `openssl` (no key is ever committed). It names 127.0.0.1 and localhost, so every contender verifies it
// normally once the child process trusts it via NODE_EXTRA_CA_CERTS: no contender runs with checks disabled.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Generates key + certificate into a fresh temp folder; `dispose()` removes it. */
export function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'lr-mfa-bench-tls-'));
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
      result.error?.code === 'ENOENT'
        ? 'openssl is not installed (apt-get install -y openssl)'
        : result.stderr;
    throw new Error(`cannot generate the benchmark's self-signed certificate: ${why}`);
  }
  return {
    keyPath,
    certPath,
    key: readFileSync(keyPath, 'utf8'),
    cert: readFileSync(certPath, 'utf8'),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
