import { Args, Query, Resolver } from '@nestjs/graphql';

import { Role } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { type ConnectionResult, mapNodes } from '../pagination/connection';
import { AuditEventConnection, type AuditEventDto, AuditEventsArgs } from './audit.dto';
import { AuditService } from './audit.service';
import { type AuditEventEntity } from './audit-event.entity';

/** The audit trail, for admins; read only (there is no mutation, and a trigger refuses changes). */
@Resolver()
@Roles(Role.ADMIN)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, { description: 'Changes, newest first' })
  async auditEvents(@Args() args: AuditEventsArgs): Promise<ConnectionResult<AuditEventDto>> {
    const page = await this.audit.list(args);
    return mapNodes(page, toDto);
  }
}

function toDto(event: AuditEventEntity): AuditEventDto {
  return {
    id: event.id,
    occurredAt: event.occurredAt,
    actorId: event.actorId,
    actorLabel: event.actorLabel,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    summary: event.summary,
    summaryKey: event.summaryKey,
    summaryParams: event.summaryParams === null ? null : JSON.stringify(event.summaryParams),
    before: event.before === null ? null : JSON.stringify(event.before),
    after: event.after === null ? null : JSON.stringify(event.after),
  };
}
