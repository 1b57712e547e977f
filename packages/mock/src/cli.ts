#!/usr/bin/env node
// lr-mfa-mock bin: `lr-mfa-mock [options]` serves the mock (adapters/cli.ts); `lr-mfa-mock proxy …` runs the
// traffic-check proxy (proxy/cli.ts), loaded only when asked.
import { fail, serveMain } from './adapters/cli.js';

if (process.argv[2] === 'proxy') {
  import('./proxy/cli.js').then(({ proxyMain }) => proxyMain(process.argv.slice(3), fail));
} else {
  serveMain();
}
