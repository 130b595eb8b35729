import { Module } from '@nestjs/common';
import { OrgModule } from '@salesops/api/org';

import { DealService } from './deal.service';
import { DealImportService } from './import/deal-import.service';
import { ImportController } from './import/import.controller';
import { ImportResolver } from './import/import.resolver';
import { PipelineResolver } from './pipeline.resolver';
import { RoutingResolver } from './routing/routing.resolver';
import { RoutingService } from './routing/routing.service';
import { SalesStageService } from './sales-stage.service';

export const PIPELINE_RESOLVERS = [PipelineResolver, ImportResolver, RoutingResolver];

@Module({
  imports: [OrgModule],
  controllers: [ImportController],
  providers: [...PIPELINE_RESOLVERS, DealService, DealImportService, SalesStageService, RoutingService],
  exports: [DealImportService, RoutingService],
})
export class PipelineModule {}
