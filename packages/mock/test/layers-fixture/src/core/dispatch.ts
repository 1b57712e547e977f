// A core module that reaches up into the domain (and, through it, back into itself): the layers check must
// flag both the wrong direction and the cycle.
import { tenantName } from '../domain/tenant.js';

export const dispatchName = (): string => `dispatch for ${tenantName}`;
