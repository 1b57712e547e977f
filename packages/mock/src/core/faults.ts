// Fault injection for teams testing their error paths. A fault is written the same way in the
// `x-mock-fault` request header and in an armed fault (control API / `mock.armFault()`):
//
//   delay=<ms>             answer after <ms> of real time (combinable with any other fault)
//   html-502               a gateway's HTML 502 page instead of JSON
//   reset                  drop the connection without an answer (a network error for fetch)
//   internal-error         500 with the vendor's 7909 body
//   rate-limit[=<s>]       429 with Retry-After: <s> (default 60)
//
// e.g. `x-mock-fault: delay=3000, reset`.

export type FaultAction = 'html-502' | 'reset' | 'internal-error' | 'rate-limit';

export interface Fault {
  delayMs: number;
  action?: FaultAction;
  /** Only for `rate-limit`. */
  retryAfterSeconds?: number;
}

export class FaultSyntaxError extends Error {}

const MAX_DELAY_MS = 120_000;

export function parseFault(value: string): Fault {
  const fault: Fault = { delayMs: 0 };
  const directives = value
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  if (directives.length === 0) throw new FaultSyntaxError('empty fault');
  for (const directive of directives) {
    const [name = '', arg] = directive.split('=', 2).map((s) => s.trim());
    const key = name.toLowerCase();
    if (key === 'delay') {
      fault.delayMs = integer(arg, 'delay', 0, MAX_DELAY_MS);
      continue;
    }
    if (key !== 'html-502' && key !== 'reset' && key !== 'internal-error' && key !== 'rate-limit') {
      throw new FaultSyntaxError(
        `unknown fault "${name}" (expected delay=<ms>, html-502, reset, internal-error or rate-limit[=<seconds>])`,
      );
    }
    if (fault.action) throw new FaultSyntaxError(`"${fault.action}" and "${key}" cannot be combined`);
    fault.action = key;
    if (key === 'rate-limit') {
      fault.retryAfterSeconds = arg === undefined ? 60 : integer(arg, 'rate-limit', 1, 86_400);
    } else if (arg !== undefined) {
      throw new FaultSyntaxError(`"${key}" takes no value`);
    }
  }
  return fault;
}

function integer(arg: string | undefined, name: string, min: number, max: number): number {
  const n = arg !== undefined && /^\d+$/.test(arg) ? Number(arg) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new FaultSyntaxError(`"${name}" needs an integer from ${min} to ${max}`);
  }
  return n;
}

/** What a gateway in front of the API sends when the backend is down: HTML, not the vendor's JSON. */
export const BAD_GATEWAY_HTML: string =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
  '<hr><center>lr-mfa-mock</center>\r\n</body>\r\n</html>\r\n';

/** A fault armed for the next `remaining` requests, as written (`fault`) and parsed. */
export interface ArmedFault {
  fault: string;
  parsed: Fault;
  remaining: number;
}

/** Faults armed ahead of requests, oldest first: each request consumes one use of the first. */
export class FaultQueue {
  private armed: ArmedFault[] = [];

  arm(fault: string, parsed: Fault, times: number): void {
    this.armed.push({ fault, parsed, remaining: times });
  }

  /** The header's fault for this request, else the next armed one (which it then consumes). */
  take(headerValue: string | undefined): Fault | undefined {
    if (headerValue !== undefined && headerValue.trim() !== '') return parseFault(headerValue);
    const armed = this.armed[0];
    if (!armed) return undefined;
    if (--armed.remaining <= 0) this.armed.shift();
    return armed.parsed;
  }

  list(): { fault: string; remaining: number }[] {
    return this.armed.map(({ fault, remaining }) => ({ fault, remaining }));
  }

  clear(): void {
    this.armed = [];
  }
}
