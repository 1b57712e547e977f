/** A throwaway self-signed certificate for 127.0.0.1/localhost; `dispose()` removes its temp folder. */
export interface SelfSignedCertificate {
  keyPath: string;
  certPath: string;
  key: string;
  cert: string;
  dispose(): void;
}

/** Generates key + certificate with the system's openssl; throws when openssl is missing or fails. */
export function selfSignedCertificate(): SelfSignedCertificate;
