import {
  allOf,
  likePattern,
  type PageClauses,
  type PagedRow,
  type Principal,
  type RowsSort,
  selectedColumns,
  sql,
  type SqlFragment,
} from '@salesops/api/core';
import { repVisibleTo } from '@salesops/api/org';
import { type DealWarning } from '@salesops/domain';

import { type DealFilter, DealSortField, DealStatusAt, DealTeamMembership } from './dtos/pipeline.inputs';
import { funnelStepDeals } from './funnel-book.queries';
import { type StageKind } from './sales-stage.entity';

/** The deals list's sort orders (each kept by a paging index, `ix_deal_page_*`). */
export const DEAL_SORTS: Record<DealSortField, Omit<RowsSort, 'direction'>> = {
  [DealSortField.CLOSE_DATE]: { expression: sql`coalesce(deal.close_date, DATE '0001-01-01')`, type: 'date' },
  [DealSortField.ENGAGE_DATE]: {
    expression: sql`coalesce(deal.engage_date, DATE '0001-01-01')`,
    type: 'date',
  },
  [DealSortField.AMOUNT]: { expression: sql`coalesce(deal.amount_minor, -1)`, type: 'bigint' },
  [DealSortField.UPDATED_AT]: { expression: sql`deal.updated_at`, type: 'timestamptz' },
};

/** The column the deals list pages on after its sort expression. */
export const DEAL_ID = sql`deal.id`;

/**
 * A deal of the list with the names it shows; money in minor units as text, dates as `YYYY-MM-DD`. Only the
 * columns of the fields the query selects are read (`DealListScope.fields`): the others are absent.
 */
export interface DealListRow extends PagedRow {
  external_id?: string;
  rep_id?: string | null;
  rep_name?: string | null;
  account_name?: string | null;
  product_name?: string | null;
  list_price_minor?: string | null;
  product_currency?: string | null;
  amount_minor?: string | null;
  currency?: string;
  stage_id?: string;
  stage_name?: string;
  stage_kind?: StageKind;
  engage_date?: string | null;
  expected_close_date?: string | null;
  close_date_pushes?: number;
  close_date?: string | null;
  warnings?: DealWarning[];
  updated_at?: Date;
}

/**
 * What the deals list is narrowed to: who asks, the filter as given (checked by the service), and with a
 * team filter the team's subtree.
 */
export interface DealListScope {
  principal: Principal;
  filter: DealFilter;
  /** The fields of `Deal` the query selects (`selectedFields`); `undefined`: every column. */
  fields?: ReadonlySet<string>;
  teamIds: readonly string[] | null;
}

/** The deals the caller may see (`repVisibleTo`) that the filter selects; a deal is `deal` and its stage `stage`. */
function dealsWhere({ principal, filter, teamIds }: DealListScope): SqlFragment {
  const { bookAt, statusAt, funnelStep } = filter;
  // The funnels' book (repFunnels, funnelSteps): closed only if it closed before the day (a closed deal
  // without a close date is closed in every book).
  const closedThen = sql`(stage.kind <> 'OPEN' AND (deal.close_date IS NULL OR deal.close_date < ${bookAt}))`;
  const search = filter.search?.trim() ? likePattern(filter.search) : null;
  return allOf([
    repVisibleTo(principal, sql`deal.rep_id`),
    filter.repId ? sql`deal.rep_id = ${filter.repId}` : null,
    teamIds ? inTeam(teamIds, filter.teamMembership ?? DealTeamMembership.CURRENT, bookAt) : null,
    filter.assigned === true && sql`deal.rep_id IS NOT NULL`,
    filter.assigned === false && sql`deal.rep_id IS NULL`,
    filter.stageId ? sql`deal.stage_id = ${filter.stageId}` : null,
    filter.stageKind ? sql`stage.kind = ${filter.stageKind}` : null,
    filter.closedFrom ? sql`deal.close_date >= ${filter.closedFrom}` : null,
    filter.closedTo ? sql`deal.close_date <= ${filter.closedTo}` : null,
    filter.engagedFrom ? sql`deal.engage_date >= ${filter.engagedFrom}` : null,
    filter.engagedTo ? sql`deal.engage_date <= ${filter.engagedTo}` : null,
    funnelStep && bookAt
      ? sql`deal.id IN (${funnelStepDeals(bookAt, funnelStep.stageId, funnelStep.outcome)})`
      : null,
    bookAt ? sql`deal.engage_date IS NULL OR deal.engage_date < ${bookAt}` : null,
    bookAt && statusAt === DealStatusAt.OPEN ? sql`NOT coalesce(${closedThen}, false)` : null,
    bookAt && statusAt && statusAt !== DealStatusAt.OPEN
      ? sql`${closedThen} AND stage.kind = ${statusAt}`
      : null,
    filter.flagged === true && sql`cardinality(deal.warnings) > 0`,
    filter.flagged === false && sql`cardinality(deal.warnings) = 0`,
    filter.warning ? sql`${filter.warning} = ANY(deal.warnings)` : null,
    filter.minClosePushes
      ? sql`stage.kind = 'OPEN' AND deal.close_date_pushes >= ${filter.minClosePushes}`
      : null,
    search
      ? sql`deal.external_id ILIKE ${search} ESCAPE '\\' OR account.name ILIKE ${search} ESCAPE '\\'`
      : null,
  ]);
}

