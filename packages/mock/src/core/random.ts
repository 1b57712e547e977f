// Identifiers and OTPs. Web Crypto where the runtime has it (browsers, Node 19+); Node 18 has no global
// `crypto`, and the engine must not import node: modules (it also runs in browsers), so fall back to
// Math.random: these values only need to be unique, not unguessable, in a mock.

const webCrypto = (globalThis as { crypto?: Crypto }).crypto;

function randomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  if (webCrypto?.getRandomValues) return webCrypto.getRandomValues(bytes);
  for (let i = 0; i < n; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

/** A version-4 UUID, the shape of the vendor's tokens. */
export function randomUuid(): string {
  if (webCrypto?.randomUUID) return webCrypto.randomUUID();
  const b = randomBytes(16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `length` random decimal digits. */
export function randomDigits(length: number): string {
  return Array.from(randomBytes(length), (x) => String(x % 10)).join('');
}
