export { CompensationModule, COMPENSATION_RESOLVERS } from './lib/compensation.module';
export { PayPeriodEntity, PayPeriodStatus } from './lib/pay-period.entity';
