export { PIPELINE_ENTITIES } from './lib/pipeline.entities';
export { PipelineModule, PIPELINE_RESOLVERS } from './lib/pipeline.module';
export { seedDemoPipeline, DEMO_STAGES } from './lib/demo/seed-pipeline';
export { DEFAULT_STAGES, ensureDefaultSalesProcess } from './lib/default-sales-process';
export { CRM_EXPORT_MAPPING, type DealImportMapping } from './lib/import/deal-import-mapping';
export { DealImportService, IMPORT_BATCH_SIZE } from './lib/import/deal-import.service';
export { RoutingService } from './lib/routing/routing.service';
export { MoneyDto, toMoneyDto } from './lib/dtos/pipeline.dto';
export { funnelBook, funnelOutcome, FunnelStepOutcome } from './lib/funnel-book.queries';
