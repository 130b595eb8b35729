export { GoalsModule, GOALS_RESOLVERS } from './lib/goals.module';
export { GoalEntity } from './lib/goal.entity';
export { GoalMetric, MONEY_METRICS } from './lib/goal.entity';
export { type GoalActualRow, goalsWithActuals, periodGoalsWithActuals } from './lib/goal.queries';
export { seedDemoGoals } from './lib/demo/seed-goals';
