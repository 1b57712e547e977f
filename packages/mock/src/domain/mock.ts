// The LoginRadius mock engine: the spec-generic dispatcher (core/dispatch.ts) with this domain's admission,
// stateful handlers and control API, and the controls (controls.ts) it offers to code. Adapters (node:http
// server, MSW handlers) only translate requests and outcomes.
import { Dispatcher } from '../core/dispatch.js';
import type { MockOutcome, MockRequest } from '../core/http.js';
import { Router, VENDOR_SDK_ALIASES } from '../core/operations.js';
import { indexRecorded, type RecordedExample } from '../core/recorded.js';
import { admit, type LoginRadiusAdmission } from './admission.js';
import { controlPlane } from './control.js';
import { MockControls } from './controls.js';
import { STATEFUL_HANDLERS } from './handlers.js';
import { MockControlError } from './input.js';
import type { MockOptions } from './options.js';
import { MockState } from './state.js';

export interface MockEngineOptions extends MockOptions {
  /**
   * A secret every control API request must carry in the `x-mock-control-token` header (or as
   * `Authorization: Bearer <token>`). Default: none. The server's `control()` helper sends it.
   */
  controlToken?: string;
  /** Answers recorded by the traffic-check proxy, served when `Prefer: example=<name>` names one. */
  examples?: readonly RecordedExample[];
}

export class Mock extends MockControls {
  readonly controlToken: string | undefined;
  private readonly dispatcher: Dispatcher<LoginRadiusAdmission>;

  constructor(options: MockEngineOptions = {}) {
    const { controlToken, examples, ...rest } = options;
    if (controlToken !== undefined && (typeof controlToken !== 'string' || controlToken === '')) {
      throw new MockControlError(400, 'controlToken must be a non-empty string');
    }
    const state = new MockState(rest);
    const router = new Router(options.aliases ?? VENDOR_SDK_ALIASES);
    super(state, router);
    this.controlToken = controlToken;
    this.dispatcher = new Dispatcher({
      router,
      domain: { admit: (request) => admit(state, request), handlers: STATEFUL_HANDLERS },
      faults: state.faults,
      recorded: indexRecorded(examples),
      control: controlPlane(this, controlToken),
    });
  }

  /** Answers one request: an operation of the spec, the control API under `/__mock`, or a vendor-shaped 404. */
  handle(request: MockRequest): Promise<MockOutcome> {
    return this.dispatcher.handle(request);
  }
}

/** Creates a mock engine; hand it to `startMockServer({ mock })` or `createHandlers(mock)`. */
export function createMock(options: MockEngineOptions = {}): Mock {
  return new Mock(options);
}
