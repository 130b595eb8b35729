import { InitOrg1795736576589 } from './1795736576589-InitOrg';
import { AddPipeline1795737738268 } from './1795737738268-AddPipeline';
import { AddGoals1795739299602 } from './1795739299602-AddGoals';
import { AddRouting1795739805826 } from './1795739805826-AddRouting';
import { AddPerformanceRollups1795741000000 } from './1795741000000-AddPerformanceRollups';
import { AddDealPagingIndexes1795741500000 } from './1795741500000-AddDealPagingIndexes';
import { AddCloseDatePushes1795742000000 } from './1795742000000-AddCloseDatePushes';
import { AddDataVersion1795742500000 } from './1795742500000-AddDataVersion';
import { AddSalesTools1795751347613 } from './1795751347613-AddSalesTools';
import { AddAuditTrail1795752956920 } from './1795752956920-AddAuditTrail';
import { AddApiKeys1795753827423 } from './1795753827423-AddApiKeys';
import { AddIdempotencyKeys1795762936274 } from './1795762936274-AddIdempotencyKeys';
import { AddPayPeriods1795763377700 } from './1795763377700-AddPayPeriods';
import { AddRoutingExplanation1795775170386 } from './1795775170386-AddRoutingExplanation';
import { AddAuditSummaryParams1795775442747 } from './1795775442747-AddAuditSummaryParams';
import { AddImportReasonKeys1795782174189 } from './1795782174189-AddImportReasonKeys';
import { AddCompPlans1796462092488 } from './1796462092488-AddCompPlans';
import { AddForecasting1796477338445 } from './1796477338445-AddForecasting';
import { AddPayoutReconciliation1796494989303 } from './1796494989303-AddPayoutReconciliation';
import { ArchiveTeamsEraseReps1796497582518 } from './1796497582518-ArchiveTeamsEraseReps';
import { SurveyAnonymityGroups1796497606565 } from './1796497606565-SurveyAnonymityGroups';
import { ImportStatusPartial1796498519619 } from './1796498519619-ImportStatusPartial';
import { ForecastDataVersion1796500000000 } from './1796500000000-ForecastDataVersion';
import { DisputeCurrency1796500100000 } from './1796500100000-DisputeCurrency';
import { CompDataVersion1796500200000 } from './1796500200000-CompDataVersion';
import { DataVersionOncePerTransaction1796500300000 } from './1796500300000-DataVersionOncePerTransaction';
import { ImportPreviewAndReasons1796500400000 } from './1796500400000-ImportPreviewAndReasons';
import { DealWarnings1796500500000 } from './1796500500000-DealWarnings';
import { RateLimitBuckets1796500600000 } from './1796500600000-RateLimitBuckets';
import { ImportAwaitingMapping1796500700000 } from './1796500700000-ImportAwaitingMapping';
import { LoginFailures1796500800000 } from './1796500800000-LoginFailures';
import { RollupDeltaWithoutTempTable1796500900000 } from './1796500900000-RollupDeltaWithoutTempTable';

/** Every migration, oldest first. Add new ones at the end; never edit one that has landed. */
export const MIGRATIONS = [
  InitOrg1795736576589,
  AddPipeline1795737738268,
  AddGoals1795739299602,
  AddRouting1795739805826,
  AddPerformanceRollups1795741000000,
  AddDealPagingIndexes1795741500000,
  AddCloseDatePushes1795742000000,
  AddDataVersion1795742500000,
  AddSalesTools1795751347613,
  AddAuditTrail1795752956920,
  AddApiKeys1795753827423,
  AddIdempotencyKeys1795762936274,
  AddPayPeriods1795763377700,
  AddRoutingExplanation1795775170386,
  AddAuditSummaryParams1795775442747,
  AddImportReasonKeys1795782174189,
  AddCompPlans1796462092488,
  AddForecasting1796477338445,
  AddPayoutReconciliation1796494989303,
  ArchiveTeamsEraseReps1796497582518,
  SurveyAnonymityGroups1796497606565,
  ImportStatusPartial1796498519619,
  ForecastDataVersion1796500000000,
  DisputeCurrency1796500100000,
  CompDataVersion1796500200000,
  DataVersionOncePerTransaction1796500300000,
  ImportPreviewAndReasons1796500400000,
  DealWarnings1796500500000,
  RateLimitBuckets1796500600000,
  ImportAwaitingMapping1796500700000,
  LoginFailures1796500800000,
  RollupDeltaWithoutTempTable1796500900000,
];
