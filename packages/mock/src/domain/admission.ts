// Who may call an operation: the tenant whose API key the request carries (922 without one, 901 for an unknown
// one), within the tenant's quota (429 with Retry-After once it is spent, counted on the mock clock). The
// stateful handlers get the admitted tenant and the state with the request's checked inputs.
import { errorResponse } from '../core/errors.js';
import type { HandlerContext, OperationHandler } from '../core/handler.js';
import type { MockResponse } from '../core/http.js';
import { apiKeyOf, type OperationRequest } from '../core/operations.js';
import type { MockState } from './state.js';
import type { Tenant } from './tenants.js';

export interface LoginRadiusAdmission {
  state: MockState;
  tenant: Tenant;
}

export type LoginRadiusContext = HandlerContext<LoginRadiusAdmission>;
export type LoginRadiusHandler = OperationHandler<LoginRadiusAdmission>;

export function admit(
  state: MockState,
  request: OperationRequest,
): { admitted: LoginRadiusAdmission } | { refused: MockResponse } {
  const apiKey = apiKeyOf(request);
  if (apiKey === undefined || apiKey === '') return { refused: errorResponse(922) };
  const tenant = state.tenants.get(apiKey);
  if (!tenant) return { refused: errorResponse(901) };
  const retryAfter = tenant.rateLimit && state.rateLimiter.take(tenant.apiKey, tenant.rateLimit, state.now());
  if (retryAfter) return { refused: errorResponse(429, { headers: { 'retry-after': String(retryAfter) } }) };
  return { admitted: { state, tenant } };
}
