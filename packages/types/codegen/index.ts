// The generator that writes this package's src/generated/ (run by the root's scripts/generate.ts).
export { types } from './types.js';
