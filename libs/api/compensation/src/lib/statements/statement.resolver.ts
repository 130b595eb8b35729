import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentPrincipal,
  KeyAccess,
  PeriodKeyArg,
  type Principal,
  Role,
  Roles,
  UuidArg,
} from '@salesops/api/core';

import {
  AdjustPayoutInput,
  PAY_PERIOD_TYPES,
  PayoutDisputeDto,
  PayoutReconciliationDto,
  RaiseDisputeInput,
  ResolveDisputeInput,
} from '../dtos/payout.dto';
import { PayoutLineDealDto, PayoutStatementDto } from '../dtos/statement.dto';
import { DisputeStatus } from '../entities/payout-dispute.entity';
import { PayoutService } from './payout.service';
import { StatementService } from './statement.service';

/** Payout statements: a rep reads their own, a manager their reps', an admin (or a READ key, for payroll) all. */
@Resolver()
@Roles(Role.ADMIN)
@KeyAccess('COMPENSATION')
export class StatementResolver {
  constructor(
    private readonly statements: StatementService,
    private readonly payouts: PayoutService,
  ) {}

  @Query(() => [PayoutStatementDto], {
    description:
      'Every statement of a pay period the caller may see; live while the period is open, frozen once it closes',
  })
  @Roles(Role.ADMIN, Role.MANAGER, Role.REP)
  payoutStatements(
    @CurrentPrincipal() principal: Principal,
    @PeriodKeyArg('period', PAY_PERIOD_TYPES) period: string,
  ): Promise<PayoutStatementDto[]> {
    return this.statements.statements(principal, period);
  }

  @Query(() => PayoutStatementDto, {
    nullable: true,
    description:
      "One rep's statement; null when no plan paid them in the period. Another rep's id answers NOT_FOUND",
  })
  @Roles(Role.ADMIN, Role.MANAGER, Role.REP)
  payoutStatement(
    @CurrentPrincipal() principal: Principal,
    @UuidArg('repId') repId: string,
    @PeriodKeyArg('period', PAY_PERIOD_TYPES) period: string,
  ): Promise<PayoutStatementDto | null> {
    return this.statements.statement(principal, repId, period);
  }

  @Query(() => [PayoutLineDealDto], {
    description: 'The deals one statement line measured (at most 500, by date)',
  })
  @Roles(Role.ADMIN, Role.MANAGER, Role.REP)
  payoutLineDeals(
    @CurrentPrincipal() principal: Principal,
    @UuidArg('repId') repId: string,
    @PeriodKeyArg('period', PAY_PERIOD_TYPES) period: string,
    @Args('lineKey') lineKey: string,
  ): Promise<PayoutLineDealDto[]> {
    return this.statements.lineDeals(principal, repId, period, lineKey);
  }

  @Query(() => [PayoutDisputeDto], { description: 'Disputes the caller may see, open ones first' })
  @Roles(Role.ADMIN, Role.MANAGER, Role.REP)
  payoutDisputes(
    @CurrentPrincipal() principal: Principal,
    @Args('status', { type: () => DisputeStatus, nullable: true }) status?: DisputeStatus | null,
  ): Promise<PayoutDisputeDto[]> {
    return this.payouts.disputes(principal, { status });
  }

  @Mutation(() => PayoutStatementDto, {
    description:
      "Books an adjustment or a clawback, with its reason, on a rep's statement of an open pay period",
  })
  adjustPayout(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AdjustPayoutInput,
  ): Promise<PayoutStatementDto> {
    return this.payouts.adjust(principal, input);
  }

  @Mutation(() => PayoutDisputeDto, {
    description: 'The signed-in rep questions one line of their own statement',
  })
  @Roles(Role.REP)
  raisePayoutDispute(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RaiseDisputeInput,
  ): Promise<PayoutDisputeDto> {
    return this.payouts.raise(principal, input);
  }

  @Mutation(() => PayoutDisputeDto, {
    description: 'Answers an open dispute, with an adjustment linked to it or with no change',
  })
  resolvePayoutDispute(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ResolveDisputeInput,
  ): Promise<PayoutDisputeDto> {
    return this.payouts.resolve(principal, input);
  }

  @Mutation(() => PayoutReconciliationDto, {
    description:
      'Books now, on the statements of an open pay period, the corrections closed periods owe because their deals changed after they closed: what each would pay now minus what it paid (and minus earlier corrections), a CLAWBACK when negative. Idempotent; closing a pay period runs it first',
  })
  reconcilePayouts(
    @CurrentPrincipal() principal: Principal,
    @PeriodKeyArg('period', PAY_PERIOD_TYPES) period: string,
  ): Promise<PayoutReconciliationDto> {
    return this.payouts.reconcile(principal, period);
  }
}
