// What the portal's first load needs: the session, sign-in and -out, the guards and the GraphQL client. Its own
// entry point: the main one re-exports the generated services and documents of every area, and a bundler
// puts a file the first load reaches into the first load whole (docs/benchmarks.md).
export { AuthService } from './lib/auth/auth.service';
export { authGuard, guestGuard, homePath, roleGuard } from './lib/auth/auth.guards';
export { type Session, SESSION_STORAGE_KEY, SessionStore } from './lib/auth/session.store';
export { GRAPHQL_PATH, isUnauthenticated, provideSalesOpsApollo } from './lib/apollo/apollo.providers';
export { errorCodeOf } from './lib/errors/graphql-errors';
