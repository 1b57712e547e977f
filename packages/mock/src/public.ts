// The public surface of the core and the domain, shared by the node and MSW entries.
export { ERROR_CODES, type ErrorCode } from './core/errors.js';
export type { FaultAction } from './core/faults.js';
export type { MockOutcome, MockRequest } from './core/http.js';
export { type RouteAlias, VENDOR_SDK_ALIASES } from './core/operations.js';
export type { RecordedExample } from './core/recorded.js';
export { CONTROL_PREFIX } from './domain/control.js';
export { CONTROL_TOKEN_HEADER } from './domain/control-guard.js';
export type { CreateSecondFactorTokenInput, SecondFactorToken } from './domain/controls.js';
export { MockControlError } from './domain/input.js';
export { DEFAULT_LIMITS, type MockLimits } from './domain/limits.js';
export { createMock, Mock, type MockEngineOptions } from './domain/mock.js';
export type { MockOptions } from './domain/options.js';
export type { Channel, OtpMessage, WebhookEvent } from './domain/state.js';
export { DEFAULT_TENANTS, type LockoutPolicy, type Tenant, type TenantOptions } from './domain/tenants.js';
export { DEFAULT_SECURITY_ANSWERS, type UserOptions, type UserSummary } from './domain/users.js';
