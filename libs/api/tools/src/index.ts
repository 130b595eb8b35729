export { ToolsModule, TOOLS_RESOLVERS } from './lib/tools.module';
export { TOOLS_ENTITIES } from './lib/tools.entities';
export { seedDemoTools } from './lib/demo/seed-tools';
export { SurveyService } from './lib/survey.service';
