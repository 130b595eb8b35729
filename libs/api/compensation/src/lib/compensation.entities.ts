import { CompPlanEntity } from './entities/comp-plan.entity';
import { CompPlanVersionEntity } from './entities/comp-plan-version.entity';
import { PayoutAdjustmentEntity } from './entities/payout-adjustment.entity';
import { PayoutDisputeEntity } from './entities/payout-dispute.entity';
import { PayoutLineEntity } from './entities/payout-line.entity';
import { PayoutStatementEntity } from './entities/payout-statement.entity';
import { PlanAcknowledgementEntity } from './entities/plan-acknowledgement.entity';
import { PlanAssignmentEntity } from './entities/plan-assignment.entity';
import { PayPeriodEntity } from './pay-period.entity';

export const COMPENSATION_ENTITIES = [
  PayPeriodEntity,
  CompPlanEntity,
  CompPlanVersionEntity,
  PlanAssignmentEntity,
  PlanAcknowledgementEntity,
  PayoutStatementEntity,
  PayoutLineEntity,
  PayoutAdjustmentEntity,
  PayoutDisputeEntity,
];
