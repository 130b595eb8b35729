import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { KeyAccess, Role, Roles, UuidArg } from '@salesops/api/core';

import { CompPlanService } from './comp-plan.service';
import { CompPlanDto, PlanVersionDto } from './dtos/comp-plan.dto';
import {
  CreateCompPlanInput,
  NewPlanVersionInput,
  PlanVersionRefInput,
  SavePlanDraftInput,
} from './dtos/save-plan.input';

/** Comp plans: admins write them; managers read them (a rep reads their own through myPlans). */
@Resolver()
@Roles(Role.ADMIN)
@KeyAccess('COMPENSATION')
export class CompPlanResolver {
  constructor(private readonly plans: CompPlanService) {}

  @Query(() => [CompPlanDto], { description: 'Every comp plan with its versions, newest first' })
  @Roles(Role.ADMIN, Role.MANAGER)
  compPlans(): Promise<CompPlanDto[]> {
    return this.plans.list();
  }

  @Query(() => PlanVersionDto, { description: 'One plan version with its document and rules' })
  @Roles(Role.ADMIN, Role.MANAGER)
  planVersion(@UuidArg('id') id: string): Promise<PlanVersionDto> {
    return this.plans.version(id);
  }

  @Mutation(() => PlanVersionDto, { description: 'A new plan with its first version, as a draft' })
  createCompPlan(@Args('input') input: CreateCompPlanInput): Promise<PlanVersionDto> {
    return this.plans.create(input);
  }

  @Mutation(() => PlanVersionDto, {
    description: 'Saves a draft version (document, rules, dates); a published version cannot change',
  })
  savePlanDraft(@Args('input') input: SavePlanDraftInput): Promise<PlanVersionDto> {
    return this.plans.saveDraft(input);
  }

  @Mutation(() => PlanVersionDto, {
    description: 'A new draft version of a plan, copied from its latest version',
  })
  newPlanVersion(@Args('input') input: NewPlanVersionInput): Promise<PlanVersionDto> {
    return this.plans.newVersion(input.planId);
  }

  @Mutation(() => PlanVersionDto, {
    description:
      'Publishes a draft: it is fixed from then on, and reps on earlier published versions of the plan move to it from its effectiveFrom (those versions retire). Statements of closed pay periods never change',
  })
  publishPlanVersion(@Args('input') input: PlanVersionRefInput): Promise<PlanVersionDto> {
    return this.plans.publish(input.versionId);
  }

  @Mutation(() => PlanVersionDto, {
    description: 'Retires a published version; its statements stay as they are',
  })
  retirePlanVersion(@Args('input') input: PlanVersionRefInput): Promise<PlanVersionDto> {
    return this.plans.retire(input.versionId);
  }

  @Mutation(() => Boolean, { description: 'Deletes a draft version that nobody is assigned to' })
  deletePlanDraft(@Args('input') input: PlanVersionRefInput): Promise<boolean> {
    return this.plans.deleteDraft(input.versionId);
  }
}
