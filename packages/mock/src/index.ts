// Node entry (`@lr-mfa/mock`): the engine plus the node:http server. MSW handlers live in `@lr-mfa/mock/msw`.
export {
  HOST,
  type MockServer,
  type MockServerOptions,
  SERVER_DEFAULTS,
  startMockServer,
} from './adapters/node-server.js';
export * from './public.js';
