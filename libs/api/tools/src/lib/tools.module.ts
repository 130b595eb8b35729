import { Module } from '@nestjs/common';
import { OrgModule } from '@salesops/api/org';

import { SalesToolResolver } from './sales-tool.resolver';
import { SurveyResolver } from './survey.resolver';
import { SurveyService } from './survey.service';
import { SurveyResultsService } from './survey-results.service';
import { ToolService } from './tool.service';
import { ToolDeletionResolver } from './tool-deletion.resolver';
import { ToolDeletionService } from './tool-deletion.service';

export const TOOLS_RESOLVERS = [SalesToolResolver, SurveyResolver, ToolDeletionResolver];

@Module({
  imports: [OrgModule],
  providers: [...TOOLS_RESOLVERS, ToolService, SurveyService, SurveyResultsService, ToolDeletionService],
})
export class ToolsModule {}