/**
 * The deals of reps in one of `teamIds`: now (CURRENT), or by membership history on the deal's close
 * date, its engage date, or the day before `bookAt`. With `bookAt`, a lead not engaged yet counts for the
 * team of the day before it, as a team's funnel counts it (funnelOfTeam).
 */
function inTeam(
  teamIds: readonly string[],
  membership: DealTeamMembership,
  bookAt: string | undefined,
): SqlFragment {
  const dayBeforeBook = sql`(CAST(${bookAt} AS date) - 1)`;
  const onDate = {
    [DealTeamMembership.CURRENT]: null,
    [DealTeamMembership.ON_CLOSE_DATE]: sql`deal.close_date`,
    [DealTeamMembership.ON_ENGAGE_DATE]: bookAt
      ? sql`coalesce(deal.engage_date, ${dayBeforeBook})`
      : sql`deal.engage_date`,
    [DealTeamMembership.BEFORE_BOOK_DAY]: dayBeforeBook,
  }[membership];
  if (onDate === null) return sql`rep.team_id = ANY(${teamIds})`;
  return sql`EXISTS (SELECT 1 FROM rep_team_membership m WHERE m.rep_id = deal.rep_id AND m.team_id = ANY(${teamIds})
              AND ${onDate} >= m.valid_from AND (m.valid_to IS NULL OR ${onDate} < m.valid_to))`;
}

/** The deals and the names they show (`rep` and `account` may be referred to by a condition). */
const DEALS_FROM = sql`deal
  LEFT JOIN rep ON rep.id = deal.rep_id
  LEFT JOIN account ON account.id = deal.account_id
  LEFT JOIN product ON product.id = deal.product_id
  JOIN sales_stage stage ON stage.id = deal.stage_id`;

/** A deal's columns beyond its id, as `DealListRow` names. */
const DEAL_COLUMNS = {
  external_id: sql`deal.external_id`,
  rep_id: sql`deal.rep_id`,
  rep_name: sql`rep.name AS rep_name`,
  account_name: sql`account.name AS account_name`,
  product_name: sql`product.name AS product_name`,
  list_price_minor: sql`product.list_price_minor`,
  product_currency: sql`product.currency AS product_currency`,
  amount_minor: sql`deal.amount_minor`,
  currency: sql`deal.currency`,
  stage_id: sql`deal.stage_id`,
  stage_name: sql`stage.name AS stage_name`,
  stage_kind: sql`stage.kind AS stage_kind`,
  engage_date: sql`deal.engage_date::text AS engage_date`,
  expected_close_date: sql`deal.expected_close_date::text AS expected_close_date`,
  close_date_pushes: sql`deal.close_date_pushes`,
  close_date: sql`deal.close_date::text AS close_date`,
  warnings: sql`deal.warnings`,
  updated_at: sql`deal.updated_at`,
};

/** The columns each field of `Deal` needs besides its id (`toDealNode` builds the money from them). */
const DEAL_FIELD_COLUMNS: Record<string, readonly (keyof typeof DEAL_COLUMNS)[]> = {
  id: [],
  externalId: ['external_id'],
  repId: ['rep_id'],
  repName: ['rep_name'],
  accountName: ['account_name'],
  productName: ['product_name'],
  amount: ['amount_minor', 'currency'],
  value: ['amount_minor', 'currency', 'list_price_minor', 'product_currency'],
  listPrice: ['list_price_minor', 'product_currency'],
  stageId: ['stage_id'],
  stageName: ['stage_name'],
  stageKind: ['stage_kind'],
  engageDate: ['engage_date'],
  expectedCloseDate: ['expected_close_date'],
  closeDatePushes: ['close_date_pushes'],
  closeDate: ['close_date'],
  warnings: ['warnings'],
  updatedAt: ['updated_at'],
};

/**
 * One page of the deals list (`paginateRows`): the columns the selected fields need. A LEFT JOIN that no
 * column and no condition uses is left out by PostgreSQL's planner (each is on a unique key).
 */
export function dealsPage(scope: DealListScope, page: PageClauses): SqlFragment {
  return sql`SELECT deal.id${selectedColumns(scope.fields, DEAL_COLUMNS, DEAL_FIELD_COLUMNS)}, ${page.sortKey}
    FROM ${DEALS_FROM}
   WHERE ${dealsWhere(scope)} AND ${page.after}
   ${page.orderAndLimit}`;
}

/** How many deals the list holds in all pages (the joins it does not need are left out by PostgreSQL). */
export function dealsCount(scope: DealListScope): SqlFragment {
  return sql`SELECT count(*) AS count FROM ${DEALS_FROM} WHERE ${dealsWhere(scope)}`;
}
