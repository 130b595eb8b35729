import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { KeyAccess, Role, Roles, UuidArg } from '@salesops/api/core';
import { DataSource } from 'typeorm';

import {
  AddAbsenceInput,
  RoutingDecisionDto,
  RoutingDecisionsArgs,
  RoutingOutcomeDto,
  RoutingRuleDto,
  SetRoutingRuleInput,
} from './routing.dto';
import { routingDecisionRows, routingRuleRows } from './routing.queries';
import { RoutingService } from './routing.service';

/** Lead routing settings and decisions: sales ops only. */
@Resolver()
@KeyAccess('PIPELINE')
@Roles(Role.ADMIN)
export class RoutingResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly routing: RoutingService,
  ) {}

  @Query(() => [RoutingRuleDto], {
    description: 'Every rep with their routing weight, cap, load this month and absences',
  })
  async routingRules(): Promise<RoutingRuleDto[]> {
    const rows = await routingRuleRows(this.dataSource);
    return rows.map((row) => ({
      repId: row.rep_id,
      repName: row.name,
      repActive: row.active,
      weight: Number(row.weight),
      capacityPerMonth: row.capacity_per_month,
      routedThisMonth: Number(row.routed),
      absences: row.absences,
    }));
  }

  @Query(() => [RoutingDecisionDto], { description: 'Routing decisions, newest first' })
  async routingDecisions(@Args() args: RoutingDecisionsArgs): Promise<RoutingDecisionDto[]> {
    const rows = await routingDecisionRows(this.dataSource, {
      repId: args.repId ?? null,
      dealExternalId: args.dealExternalId ?? null,
      first: args.first,
      offset: args.offset,
    });
    return rows.map((row) => ({
      id: row.id,
      dealExternalId: row.external_id,
      repName: row.rep_name,
      decidedAt: row.decided_at,
      reason: row.reason,
      weight: row.explanation?.weight ?? null,
      availableReps: row.explanation?.availableReps ?? null,
      skipped: row.explanation?.skipped ?? [],
    }));
  }

  @Mutation(() => Boolean)
  async setRoutingRule(@Args('input') input: SetRoutingRuleInput): Promise<boolean> {
    await this.routing.setRule(input.repId, input.weight, input.capacityPerMonth ?? null);
    return true;
  }

  @Mutation(() => ID, { description: 'Records days a rep is away; routing skips them then' })
  addAbsence(@Args('input') input: AddAbsenceInput): Promise<string> {
    return this.routing.addAbsence(input.repId, input.startsOn, input.endsOn, input.reason ?? null);
  }

  @Mutation(() => Boolean)
  async removeAbsence(@UuidArg('id') id: string): Promise<boolean> {
    await this.routing.removeAbsence(id);
    return true;
  }

  @Mutation(() => RoutingOutcomeDto, {
    description: 'Routes every open deal that has no rep (imports and upserts do this by themselves)',
  })
  routeUnassignedDeals(): Promise<RoutingOutcomeDto> {
    return this.routing.routeUnassigned();
  }
}
