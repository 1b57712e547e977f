// MSW entry (`@lr-mfa/mock/msw`): the engine plus MSW handlers. It must stay free of node: imports: it is also
// bundled for browsers.
export { createHandlers, type HandlerOptions } from './adapters/msw.js';
export * from './public.js';
