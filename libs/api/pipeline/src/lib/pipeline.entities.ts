import { AccountEntity } from './account.entity';
import { DealEntity } from './deal.entity';
import { DealStageChangeEntity } from './deal-stage-change.entity';
import { ImportJobEntity } from './import/import-job.entity';
import { ImportRejectionEntity } from './import/import-rejection.entity';
import { ProductEntity } from './product.entity';
import { RepAbsenceEntity, RoutingDecisionEntity, RoutingRuleEntity } from './routing/routing.entities';
import { SalesStageEntity } from './sales-stage.entity';

export const PIPELINE_ENTITIES = [
  SalesStageEntity,
  AccountEntity,
  ProductEntity,
  DealEntity,
  DealStageChangeEntity,
  ImportJobEntity,
  ImportRejectionEntity,
  RoutingRuleEntity,
  RepAbsenceEntity,
  RoutingDecisionEntity,
];
