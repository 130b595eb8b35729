import { Module } from '@nestjs/common';
import { ComputedCache } from '@salesops/api/core';

import { AcknowledgementService } from './acknowledgement.service';
import { CompPlanResolver } from './comp-plan.resolver';
import { CompPlanService } from './comp-plan.service';
import { PayPeriodResolver } from './pay-period.resolver';
import { PayPeriodService } from './pay-period.service';
import { PlanAssignmentResolver } from './plan-assignment.resolver';
import { PlanAssignmentService } from './plan-assignment.service';
import { PayoutService } from './statements/payout.service';
import { StatementResolver } from './statements/statement.resolver';
import { StatementService } from './statements/statement.service';

export const COMPENSATION_RESOLVERS = [
  PayPeriodResolver,
  CompPlanResolver,
  PlanAssignmentResolver,
  StatementResolver,
];

@Module({
  providers: [
    ...COMPENSATION_RESOLVERS,
    PayPeriodService,
    CompPlanService,
    PlanAssignmentService,
    AcknowledgementService,
    StatementService,
    PayoutService,
    ComputedCache,
  ],
})
export class CompensationModule {}
