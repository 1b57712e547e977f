// The public surface of the core and the domain, shared by the node and MSW entries.
export { ERROR_CODES, type ErrorCode } from './core/errors.js';
export type { FaultAction } from './core/faults.js';
export type { MockOutcome, MockRequest } from './core/http.js';
export { type RouteAlias, VENDOR_SDK_ALIASES } from './core/operations.js';
export type { RecordedExample } from './core/recorded.js';
export {
  CONTROL_PREFIX,
  CONTROL_TOKEN_HEADER,
  type CreateSecondFactorTokenInput,
  createMock,
  Mock,
  type MockEngineOptions,
  type SecondFactorToken,
  type UserSummary,
} from './domain/mock.js';
export {
  DEFAULT_SECURITY_ANSWERS,
  DEFAULT_TENANTS,
  type LockoutPolicy,
  MockControlError,
  type MockOptions,
  type Tenant,
  type TenantOptions,
  type UserOptions,
} from './domain/options.js';
export {
  type Channel,
  DEFAULT_LIMITS,
  type MockLimits,
  type OtpMessage,
  type WebhookEvent,
} from './domain/state.js';
