import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuditService,
  auditSummary,
  inTransaction,
  type Principal,
  sql,
  withLockedField,
} from '@salesops/api/core';
import { repVisibleTo } from '@salesops/api/org';
import { minorToDecimal, parseAmountToMinor, type Period } from '@salesops/domain';
import { DataSource, type EntityManager } from 'typeorm';

import {
  type AdjustPayoutInput,
  DisputeDecision,
  type PayoutCorrectionDto,
  type PayoutDisputeDto,
  type PayoutReconciliationDto,
  type RaiseDisputeInput,
  type ResolveDisputeInput,
} from '../dtos/payout.dto';
import { type PayoutStatementDto } from '../dtos/statement.dto';
import { AdjustmentKind } from '../entities/payout-adjustment.entity';
import { DisputeStatus } from '../entities/payout-dispute.entity';
import {
  type DisputeRow,
  disputes,
  insertAdjustment,
  insertDispute,
  lockAdjustmentsForReconciliation,
  lockDisputeStatus,
  openDisputeOnLine,
  resolveDispute,
} from './payout.queries';
import {
  closedPeriodsWithChangedDeals,
  type CorrectionInput,
  dealsChangedSince,
  frozenStatements,
  insertCorrections,
  paidAssignments,
  periodIsClosed,
  reconciledSoFar,
} from './statement.queries';
import { frequencyOf, StatementService } from './statement.service';

