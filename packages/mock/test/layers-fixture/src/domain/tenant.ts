// The domain half of the fixture's cycle (domain → core is allowed; the cycle is not).
import { dispatchName } from '../core/dispatch.js';

export const tenantName = 'fixture';
export const describeDispatch = (): string => dispatchName();
