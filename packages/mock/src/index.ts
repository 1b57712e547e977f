// Node entry: the engine plus the node:http server. MSW handlers live in `@lr-mfa/mock/msw`.
export * from './engine/public.js';
export { HOST, type MockServer, type MockServerOptions, SERVER_DEFAULTS, startMockServer } from './server.js';