/** Corrections (adjustments, clawbacks) and disputes: every change lands as a line on an open statement. */
@Injectable()
export class PayoutService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly statements: StatementService,
    private readonly audit: AuditService,
  ) {}

  async disputes(
    principal: Principal,
    filter: { status?: DisputeStatus | null; period?: string | null },
  ): Promise<PayoutDisputeDto[]> {
    const period = filter.period ? this.statements.payPeriod(filter.period) : null;
    const rows = await disputes(
      this.dataSource.manager,
      sql`${repVisibleTo(principal, sql`d.rep_id`)}
          AND (${filter.status ?? null}::dispute_status IS NULL OR d.status = ${filter.status ?? null}::dispute_status)
          AND (${period?.key ?? null}::text IS NULL OR d.period_key = ${period?.key ?? null}::text)`,
    );
    return rows.map(toDisputeDto);
  }

  /** Books an adjustment (or a clawback) on the rep's statement of an open pay period; returns that statement. */
  async adjust(principal: Principal, input: AdjustPayoutInput): Promise<PayoutStatementDto> {
    const period = this.statements.payPeriod(input.period);
    const amount = this.amount(input.amount, 'amount', input.kind);
    await this.statements.checkVisible(principal, input.repId);
    await inTransaction(this.dataSource, (manager) =>
      this.book(manager, {
        repId: input.repId,
        period,
        amount,
        kind: input.kind,
        reason: input.reason,
        disputeId: null,
        field: 'period',
        userId: principal.userId,
      }),
    );
    return (await this.statements.statement(principal, input.repId, period.key)) as PayoutStatementDto;
  }

  /** A rep questions one line of their own statement. */
  async raise(principal: Principal, input: RaiseDisputeInput): Promise<PayoutDisputeDto> {
    if (!principal.repId) throw AppError.forbidden('Only a rep questions their own statement');
    const repId = principal.repId;
    const statement = await this.statements.statement(principal, repId, input.period);
    if (!statement) throw AppError.badInput('period', `You have no statement for ${input.period.trim()}`);
    const line = statement.lines.find((l) => l.key === input.lineKey);
    if (!line) throw AppError.badInput('lineKey', 'is not a line of this statement');
    const id = randomUUID();
    await inTransaction(this.dataSource, async (manager) => {
      if (await openDisputeOnLine(manager, repId, statement.period, line.key))
        throw AppError.conflict(
          'You have already questioned this line; ops have not answered yet',
          'lineKey',
        );
      await insertDispute(manager, {
        id,
        repId,
        periodKey: statement.period,
        lineKey: line.key,
        lineLabel: line.label.slice(0, 200),
        lineAmountMinor: line.amountMinor,
        currency: statement.currency,
        note: input.note,
        raisedBy: principal.userId,
      });
      await this.audit.record(manager, {
        action: 'payout.dispute',
        entityType: 'payout_dispute',
        entityId: id,
        summary: auditSummary('payout.dispute', {
          rep: statement.repName,
          period: statement.period,
          line: line.label,
        }),
        after: { lineKey: line.key, lineAmount: line.amount, note: input.note },
      });
    });
    const [row] = await disputes(this.dataSource.manager, sql`d.id = ${id}::uuid`);
    return toDisputeDto(row);
  }

  /** Answers an open dispute: with an adjustment on an open statement (linked to it), or with no change. */
  async resolve(principal: Principal, input: ResolveDisputeInput): Promise<PayoutDisputeDto> {
    const adjusting = input.decision === DisputeDecision.ADJUST;
    if (adjusting && !input.amount)
      throw AppError.badInput('amount', 'is needed to answer with an adjustment');
    if (adjusting && !input.period)
      throw AppError.badInput(
        'period',
        'is needed to answer with an adjustment: the open pay period that carries it',
      );
    const period = adjusting ? this.statements.payPeriod(input.period as string) : null;
    const amount = adjusting
      ? this.amount(input.amount as string, 'amount', AdjustmentKind.ADJUSTMENT)
      : null;
    await inTransaction(this.dataSource, async (manager) => {
      const [dispute] = await disputes(
        manager,
        sql`d.id = ${input.disputeId}::uuid AND ${repVisibleTo(principal, sql`d.rep_id`)}`,
      );
      if (!dispute) throw AppError.notFound('Dispute');
      const [locked] = await lockDisputeStatus(manager, dispute.id);
      if (locked.status !== DisputeStatus.OPEN)
        throw AppError.conflict('This dispute has been answered already', 'disputeId');
      const adjustmentId =
        period && amount !== null
          ? await this.book(manager, {
              repId: dispute.rep_id,
              period,
              amount,
              kind: AdjustmentKind.ADJUSTMENT,
              reason: input.answer,
              disputeId: dispute.id,
              field: 'period',
              userId: principal.userId,
              quiet: true,
            })
          : null;
      await resolveDispute(manager, dispute.id, {
        status: adjusting ? DisputeStatus.ADJUSTED : DisputeStatus.REJECTED,
        text: input.answer,
        adjustmentId,
        resolvedBy: principal.userId,
      });
      await this.audit.record(manager, {
        action: 'payout.resolve_dispute',
        entityType: 'payout_dispute',
        entityId: dispute.id,
        summary:
          period && amount !== null
            ? auditSummary('payout.resolve_dispute.adjusted', {
                rep: dispute.rep_name,
                period: period.key,
                amount: minorToDecimal(amount.minor),
                currency: amount.currency ?? '',
                line: dispute.line_label,
              })
            : auditSummary('payout.resolve_dispute.rejected', {
                rep: dispute.rep_name,
                line: dispute.line_label,
              }),
        before: { status: DisputeStatus.OPEN },
        after: {
          status: adjusting ? DisputeStatus.ADJUSTED : DisputeStatus.REJECTED,
          answer: input.answer,
          adjustmentId,
        },
      });
    });
    const [row] = await disputes(this.dataSource.manager, sql`d.id = ${input.disputeId}::uuid`);
    return toDisputeDto(row);
  }

  /** Ops book now, on the open period's statements, the corrections that closed periods owe (see reconcileInto). */
  async reconcile(principal: Principal, periodKey: string): Promise<PayoutReconciliationDto> {
    const period = this.statements.payPeriod(periodKey);
    return inTransaction(this.dataSource, async (manager) => {
      if (await periodIsClosed(manager, period.key))
        throw AppError.badInput('period', `${period.key} is closed: reconcile into an open pay period`);
      return this.reconcileInto(manager, period, principal.userId);
    });
  }

  /**
   * Reconciliation: for every closed pay period of the same length that ended by `target` starts and
   * whose deals changed after it closed, recomputes each rep's statement from today's deals and books
   * the difference (what it pays now − what it paid − what earlier reconciliations booked) on the rep's
   * statement of `target`: a CLAWBACK when negative (a win reversed), an ADJUSTMENT when positive.
   * Idempotent: run twice, the second books nothing. Closing a pay period runs it first, so what closes
   * carries every correction due. Must run inside a transaction, while `target` is open.
   */
  async reconcileInto(
    manager: EntityManager,
    target: Period,
    userId: string,
  ): Promise<PayoutReconciliationDto> {
    const result: PayoutReconciliationDto = {
      period: target.key,
      checkedPeriods: [],
      corrections: [],
      unplaced: 0,
    };
    const frequency = frequencyOf(target);
    if (!frequency) return result;
    const periods = await closedPeriodsWithChangedDeals(manager, target.type, target.start);
    if (periods.length === 0) return result;
    await lockAdjustmentsForReconciliation(manager);
    const payable = new Map(
      (await paidAssignments(manager, target, frequency, sql`TRUE`)).map((a) => [a.rep_id, a.rules.currency]),
    );
    const rows: (CorrectionInput & { repName: string })[] = [];
    for (const closedRow of periods) {
      const closed = this.statements.payPeriod(closedRow.period_key);
      result.checkedPeriods.push(closed.key);
      const paid = await frozenStatements(manager, closed.key, sql`TRUE`);
      const now = new Map(
        (await this.statements.recompute(manager, closed, sql`TRUE`)).map((s) => [
          s.repId,
          BigInt(s.totalMinor),
        ]),
      );
      const booked = await reconciledSoFar(manager, closed.key);
      const due = paid
        .map((row) => ({
          row,
          diff: (now.get(row.rep_id) ?? 0n) - BigInt(row.total_minor) - (booked.get(row.rep_id) ?? 0n),
        }))
        .filter(({ diff }) => diff !== 0n);
      const placed = due.filter(({ row }) => payable.get(row.rep_id) === row.currency);
      result.unplaced += due.length - placed.length;
      const changed = await dealsChangedSince(
        manager,
        closed,
        closedRow.closed_at,
        placed.map(({ row }) => row.rep_id),
      );
      for (const { row, diff } of placed) {
        const nowTotal = BigInt(row.total_minor) + (booked.get(row.rep_id) ?? 0n) + diff;
        const deals = changed.get(row.rep_id);
        rows.push({
          id: randomUUID(),
          repId: row.rep_id,
          repName: row.rep_name,
          period: target,
          kind: diff < 0n ? AdjustmentKind.CLAWBACK : AdjustmentKind.ADJUSTMENT,
          amountMinor: diff,
          currency: row.currency,
          reason:
            `${closed.key} closed paying ${minorToDecimal(BigInt(row.total_minor))} ${row.currency}` +
            (booked.has(row.rep_id)
              ? ` (${minorToDecimal(booked.get(row.rep_id) as bigint)} corrected since)`
              : '') +
            `; its deals changed after it closed${deals ? ` (${deals.join(', ')}${deals.length === 5 ? ', …' : ''})` : ' (deals of the team)'}` +
            ` and it pays ${minorToDecimal(nowTotal)} now`,
          reconcilesPeriodKey: closed.key,
          createdBy: userId,
        });
      }
    }
    await insertCorrections(manager, rows);
    for (const row of rows)
      await this.auditAdjustment(
        manager,
        { ...row, periodKey: target.key },
        { reconciles: row.reconcilesPeriodKey },
      );
    result.corrections = rows.map((row): PayoutCorrectionDto => ({
      id: row.id,
      repId: row.repId,
      repName: row.repName,
      correctsPeriod: row.reconcilesPeriodKey,
      kind: row.kind,
      amount: minorToDecimal(row.amountMinor),
      currency: row.currency,
      reason: row.reason,
    }));
    return result;
  }

  private amount(
    text: string,
    field: string,
    kind: AdjustmentKind,
  ): { minor: bigint; currency: string | null } {
    const minor = parseAmountToMinor(text);
    if (minor === null) throw AppError.badInput(field, 'must be a decimal amount such as 250.00 or -120.50');
    if (minor === 0n) throw AppError.badInput(field, 'must not be zero');
    if (kind === AdjustmentKind.CLAWBACK && minor > 0n)
      throw AppError.badInput(field, 'must be negative for a clawback: it takes money back');
    return { minor, currency: null };
  }

  /**
   * Writes one adjustment on the rep's statement of `period`, in the currency of the plan that pays them
   * then. The period must be open and settle the rep's plan; the database refuses a closed one too.
   */
  private async book(
    manager: EntityManager,
    entry: {
      repId: string;
      period: Period;
      amount: { minor: bigint; currency: string | null };
      kind: AdjustmentKind;
      reason: string;
      disputeId: string | null;
      field: string;
      userId: string;
      quiet?: boolean;
    },
  ): Promise<string> {
    const [statement] = await this.statements.read(manager, entry.period, sql`r.id = ${entry.repId}::uuid`);
    if (!statement)
      throw AppError.badInput(
        entry.field,
        `no plan pays this rep by ${entry.period.key}: choose a pay period of their plan's frequency`,
      );
    if (statement.status !== 'LIVE')
      throw AppError.badInput(
        entry.field,
        `${entry.period.key} is closed: book the correction on an open pay period`,
      );
    entry.amount.currency = statement.currency;
    const id = randomUUID();
    await withLockedField(entry.field, () =>
      insertAdjustment(manager, {
        id,
        repId: entry.repId,
        period: entry.period,
        kind: entry.kind,
        amountMinor: entry.amount.minor,
        currency: statement.currency,
        reason: entry.reason,
        disputeId: entry.disputeId,
        createdBy: entry.userId,
      }),
    );
    if (!entry.quiet)
      await this.auditAdjustment(
        manager,
        {
          id,
          repName: statement.repName,
          periodKey: entry.period.key,
          kind: entry.kind,
          amountMinor: entry.amount.minor,
          currency: statement.currency,
          reason: entry.reason,
        },
        { disputeId: entry.disputeId },
      );
    return id;
  }

  /** The audit event of one adjustment or clawback, booked by ops or by reconciliation (`link` says which). */
  private auditAdjustment(
    manager: EntityManager,
    a: {
      id: string;
      repName: string;
      periodKey: string;
      kind: AdjustmentKind;
      amountMinor: bigint;
      currency: string;
      reason: string;
    },
    link: { disputeId: string | null } | { reconciles: string },
  ): Promise<void> {
    const key = a.kind === AdjustmentKind.CLAWBACK ? 'payout.clawback' : 'payout.adjust';
    const amount = minorToDecimal(a.amountMinor);
    return this.audit.record(manager, {
      action: key,
      entityType: 'payout_adjustment',
      entityId: a.id,
      summary: auditSummary(key, {
        rep: a.repName,
        period: a.periodKey,
        amount,
        currency: a.currency,
        reason: a.reason,
      }),
      after: { kind: a.kind, amount, currency: a.currency, reason: a.reason, ...link },
    });
  }
}

function toDisputeDto(row: DisputeRow): PayoutDisputeDto {
  return {
    id: row.id,
    repId: row.rep_id,
    repName: row.rep_name,
    period: row.period_key,
    lineKey: row.line_key,
    lineLabel: row.line_label,
    lineAmount: minorToDecimal(BigInt(row.line_amount_minor)),
    currency: row.currency,
    note: row.note,
    status: row.status,
    answer: row.answer,
    adjustmentId: row.adjustment_id,
    raisedAt: row.raised_at,
    resolvedAt: row.resolved_at,
    resolvedByName: row.resolved_by_name,
  };
}
