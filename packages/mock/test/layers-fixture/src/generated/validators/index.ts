// The fixture's stand-in for the compiled request validators, which only the core may read.
export const check0 = (value: unknown): boolean => typeof value === 'string';
