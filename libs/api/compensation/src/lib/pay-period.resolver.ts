import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, KeyAccess, PeriodKeyArg, type Principal, Role, Roles } from '@salesops/api/core';

import { ClosePayPeriodInput, PayPeriodDto } from './pay-period.dto';
import { PayPeriodService } from './pay-period.service';

/** Pay periods: everyone signed in sees which are settled; admins close them. */
@Resolver()
@Roles(Role.ADMIN)
// Closing a pay period locks goals: the goals scope governs it until compensation has its own.
@KeyAccess('GOALS')
export class PayPeriodResolver {
  constructor(private readonly service: PayPeriodService) {}

  @Query(() => [PayPeriodDto], {
    description: 'A fiscal year, its quarters and its months, with which are closed',
  })
  @Roles(Role.ADMIN, Role.MANAGER, Role.REP)
  payPeriods(
    @CurrentPrincipal() principal: Principal,
    @PeriodKeyArg('fiscalYear', ['YEAR']) fiscalYear: string,
  ): Promise<PayPeriodDto[]> {
    return this.service.list(principal, fiscalYear.trim());
  }

  @Mutation(() => PayPeriodDto, {
    description: 'Closes an ended pay period for good: the goals inside it can no longer change',
  })
  closePayPeriod(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ClosePayPeriodInput,
  ): Promise<PayPeriodDto> {
    return this.service.close(principal, input.period);
  }
}
