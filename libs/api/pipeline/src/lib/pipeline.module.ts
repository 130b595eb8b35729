import { Module } from '@nestjs/common';
import { OrgModule } from '@salesops/api/org';
import { DealService } from './deal.service';
import { DealImportService } from './import/deal-import.service';
import { ImportController } from './import/import.controller';
import { ImportResolver } from './import/import.resolver';
import { PendingImports } from './import/pending-imports';
import { PipelineResolver } from './pipeline.resolver';
import { SalesStageService } from './sales-stage.service';

export const PIPELINE_RESOLVERS = [PipelineResolver, ImportResolver];

@Module({
  imports: [OrgModule],
  controllers: [ImportController],
  providers: [...PIPELINE_RESOLVERS, DealService, DealImportService, PendingImports, SalesStageService],
  exports: [DealImportService],
})
export class PipelineModule {}
