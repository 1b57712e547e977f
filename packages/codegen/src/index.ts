// The shared generation pipeline: one loader of the spec, the Model every generator reads, the plugin contract
// and the runner that writes all generated files or none. Subpaths (`@lr-mfa/codegen/step`, …) load one module.
export { buildModel, SpecPointerError } from './build-model.js';
export { generate } from './generate.js';
export type * from './model.js';
export type { GeneratedFile, Generator, GeneratorContext } from './plugin.js';
export { type LoadedSpec, loadSpec, SpecError } from './spec.js';
