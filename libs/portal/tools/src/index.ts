export { toolsRoutes } from './lib/tools.routes';
