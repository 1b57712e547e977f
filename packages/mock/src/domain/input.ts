// Options arrive from code, from the CLI's JSON config and from the control API, so the domain checks them at
// runtime too; a mistake is a MockControlError, which the control API answers as a 4xx with its message.

/** A configuration mistake, reported by the control API as a 4xx with this message. */
export class MockControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'MockControlError';
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function positiveInt(value: unknown, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new MockControlError(400, `${name} must be a positive integer`);
  }
  return value;
}
