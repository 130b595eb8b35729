export { GoalsModule, GOALS_RESOLVERS } from './lib/goals.module';
