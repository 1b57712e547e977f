// @lr-mfa/client: the typed, hardened client for LoginRadius Verify SMS OTP. This entry has no `node:`
// imports and runs in browsers, Node >= 18, Deno, Bun and edge runtimes; on Node the `node` export
// condition serves ./node.ts instead (same API, keep-alive node:http transport by default).
export * from './public.js';
