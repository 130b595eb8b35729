export { GoalsModule, GOALS_RESOLVERS } from './lib/goals.module';
export { GoalEntity } from './lib/goal.entity';
