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
import { RoutingService } from './routing.service';
import { type RoutingExplanation } from './routing-explanation';

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
    const rows: {
      rep_id: string;
      name: string;
      active: boolean;
      weight: number;
      capacity_per_month: number | null;
      routed: string;
      absences: RoutingRuleDto['absences'];
    }[] = await this.dataSource.query(
      `SELECT r.id AS rep_id, r.name, r.active, coalesce(rr.weight, 1) AS weight, rr.capacity_per_month,
                (SELECT count(*) FROM routing_decision d WHERE d.rep_id = r.id AND d.decided_at >= date_trunc('month', now())) AS routed,
                coalesce((SELECT json_agg(json_build_object('id', a.id, 'startsOn', to_char(a.starts_on, 'YYYY-MM-DD'),
                                   'endsOn', to_char(a.ends_on, 'YYYY-MM-DD'), 'reason', a.reason) ORDER BY a.starts_on)
                            FROM rep_absence a WHERE a.rep_id = r.id AND a.ends_on >= current_date), '[]') AS absences
           FROM rep r LEFT JOIN routing_rule rr ON rr.rep_id = r.id
          ORDER BY lower(r.name)`,
    );
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
    const rows: {
      id: string;
      external_id: string;
      rep_name: string | null;
      decided_at: Date;
      reason: string;
      explanation: RoutingExplanation | null;
    }[] = await this.dataSource.query(
      `SELECT d.id, deal.external_id, r.name AS rep_name, d.decided_at, d.reason, d.explanation
           FROM routing_decision d JOIN deal ON deal.id = d.deal_id LEFT JOIN rep r ON r.id = d.rep_id
          WHERE ($1::uuid IS NULL OR d.rep_id = $1) AND ($2::text IS NULL OR deal.external_id = $2)
          ORDER BY d.decided_at DESC, d.id LIMIT $3 OFFSET $4`,
      [args.repId ?? null, args.dealExternalId ?? null, args.first, args.offset],
    );
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
