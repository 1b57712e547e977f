import { describe, expect, it } from 'vitest';
import { FaultSyntaxError, parseFault } from './faults.js';

describe('fault syntax', () => {
  it('parses each fault, alone and with a delay', () => {
    expect(parseFault('reset')).toEqual({ delayMs: 0, action: 'reset' });
    expect(parseFault('html-502')).toEqual({ delayMs: 0, action: 'html-502' });
    expect(parseFault('internal-error')).toEqual({ delayMs: 0, action: 'internal-error' });
    expect(parseFault('rate-limit')).toEqual({ delayMs: 0, action: 'rate-limit', retryAfterSeconds: 60 });
    expect(parseFault('rate-limit=5')).toEqual({ delayMs: 0, action: 'rate-limit', retryAfterSeconds: 5 });
    expect(parseFault('delay=250')).toEqual({ delayMs: 250 });
    expect(parseFault(' Delay = 10 , RESET ')).toEqual({ delayMs: 10, action: 'reset' });
  });

  it.each([
    ['', /empty/],
    ['explode', /unknown fault "explode"/],
    ['delay', /delay/],
    ['delay=-1', /delay/],
    ['delay=1.5', /delay/],
    ['delay=999999999', /delay/],
    ['rate-limit=0', /rate-limit/],
    ['reset=1', /takes no value/],
    ['reset,html-502', /cannot be combined/],
  ])('rejects %j', (value, message) => {
    expect(() => parseFault(value)).toThrow(FaultSyntaxError);
    expect(() => parseFault(value)).toThrow(message);
  });
});
