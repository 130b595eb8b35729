export { orgRoutes } from './lib/org.routes';
