// The generators that write this package's src/generated/ (run by the root's scripts/generate.ts): the response
// validators first, then the client, whose facts table reads them.
export { clientGenerator as client } from './client.js';
export { validators } from './validators.js';
