import { Mutation, Resolver } from '@nestjs/graphql';
import { KeyAccess, Role, Roles, UuidArg } from '@salesops/api/core';

import { ToolDeletionService } from './tool-deletion.service';

/** Deleting tools and surveys made by mistake: admins only, like the rest of the area's writes. */
@Resolver()
@Roles(Role.ADMIN)
@KeyAccess('TOOLS')
export class ToolDeletionResolver {
  constructor(private readonly deletion: ToolDeletionService) {}

  @Mutation(() => Boolean, {
    description:
      'Deletes a draft survey; a published one is refused (BAD_USER_INPUT on id): close it instead',
  })
  deleteSurvey(@UuidArg('id') id: string): Promise<boolean> {
    return this.deletion.deleteSurvey(id);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a tool with its seats and its draft surveys; refused (BAD_USER_INPUT on id) while a published survey is about it: retire it instead',
  })
  deleteSalesTool(@UuidArg('id') id: string): Promise<boolean> {
    return this.deletion.deleteTool(id);
  }
}
