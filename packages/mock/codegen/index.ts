// The generator that writes this package's src/generated/ (run by the root's scripts/generate.ts).
export { mockGenerator as mock } from './mock.js';
