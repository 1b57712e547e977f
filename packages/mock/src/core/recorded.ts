// Recorded examples: answers the traffic-check proxy saved from the real API (`--record DIR`), served by the
// operation they were recorded for when `Prefer: example=<name>` names them, before any stateful handler, so a
// test can replay exactly what the API sent (its drift included).
import { type MockResponse, textResponse } from './http.js';
import { parsePrefer } from './operations.js';

/** One recorded answer (a file the proxy writes under `--record DIR`). */
export interface RecordedExample {
  operationId: string;
  name: string;
  status: number;
  contentType: string;
  value: unknown;
}

export type RecordedExamples = ReadonlyMap<string, RecordedExample>;

/** Indexes recorded examples by operation and name; a malformed one is refused with its name. */
export function indexRecorded(examples: readonly RecordedExample[] = []): RecordedExamples {
  const index = new Map<string, RecordedExample>();
  for (const example of examples) {
    const { operationId, name, status, contentType } = example ?? {};
    if (typeof operationId !== 'string' || typeof name !== 'string' || typeof contentType !== 'string')
      throw new TypeError(
        `a recorded example needs operationId, name and contentType (got ${JSON.stringify(name)})`,
      );
    if (!Number.isInteger(status) || status < 100 || status > 599)
      throw new TypeError(`the recorded example ${name} has no valid status`);
    index.set(`${operationId}\u0000${name}`, example);
  }
  return index;
}

/** The recorded answer `Prefer: example=<name>` names for this operation, if any. */
export function recordedAnswer(
  examples: RecordedExamples,
  operationId: string,
  prefer: string | undefined,
): MockResponse | undefined {
  if (examples.size === 0) return undefined;
  const { example: name } = parsePrefer(prefer);
  const example = name === undefined ? undefined : examples.get(`${operationId}\u0000${name}`);
  if (!example) return undefined;
  const body = typeof example.value === 'string' ? example.value : JSON.stringify(example.value);
  return textResponse(example.status, body, example.contentType, { 'cache-control': 'no-store' });
}
