import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuditService,
  auditSummary,
  type ConnectionResult,
  inTransaction,
  mapNodes,
  paginateRows,
  type Principal,
  SortDirection,
} from '@salesops/api/core';
import { OrgScopeService } from '@salesops/api/org';
import { DataSource } from 'typeorm';

import {
  DEAL_ID,
  DEAL_SORTS,
  type DealListRow,
  type DealListScope,
  dealsCount,
  dealsPage,
} from './deal.queries';
import { ChangeSource } from './deal-stage-change.entity';
import { type DealDto, toMoneyDto } from './dtos/pipeline.dto';
import {
  type DealInput,
  type DealsArgs,
  DealSortField,
  DealTeamMembership,
  type UpsertDealsInput,
} from './dtos/pipeline.inputs';
import { DealImportService } from './import/deal-import.service';
import { type DealImportMapping } from './import/deal-import-mapping';
import { columnIndexes, type DealRow, toDealRow } from './import/deal-row';
import { type UpsertCounts, upsertDeals } from './import/upsert-deals';
import { RoutingService } from './routing/routing.service';

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

  /**
   * A page of the deals the caller may see, each with the columns `fields` needs (`selectedFields` of
   * `Deal`; every column without it).
   */
  async list(
    principal: Principal,
    args: DealsArgs,
    fields?: ReadonlySet<string>,
  ): Promise<ConnectionResult<DealNode>> {
    const filter = args.filter ?? {};
    const teamIds = filter.teamId ? await this.scope.subtreeIds(filter.teamId) : null;
    // Each filter taken at a day needs that day (bookAt); the first without it is refused.
    if (filter.teamId && filter.teamMembership === DealTeamMembership.BEFORE_BOOK_DAY && !filter.bookAt)
      throw AppError.invalidFields([
        {
          field: 'filter.teamMembership',
          message: 'BEFORE_BOOK_DAY needs filter.bookAt, the day after the one membership is taken on',
        },
      ]);
    if (filter.statusAt && !filter.bookAt)
      throw AppError.invalidFields([
        { field: 'filter.statusAt', message: 'needs filter.bookAt, the day the status is taken at' },
      ]);
    if (filter.funnelStep && !filter.bookAt)
      throw AppError.invalidFields([
        { field: 'filter.funnelStep', message: 'needs filter.bookAt, the day the funnel is taken at' },
      ]);
    const scope: DealListScope = { principal, filter, teamIds, fields };
    const sort = args.sort ?? { field: DealSortField.UPDATED_AT, direction: SortDirection.DESC };
    const page = await paginateRows<DealListRow>(
      this.dataSource,
      { ...DEAL_SORTS[sort.field], direction: sort.direction },
      DEAL_ID,
      args,
      { pageQuery: (clauses) => dealsPage(scope, clauses), countQuery: dealsCount(scope) },
    );
    return mapNodes(page, toDealNode);
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

/** A deal of the list: its id, and the fields the query selects (`toDealNode`). */
export type DealNode = Pick<DealDto, 'id'> & Partial<DealDto>;

/**
 * A deal of the list as the API shows it: only the fields whose columns the statement read are there (a
 * money field needs its amount and currency both).
 */
export function toDealNode(deal: DealListRow): DealNode {
  const amount =
    deal.amount_minor === undefined || deal.currency === undefined
      ? undefined
      : deal.amount_minor === null
        ? null
        : toMoneyDto(deal.amount_minor, deal.currency.trim());
  const listPrice =
    deal.list_price_minor === undefined || deal.product_currency === undefined
      ? undefined
      : deal.list_price_minor
        ? toMoneyDto(deal.list_price_minor, (deal.product_currency ?? '').trim())
        : null;
  return {
    id: deal.id,
    externalId: deal.external_id,
    repId: deal.rep_id,
    repName: deal.rep_name,
    accountName: deal.account_name,
    productName: deal.product_name,
    amount,
    // What open pipeline counts: the amount, else the product's list price.
    value: amount === undefined || listPrice === undefined ? undefined : (amount ?? listPrice),
    listPrice,
    stageId: deal.stage_id,
    stageName: deal.stage_name,
    stageKind: deal.stage_kind,
    engageDate: deal.engage_date,
    expectedCloseDate: deal.expected_close_date,
    closeDatePushes: deal.close_date_pushes,
    closeDate: deal.close_date,
    warnings: deal.warnings,
    updatedAt: deal.updated_at,
  };
}
