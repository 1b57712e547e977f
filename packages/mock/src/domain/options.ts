// The mock's configuration as code, the CLI's JSON config and createMock() take it: tenants, users, limits.
import type { RouteAlias } from '../core/operations.js';
import type { MockLimits } from './limits.js';
import type { TenantOptions } from './tenants.js';
import type { UserOptions } from './users.js';

export interface MockOptions {
  /** Replaces the default tenants (see DEFAULT_TENANTS). */
  tenants?: TenantOptions[];
  /** Replaces the default user (the spec's example profile). */
  users?: UserOptions[];
  /** Makes OTPs predictable, e.g. `() => '123456'`. Default: 6 random digits. */
  generateOtp?: () => string;
  /**
   * The wall clock the mock clock is offset from, in epoch milliseconds. Default: `Date.now()` read on every
   * call, so fake timers (`vi.useFakeTimers()`, jest, sinon) move the mock clock with the test's clock.
   */
  now?: () => number;
  /** Caps on what the mock remembers (logins, outbox, webhook events, added users); see MockLimits. */
  limits?: MockLimits;
  /**
   * Other paths under which operations are served. Default: the vendor SDKs' older paths
   * (VENDOR_SDK_ALIASES); `[]` serves the spec's paths only.
   */
  aliases?: RouteAlias[];
}
