// Public surface of @lr-mfa/types. Everything re-exported here is generated from spec/.

export type * from './generated/aliases.js';
export type { components, operations, paths } from './generated/openapi.js';
