// The domain half of the fixture's cycle (domain → core is allowed; the cycle is not), which also reads a
// compiled validator itself instead of through the core.
import { dispatchName } from '../core/dispatch.js';
import { check0 } from '../generated/validators/index.js';

export const tenantName = check0('fixture') ? 'fixture' : 'none';
export const describeDispatch = (): string => dispatchName();
