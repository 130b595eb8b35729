import { Module } from '@nestjs/common';
import { AppConfig, PRINCIPAL_RESOLVER } from '@salesops/api/core';

import { ApiKeyResolver } from './api-key.resolver';
import { ApiKeyService } from './api-key.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { OrgLoaderFactory } from './org.loaders';
import { OrgDeletionResolver } from './org-deletion.resolver';
import { OrgImportResolver } from './org-import.resolver';
import { OrgImportService } from './org-import.service';
import { OrgScopeService } from './org-scope.service';
import { PrincipalCache } from './principal-cache';
import { RepResolver } from './rep.resolver';
import { RepService } from './rep.service';
import { RepErasureService } from './rep-erasure.service';
import { TeamResolver } from './team.resolver';
import { TeamService } from './team.service';
import { TeamArchiveService } from './team-archive.service';
import { UserService } from './user.service';

/** Resolvers of the org area, exported for schema generation without a database. */
export const ORG_RESOLVERS = [
  AuthResolver,
  TeamResolver,
  RepResolver,
  ApiKeyResolver,
  OrgDeletionResolver,
  OrgImportResolver,
];

@Module({
  providers: [
    ...ORG_RESOLVERS,
    ApiKeyService,
    AuthService,
    OrgImportService,
    OrgLoaderFactory,
    OrgScopeService,
    RepErasureService,
    RepService,
    TeamArchiveService,
    TeamService,
    UserService,
    { provide: PRINCIPAL_RESOLVER, useExisting: AuthService },
    {
      provide: PrincipalCache,
      useFactory: (config: AppConfig) => new PrincipalCache(config.sessionCacheSeconds * 1000),
      inject: [AppConfig],
    },
  ],
  exports: [PRINCIPAL_RESOLVER, UserService, OrgScopeService],
})
export class OrgModule {}
