import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  AppError,
  AuditService,
  auditSummary,
  inTransaction,
  type Principal,
  Role,
} from '@salesops/api/core';
import {
  addDays,
  type FiscalCalendar,
  parsePeriodKey,
  type Period,
  periodContaining,
  todayIsoDate,
} from '@salesops/domain';
import { DataSource } from 'typeorm';

import { type PayPeriodDto } from './pay-period.dto';
import { PayPeriodStatus } from './pay-period.entity';
import {
  closePayPeriod,
  countGoalsWithin,
  goalCountsWithin,
  lockGoalsAgainstWrites,
  payPeriodRows,
  periodClosedAlready,
} from './pay-period.queries';
import { PayoutService } from './statements/payout.service';
import { StatementService } from './statements/statement.service';

/** A fiscal year, then its quarters, then its months: the periods pay can be settled for. */
export function payPeriodsOf(year: Period, calendar: FiscalCalendar): Period[] {
  const periods: Period[] = [year];
  for (let q = 1; q <= 4; q++) periods.push(parsePeriodKey(`${year.key}-Q${q}`, calendar) as Period);
  for (
    let month = periodContaining(year.start, 'MONTH', calendar);
    month.start < year.end;
    month = periodContaining(month.end, 'MONTH', calendar)
  ) {
    periods.push(month);
  }
  return periods;
}

/** Pay periods: which fiscal years, quarters and months are settled, and closing one (final). */
@Injectable()
export class PayPeriodService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly statements: StatementService,
    private readonly payouts: PayoutService,
  ) {}

  private get calendar() {
    return { startMonth: this.config.fiscalYearStartMonth };
  }

  private parse(key: string, field: string): Period {
    return this.statements.payPeriod(key, field);
  }

  /**
   * The fiscal year, its quarters and its months, in order, each with its status. How many goals each
   * holds counts the whole company's goals: only admins get it.
   */
  async list(principal: Principal, fiscalYear: string): Promise<PayPeriodDto[]> {
    const year = this.parse(fiscalYear, 'fiscalYear');
    if (year.type !== 'YEAR') throw AppError.badInput('fiscalYear', 'must be a fiscal year such as FY2017');
    const periods = payPeriodsOf(year, this.calendar);
    const keys = periods.map((p) => p.key);
    const rows = await payPeriodRows(this.dataSource, keys);
    const counts = principal.role !== Role.ADMIN ? [] : await goalCountsWithin(this.dataSource, periods);
    const byKey = new Map(rows.map((row) => [row.period_key, row]));
    const countOf = new Map(counts.map((row) => [row.period_key, Number(row.n)]));
    const today = todayIsoDate();
    return periods.map((period) => {
      const row = byKey.get(period.key);
      const status = row?.status ?? PayPeriodStatus.OPEN;
      return {
        period: period.key,
        type: period.type,
        start: period.start,
        end: period.end,
        status,
        closedAt: row?.closed_at ?? null,
        closedByName: row?.closed_by_name ?? null,
        closable: status === PayPeriodStatus.OPEN && period.end <= today,
        goalCount: principal.role === Role.ADMIN ? (countOf.get(period.key) ?? 0) : null,
      };
    });
  }

  /**
   * Closes a pay period for good. Goal writes are held off while it closes (a SHARE lock on goal), so
   * no goal inside it can slip in between the check and the close; from then on the database refuses
   * them. The payout statements of plans paid at the period's frequency are computed and stored in the
   * same transaction: what closes is exactly what was paid.
   */
  async close(principal: Principal, key: string): Promise<PayPeriodDto> {
    const period = this.parse(key, 'period');
    if (period.end > todayIsoDate())
      throw AppError.badInput(
        'period',
        `${period.key} has not ended yet (its last day is ${addDays(period.end, -1)}); close it once it has`,
      );
    await inTransaction(this.dataSource, async (manager) => {
      await lockGoalsAgainstWrites(manager);
      if (await periodClosedAlready(manager, period.key))
        throw AppError.conflict(`${period.key} is closed already`, 'period');
      // Corrections that earlier closed periods owe (their deals changed since) land on this period's
      // statements before they freeze.
      const reconciled = await this.payouts.reconcileInto(manager, period, principal.userId);
      // Not closed here: the period was closed already (the WHERE of the upsert kept it as it was).
      if (!(await closePayPeriod(manager, period, principal.userId)))
        throw AppError.conflict(`${period.key} is closed already`, 'period');
      const n = await countGoalsWithin(manager, period.start, period.end);
      // The period's row says CLOSED from here on, so the database accepts its frozen statements.
      const statements = await this.statements.freeze(manager, period);
      await this.audit.record(manager, {
        action: 'pay_period.close',
        entityType: 'pay_period',
        entityId: null,
        summary:
          statements > 0
            ? auditSummary('pay_period.close.statements', { period: period.key, count: n, statements })
            : auditSummary('pay_period.close', { period: period.key, count: n }),
        after: {
          period: period.key,
          status: PayPeriodStatus.CLOSED,
          lockedGoals: n,
          frozenStatements: statements,
          corrections: reconciled.corrections.length,
        },
      });
    });
    const fiscalYear = periodContaining(period.start, 'YEAR', this.calendar).key;
    return (await this.list(principal, fiscalYear)).find((p) => p.period === period.key) as PayPeriodDto;
  }
}
