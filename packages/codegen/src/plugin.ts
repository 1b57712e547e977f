// What a generator is: a plugin over the one loaded spec (hey-api's shape). `scripts/generate.ts` loads and lints
// the spec once, builds the Model, runs every plugin in memory and writes their files only when all of them
// succeeded, so a failure anywhere leaves every generated file as it was.
import { SpecPointerError } from './build-model.js';
import type { Model } from './model.js';

export interface GeneratedFile {
  /** Repository-relative path, always under a `generated/` folder. */
  path: string;
  content: string;
}

export interface GeneratorContext {
  model: Model;
  /** The bundled OpenAPI document (components kept, `$ref`s internal), as build/spec/openapi.json has it. */
  document: Record<string, unknown>;
  /** The do-not-edit header for a generated source file (a `//` comment line). */
  header: string;
  /**
   * Fails generation for a construct this generator cannot handle. The pointer is into the bundled document;
   * the runner reports it as the spec file and line it came from.
   */
  fail(pointer: string, message: string): never;
  /** The spec file, line and column a bundle pointer came from (`spec/paths/x.yaml:12:5`), else `#pointer`. */
  where(pointer: string): string;
}

export interface Generator {
  /** Shown in progress output and errors: `client`, `types`, … */
  name: string;
  /**
   * Folders this generator owns (repository-relative). Files there that it no longer produces are deleted, so a
   * removed operation leaves nothing behind.
   */
  owns: string[];
  generate(context: GeneratorContext): GeneratedFile[] | Promise<GeneratedFile[]>;
}

/**
 * The context a generator runs in over `document` and its Model; `fail` throws the SpecPointerError the runner
 * reports as the spec file and line `where` names.
 */
export function generatorContext(
  model: Model,
  document: Record<string, unknown>,
  header: string,
  where: (pointer: string) => string,
): GeneratorContext {
  return {
    model,
    document,
    header,
    fail(pointer, message) {
      throw new SpecPointerError(pointer, message);
    },
    where,
  };
}
