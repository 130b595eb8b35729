import { Global, Module } from '@nestjs/common';

import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

export const AUDIT_RESOLVERS = [AuditResolver];

/** Global: every area records its changes through AuditService. */
@Global()
@Module({ providers: [AuditService, ...AUDIT_RESOLVERS], exports: [AuditService] })
export class AuditModule {}
