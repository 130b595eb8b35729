import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuditService,
  auditSummary,
  type ConnectionResult,
  inTransaction,
  type KeysetSort,
  likePattern,
  paginate,
  type Principal,
  Role,
  SortDirection,
} from '@salesops/api/core';
import { OrgScopeService } from '@salesops/api/org';
import { DataSource } from 'typeorm';

import { DealEntity } from './deal.entity';
import { ChangeSource } from './deal-stage-change.entity';
import { type DealDto, toMoneyDto } from './dtos/pipeline.dto';
import {
  type DealInput,
  type DealsArgs,
  DealSortField,
  DealStatusAt,
  DealTeamMembership,
  type UpsertDealsInput,
} from './dtos/pipeline.inputs';
import { funnelStepDeals } from './funnel-book.queries';
import { DealImportService } from './import/deal-import.service';
import { type DealImportMapping } from './import/deal-import-mapping';
import { columnIndexes, type DealRow, toDealRow } from './import/deal-row';
import { type UpsertCounts, upsertDeals } from './import/upsert-deals';
import { RoutingService } from './routing/routing.service';

const SORTS: Record<DealSortField, Omit<KeysetSort, 'direction'>> = {
  [DealSortField.CLOSE_DATE]: { expression: "coalesce(deal.close_date, DATE '0001-01-01')", type: 'date' },
  [DealSortField.ENGAGE_DATE]: { expression: "coalesce(deal.engage_date, DATE '0001-01-01')", type: 'date' },
  [DealSortField.AMOUNT]: { expression: 'coalesce(deal.amount_minor, -1)', type: 'bigint' },
  [DealSortField.UPDATED_AT]: { expression: 'deal.updated_at', type: 'timestamptz' },
};

/** How integrators' deals map onto the import rules: one "column" per input field, reps by email. */
const API_FIELDS = [
  'externalId',
  'stage',
  'repEmail',
  'account',
  'product',
  'amount',
  'engageDate',
  'expectedCloseDate',
  'closeDate',
] as const;
const API_MAPPING: Omit<DealImportMapping, 'currency'> = {
  columns: {
    externalId: 'externalId',
    stage: 'stage',
    rep: 'repEmail',
    account: 'account',
    product: 'product',
    amount: 'amount',
    engageDate: 'engageDate',
    expectedCloseDate: 'expectedCloseDate',
    closeDate: 'closeDate',
  },
  repBy: 'EMAIL',
  stageNames: {},
  dateFormat: 'YYYY-MM-DD',
};

