export { pipelineRoutes } from './lib/pipeline.routes';
