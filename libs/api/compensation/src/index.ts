export { CompensationModule, COMPENSATION_RESOLVERS } from './lib/compensation.module';
export { COMPENSATION_ENTITIES } from './lib/compensation.entities';
export { PayPeriodEntity, PayPeriodStatus } from './lib/pay-period.entity';
export { seedDemoCompensation, type CompensationSeedResult } from './lib/demo/seed-compensation';