@Injectable()
export class DealService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: OrgScopeService,
    private readonly importer: DealImportService,
    private readonly routing: RoutingService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, args: DealsArgs): Promise<ConnectionResult<DealDto>> {
    const query = this.dataSource
      .getRepository(DealEntity)
      .createQueryBuilder('deal')
      .leftJoinAndSelect('deal.rep', 'rep')
      .leftJoinAndSelect('deal.account', 'account')
      .leftJoinAndSelect('deal.product', 'product')
      .innerJoinAndSelect('deal.stage', 'stage');
    if (principal.role === Role.REP) {
      query.andWhere('deal.rep_id = :ownId', { ownId: principal.repId });
    } else {
      const scope = await this.scope.teamScope(principal);
      if (scope.kind === 'teams') query.andWhere('rep.team_id = ANY(:scopeIds)', { scopeIds: scope.teamIds });
    }
    const filter = args.filter ?? {};
    if (filter.repId) query.andWhere('deal.rep_id = :repId', { repId: filter.repId });
    if (filter.teamId) {
      const teamIds = await this.scope.subtreeIds(filter.teamId);
      // A lead not engaged yet counts, in a book at bookAt, for the team of the day before (funnelOfTeam).
      const engaged = filter.bookAt
        ? 'coalesce(deal.engage_date, CAST(:bookAt AS date) - 1)'
        : 'deal.engage_date';
      if (filter.teamMembership === DealTeamMembership.BEFORE_BOOK_DAY && !filter.bookAt)
        throw AppError.invalidFields([
          {
            field: 'filter.teamMembership',
            message: 'BEFORE_BOOK_DAY needs filter.bookAt, the day after the one membership is taken on',
          },
        ]);
      const onDate = {
        [DealTeamMembership.ON_CLOSE_DATE]: 'deal.close_date',
        [DealTeamMembership.ON_ENGAGE_DATE]: engaged,
        [DealTeamMembership.BEFORE_BOOK_DAY]: '(CAST(:bookAt AS date) - 1)',
        [DealTeamMembership.CURRENT]: null,
      }[filter.teamMembership ?? DealTeamMembership.CURRENT];
      if (onDate === null) query.andWhere('rep.team_id = ANY(:teamIds)', { teamIds });
      else
        query.andWhere(
          `EXISTS (SELECT 1 FROM rep_team_membership m WHERE m.rep_id = deal.rep_id AND m.team_id = ANY(:teamIds)
              AND ${onDate} >= m.valid_from AND (m.valid_to IS NULL OR ${onDate} < m.valid_to))`,
          { teamIds, bookAt: filter.bookAt },
        );
    }
    if (filter.assigned === true) query.andWhere('deal.rep_id IS NOT NULL');
    if (filter.assigned === false) query.andWhere('deal.rep_id IS NULL');
    if (filter.stageId) query.andWhere('deal.stage_id = :stageId', { stageId: filter.stageId });
    if (filter.stageKind) query.andWhere('stage.kind = :stageKind', { stageKind: filter.stageKind });
    if (filter.closedFrom)
      query.andWhere('deal.close_date >= :closedFrom', { closedFrom: filter.closedFrom });
    if (filter.closedTo) query.andWhere('deal.close_date <= :closedTo', { closedTo: filter.closedTo });
    if (filter.engagedFrom)
      query.andWhere('deal.engage_date >= :engagedFrom', { engagedFrom: filter.engagedFrom });
    if (filter.engagedTo) query.andWhere('deal.engage_date <= :engagedTo', { engagedTo: filter.engagedTo });
    if (filter.statusAt && !filter.bookAt)
      throw AppError.invalidFields([
        { field: 'filter.statusAt', message: 'needs filter.bookAt, the day the status is taken at' },
      ]);
    if (filter.funnelStep && !filter.bookAt)
      throw AppError.invalidFields([
        { field: 'filter.funnelStep', message: 'needs filter.bookAt, the day the funnel is taken at' },
      ]);
    if (filter.funnelStep && filter.bookAt) {
      const { text, params } = funnelStepDeals(
        filter.bookAt,
        filter.funnelStep.stageId,
        filter.funnelStep.outcome,
      ).toNamed('funnel');
      query.andWhere(`deal.id IN (${text})`, params);
    }
    if (filter.bookAt) {
      // The funnels' book (repFunnels, funnelSteps): closed only if it closed before the day (a closed deal
      // without a close date is closed in every book).
      query.andWhere('(deal.engage_date IS NULL OR deal.engage_date < :bookAt)', { bookAt: filter.bookAt });
      const closedThen = "(stage.kind <> 'OPEN' AND (deal.close_date IS NULL OR deal.close_date < :bookAt))";
      if (filter.statusAt === DealStatusAt.OPEN) query.andWhere(`NOT coalesce(${closedThen}, false)`);
      else if (filter.statusAt)
        query.andWhere(`${closedThen} AND stage.kind = :statusAt`, { statusAt: filter.statusAt });
    }
    if (filter.flagged === true) query.andWhere('cardinality(deal.warnings) > 0');
    if (filter.flagged === false) query.andWhere('cardinality(deal.warnings) = 0');
    if (filter.warning) query.andWhere(':warning = ANY(deal.warnings)', { warning: filter.warning });
    if (filter.minClosePushes) {
      query.andWhere("stage.kind = 'OPEN' AND deal.close_date_pushes >= :minClosePushes", {
        minClosePushes: filter.minClosePushes,
      });
    }
    if (filter.search?.trim()) {
      const search = likePattern(filter.search);
      query.andWhere(
        "(deal.external_id ILIKE :search ESCAPE '\\' OR account.name ILIKE :search ESCAPE '\\')",
        { search },
      );
    }
    const sort = args.sort ?? { field: DealSortField.UPDATED_AT, direction: SortDirection.DESC };
    const page = await paginate(query, { ...SORTS[sort.field], direction: sort.direction }, args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toDealDto(edge.node) })),
    };
  }

  /** All or nothing: any invalid deal refuses the whole batch, naming `deals.<index>.<field>`. */
  async upsert(input: UpsertDealsInput): Promise<UpsertCounts> {
    const mapping: DealImportMapping = {
      ...API_MAPPING,
      currency: input.currency,
      refuseWarnings: input.refuseWarnings,
    };
    const lookups = await this.importer.loadLookups(mapping);
    const indexes = columnIndexes([...API_FIELDS], mapping.columns);
    const rows: DealRow[] = [];
    const errors: { field: string; message: string }[] = [];
    const seen = new Map<string, number>();
    input.deals.forEach((deal: DealInput, index) => {
      const result = toDealRow(
        API_FIELDS.map((field) => deal[field] ?? ''),
        indexes,
        mapping,
        lookups,
      );
      if (!result.ok) {
        for (const reason of result.reasons) {
          const column = (reason.params as { column?: string }).column;
          const field = API_FIELDS.find((name) => name === column) ?? 'externalId';
          errors.push({ field: `deals.${index}.${field}`, message: reason.text });
        }
      } else if (seen.has(result.row.externalId)) {
        errors.push({
          field: `deals.${index}.externalId`,
          message: `appears twice in the batch (also at ${seen.get(result.row.externalId)})`,
        });
      } else {
        seen.set(result.row.externalId, index);
        rows.push(result.row);
      }
    });
    if (errors.length > 0) throw AppError.invalidFields(errors);
    const counts = await inTransaction(this.dataSource, async (manager) => {
      const written = await upsertDeals(manager, rows, ChangeSource.API, null);
      await this.audit.record(manager, {
        action: 'deal.upsert',
        entityType: 'deal_batch',
        summary: auditSummary('deal.upsert', {
          count: rows.length,
          inserted: written.inserted,
          updated: written.updated,
          unchanged: written.unchanged,
        }),
        after: { ...written, externalIds: rows.map((row) => row.externalId) },
      });
      return written;
    });
    await this.routing.routeUnassigned();
    return counts;
  }
}

export function toDealDto(deal: DealEntity): DealDto {
  const amount = deal.amountMinor === null ? null : toMoneyDto(deal.amountMinor, deal.currency.trim());
  const listPrice = deal.product?.listPriceMinor
    ? toMoneyDto(deal.product.listPriceMinor, deal.product.currency.trim())
    : null;
  return {
    id: deal.id,
    externalId: deal.externalId,
    repId: deal.repId,
    repName: deal.rep?.name ?? null,
    accountName: deal.account?.name ?? null,
    productName: deal.product?.name ?? null,
    amount,
    // What open pipeline counts: the amount, else the product's list price.
    value: amount ?? listPrice,
    listPrice,
    stageId: deal.stageId,
    stageName: deal.stage?.name ?? '',
    stageKind: deal.stage?.kind as DealDto['stageKind'],
    engageDate: deal.engageDate,
    expectedCloseDate: deal.expectedCloseDate,
    closeDatePushes: deal.closeDatePushes,
    closeDate: deal.closeDate,
    warnings: deal.warnings,
    updatedAt: deal.updatedAt,
  };
}
