// The contract between the spec-generic dispatcher and a domain (the LoginRadius one in ../domain/): the domain
// admits each request to an operation (who is calling, within what quota) and may answer some operations itself
// (stateful handlers); every other operation is answered from the spec's examples.
import type { MockResponse } from './http.js';
import type { InputValues, OperationRequest } from './operations.js';

/** What a stateful handler gets: the domain's admission of the request and its inputs, checked against the spec. */
export type HandlerContext<Admission> = Admission & {
  /** Validated inputs by wire name (the spec's spelling). */
  values: InputValues;
};

export type OperationHandler<Admission> = (context: HandlerContext<Admission>) => MockResponse;

export interface MockDomain<Admission> {
  /** Admits a request to an operation, before its inputs are checked, or refuses it with an answer. */
  admit(request: OperationRequest): { admitted: Admission } | { refused: MockResponse };
  /** Operations answered by the domain, by operationId. */
  handlers: Readonly<Record<string, OperationHandler<Admission>>>;
}

/** A request to the control plane the dispatcher hands over, everything below its path prefix. */
export interface ControlRequest {
  method: string;
  /** The path below the prefix, without a trailing slash (`''` for the index). */
  path: string;
  query: URLSearchParams;
  header: (name: string) => string | undefined;
  bodyText: string;
  /** The Host header values the server accepts for it (the adapter's bound names), when it checks them. */
  hosts: readonly string[] | undefined;
}

/** A control plane served beside the API under a path prefix (the mock's `/__mock`). */
export interface ControlPlane {
  prefix: string;
  handle(request: ControlRequest): MockResponse;
}
