import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type ConnectionResult, CurrentPrincipal, type Principal, Role, Roles } from '@salesops/api/core';
import { DealService } from './deal.service';
import { DealConnection, type DealDto, SalesStageDto, UpsertDealsResultDto } from './dtos/pipeline.dto';
import { DealsArgs, UpsertDealsInput } from './dtos/pipeline.inputs';
import { SalesStageService } from './sales-stage.service';

@Resolver()
@Roles(Role.ADMIN, Role.MANAGER, Role.REP)
export class PipelineResolver {
  constructor(
    private readonly dealService: DealService,
    private readonly stages: SalesStageService,
  ) {}

  @Query(() => [SalesStageDto], { description: 'The sales process, in funnel order' })
  salesStages(): Promise<SalesStageDto[]> {
    return this.stages.list();
  }

  @Query(() => DealConnection, { description: 'Deals the caller may see: all, their subtree\'s reps, or their own' })
  deals(@CurrentPrincipal() principal: Principal, @Args() args: DealsArgs): Promise<ConnectionResult<DealDto>> {
    return this.dealService.list(principal, args);
  }

  @Mutation(() => UpsertDealsResultDto, {
    description: 'Inserts or updates up to 1,000 deals by external id, by the same rules as a CSV import; all or nothing',
  })
  @Roles(Role.ADMIN)
  upsertDeals(@Args('input') input: UpsertDealsInput): Promise<UpsertDealsResultDto> {
    return this.dealService.upsert(input);
  }

  @Query(() => SalesStageDto)
  salesStage(@Args('id', { type: () => ID }) id: string): Promise<SalesStageDto> {
    return this.stages.get(id);
  }
}
