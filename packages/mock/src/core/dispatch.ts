// The HTTP dispatcher: answers any request to the spec's operations, from routing to the answer, and hands
// requests under the control plane's prefix to it. What is not in the spec (who may call, stateful operations)
// comes from the domain through the handler contract (handler.ts). Adapters (node:http server, MSW handlers)
// only translate requests and outcomes.
import { errorResponse, routeError } from './errors.js';
import { BAD_GATEWAY_HTML, type Fault, type FaultQueue, FaultSyntaxError } from './faults.js';
import type { ControlPlane, MockDomain } from './handler.js';
import {
  headerReader,
  type MockOutcome,
  type MockRequest,
  preflightResponse,
  queryReader,
  sleep,
  textResponse,
  withApiCors,
} from './http.js';
import {
  answerFromExamples,
  type OperationRequest,
  type RouteResult,
  type Router,
  validateInputs,
} from './operations.js';
import { type RecordedExamples, recordedAnswer } from './recorded.js';
import type { SpecOperation } from './spec-types.js';

export interface DispatcherParts<Admission> {
  router: Router;
  domain: MockDomain<Admission>;
  /** Faults armed ahead of requests; the `x-mock-fault` header overrides them. */
  faults: FaultQueue;
  recorded: RecordedExamples;
  control: ControlPlane;
}

export class Dispatcher<Admission> {
  constructor(private readonly parts: DispatcherParts<Admission>) {}

  /** Answers one request: an operation of the spec, the control plane, or a vendor-shaped 404. */
  async handle(request: MockRequest): Promise<MockOutcome> {
    let url: URL;
    try {
      url = new URL(request.url, 'http://mock.invalid');
    } catch {
      return withApiCors(routeError(400, 'Bad Request', 'The request target is not a valid URL path.'));
    }
    const method = request.method.toUpperCase();
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const header = headerReader(request.headers);
    const { control } = this.parts;
    if (path === control.prefix || path.startsWith(`${control.prefix}/`)) {
      return control.handle({
        method,
        path: path.slice(control.prefix.length),
        query: url.searchParams,
        header,
        bodyText: request.body ?? '',
        hosts: request.controlHosts,
      });
    }
    let route: RouteResult;
    try {
      route = this.parts.router.match(method === 'OPTIONS' ? 'GET' : method, path);
    } catch (error) {
      if (!(error instanceof URIError)) throw error;
      return withApiCors(routeError(400, 'Bad Request', 'The path has malformed percent-encoding.'));
    }
    if (method === 'OPTIONS') {
      const methods =
        route.type === 'match' ? [route.operation.method] : route.type === 'method' ? route.allowed : [];
      return preflightResponse(methods, header('access-control-request-headers'));
    }
    if (route.type === 'none') {
      return withApiCors(routeError(404, 'Not Found', `No operation of the API is at ${method} ${path}.`));
    }
    if (route.type === 'method') {
      return withApiCors(
        routeError(
          405,
          'Method Not Allowed',
          `${path} does not take ${method}; it takes ${route.allowed.join(', ')}.`,
          {
            allow: [...route.allowed, 'OPTIONS'].join(', '),
          },
        ),
      );
    }
    const input: OperationRequest = {
      queryAll: queryReader(url.searchParams),
      header,
      pathParams: route.pathParams,
      body: request.body ?? '',
    };
    return withApiCors(await this.serveOperation(route.operation, input, request.signal));
  }

  /** A fault first, then the domain's admission, the spec's input checks, and the answer. */
  private async serveOperation(
    operation: SpecOperation,
    input: OperationRequest,
    signal: AbortSignal | undefined,
  ): Promise<MockOutcome> {
    let fault: Fault | undefined;
    try {
      fault = this.parts.faults.take(input.header('x-mock-fault'));
    } catch (error) {
      if (error instanceof FaultSyntaxError)
        return routeError(400, 'Bad Request', `x-mock-fault: ${error.message}`);
      throw error;
    }
    if (fault && fault.delayMs > 0 && !(await sleep(fault.delayMs, signal))) return { type: 'reset' };
    switch (fault?.action) {
      case 'reset':
        return { type: 'reset' };
      case 'html-502':
        return textResponse(502, BAD_GATEWAY_HTML, 'text/html; charset=utf-8');
      case 'internal-error':
        return errorResponse(7909);
      case 'rate-limit':
        return errorResponse(429, { headers: { 'retry-after': String(fault.retryAfterSeconds ?? 60) } });
    }
    const { domain, recorded } = this.parts;
    const admission = domain.admit(input);
    if ('refused' in admission) return admission.refused;
    const checked = validateInputs(operation, input);
    if ('error' in checked) return checked.error;
    const answer = recordedAnswer(recorded, operation.id, input.header('prefer'));
    if (answer) return answer;
    const handler = domain.handlers[operation.id];
    if (handler) return handler({ ...admission.admitted, values: checked.values });
    return answerFromExamples(operation, input.header('prefer'));
  }
}
