export { performanceRoutes } from './lib/performance.routes';
