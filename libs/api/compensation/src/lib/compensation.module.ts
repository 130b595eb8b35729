import { Module } from '@nestjs/common';
import { PayPeriodResolver } from './pay-period.resolver';
import { PayPeriodService } from './pay-period.service';

export const COMPENSATION_RESOLVERS = [PayPeriodResolver];

@Module({
  providers: [...COMPENSATION_RESOLVERS, PayPeriodService],
})
export class CompensationModule {}
