// The engine's public surface, shared by both entries.
export { ERROR_CODES, type ErrorCode } from './errors.js';
export type { FaultAction } from './faults.js';
export type { MockOutcome, MockRequest } from './http.js';
export {
  CONTROL_PREFIX,
  type CreateSecondFactorTokenInput,
  createMock,
  ENDPOINT_PATH,
  Mock,
  type SecondFactorToken,
  type UserSummary,
} from './mock.js';
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
export type { Channel, OtpMessage, WebhookEvent } from './state.js';
