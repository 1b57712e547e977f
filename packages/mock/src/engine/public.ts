// The engine's public surface, shared by both entries.
export { ERROR_CODES, type ErrorCode } from './errors.js';
export type { FaultAction } from './faults.js';
export type { MockOutcome, MockRequest } from './http.js';
export {
  CONTROL_PREFIX,
  CONTROL_TOKEN_HEADER,
  type CreateSecondFactorTokenInput,
  createMock,
  Mock,
  type MockEngineOptions,
  type SecondFactorToken,
  type UserSummary,
} from './mock.js';
export { type RouteAlias, VENDOR_SDK_ALIASES } from './operations.js';
export {
  DEFAULT_SECURITY_ANSWERS,
  DEFAULT_TENANTS,
  type LockoutPolicy,
  MockControlError,
  type MockOptions,
  type Tenant,
  type TenantOptions,
  type UserOptions,
} from './options.js';
export type { RecordedExample } from './recorded.js';
export {
  type Channel,
  DEFAULT_LIMITS,
  type MockLimits,
  type OtpMessage,
  type WebhookEvent,
} from './state.js';
