import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  type ConnectionResult,
  CurrentPrincipal,
  KeyAccess,
  type Principal,
  Role,
  Roles,
  SelectedFields,
  UuidArg,
} from '@salesops/api/core';

import { type DealNode, DealService } from './deal.service';
import { DealConnection, SalesStageDto, UpsertDealsResultDto } from './dtos/pipeline.dto';
import { DealsArgs, UpsertDealsInput } from './dtos/pipeline.inputs';
import { CreateSalesStageInput, UpdateSalesStageInput } from './dtos/sales-stage.inputs';
import { SalesStageService } from './sales-stage.service';

@Resolver()
@KeyAccess('PIPELINE')
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

  @Query(() => DealConnection, {
    description: "Deals the caller may see: all, their subtree's reps, or their own",
  })
  deals(
    @CurrentPrincipal() principal: Principal,
    @Args() args: DealsArgs,
    @SelectedFields('edges.node') fields: ReadonlySet<string>,
  ): Promise<ConnectionResult<DealNode>> {
    // Only the columns of the fields the query selects.
    return this.dealService.list(principal, args, fields);
  }

  @Mutation(() => UpsertDealsResultDto, {
    description:
      'Inserts or updates up to 1,000 deals by external id, by the same rules as a CSV import; all or nothing',
  })
  @Roles(Role.ADMIN)
  upsertDeals(@Args('input') input: UpsertDealsInput): Promise<UpsertDealsResultDto> {
    return this.dealService.upsert(input);
  }

  @Mutation(() => SalesStageDto, { description: 'Adds a stage to the sales process' })
  @Roles(Role.ADMIN)
  createSalesStage(@Args('input') input: CreateSalesStageInput): Promise<SalesStageDto> {
    return this.stages.create(input);
  }

  @Mutation(() => SalesStageDto, { description: 'Renames, reorders or re-weights a stage' })
  @Roles(Role.ADMIN)
  updateSalesStage(@Args('input') input: UpdateSalesStageInput): Promise<SalesStageDto> {
    return this.stages.update(input);
  }

  @Query(() => SalesStageDto)
  salesStage(@UuidArg('id') id: string): Promise<SalesStageDto> {
    return this.stages.get(id);
  }
}
