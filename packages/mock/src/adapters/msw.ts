// MSW 2 adapter: one catch-all handler per origin that hands every request to the engine, so browser and
// unit tests get the server's exact behaviour (and its /__mock control API) without opening a port.
// This entry must stay free of node: imports: it is also bundled for browsers.
import { type HttpHandler, HttpResponse, http } from 'msw';
import type { Mock } from '../domain/mock.js';
import { specServerUrl } from '../generated/spec-data.js';

export interface HandlerOptions {
  /** The origin the client calls; default the spec's server, `https://api.loginradius.com`. */
  baseUrl?: string;
}

/** MSW request handlers answering like the mock server; use with `setupServer(...)` or `setupWorker(...)`. */
export function createHandlers(mock: Mock, options: HandlerOptions = {}): HttpHandler[] {
  const base = (options.baseUrl ?? specServerUrl).replace(/\/+$/, '');
  // A base URL with a path prefix (a gateway mount, `https://gw.example/lr`) is not part of the API's paths.
  const prefix = new URL(base).pathname.replace(/\/+$/, '');
  return [
    http.all(`${base}/*`, async ({ request }) => {
      const url = new URL(request.url);
      url.pathname = url.pathname.slice(prefix.length);
      const outcome = await mock.handle({
        method: request.method,
        url: url.href,
        headers: request.headers,
        body: request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text(),
        signal: request.signal,
      });
      // A network error is what a reset connection looks like to fetch.
      if (outcome.type === 'reset') return HttpResponse.error();
      return new HttpResponse(outcome.body === '' ? null : outcome.body, {
        status: outcome.status,
        headers: outcome.headers,
      });
    }),
  ];
}
