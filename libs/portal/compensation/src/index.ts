export { compensationRoutes } from './lib/compensation.routes';
