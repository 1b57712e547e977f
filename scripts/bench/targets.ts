// Targets the benchmark reports against (what the project aims for), kept apart from the enforced budgets:
// size budgets live in the root package.json `size-limit` field and fail `pnpm size` and the size test.

/**
 * The client default entry with one operation as a browser app bundles it, openapi-fetch included (1 kB = 1000
 * bytes, as size-limit counts), and what each further operation may add.
 */
export const CLIENT_SIZE_TARGET = { gzipBytes: 5500, perOperationGzipBytes: 300 } as const;

/** `pnpm build` in a fresh copy of the repo: cold (no cache), no-op, and after a description-only spec edit. */
export const PIPELINE_TARGETS = {
  coldMs: 10_000,
  noopMs: 600,
  descriptionEditMs: 5_000,
  /** Every pipeline step of the scale table, summed, for a spec of 1000 operations. */
  thousandOperationsMs: 30_000,
} as const;
