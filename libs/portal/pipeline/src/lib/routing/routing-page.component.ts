import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  resource,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { todayIsoDate } from '@salesops/domain';
import {
  keptWhileLoading,
  RemoveRepAbsenceGQL,
  RoutingRepTeamsGQL,
  RoutingRulesGQL,
  shownErrors,
} from '@salesops/portal/data-access';
import {
  I18nService,
  LocalDatePipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
  type TranslationKey,
} from '@salesops/portal/i18n';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
  downloadCsv,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
  toCsv,
} from '@salesops/portal/ui';
import { firstValueFrom, map } from 'rxjs';

import { AbsenceDialogComponent, type AbsenceDialogData } from './absence-dialog.component';
import { loadRepTeams } from './rep-teams';
import { routingCsvColumns, type RoutingCsvRow } from './routing-csv';
import { type RepOption, RoutingDecisionsComponent } from './routing-decisions.component';
import {
  RoutingRuleDialogComponent,
  type RoutingRuleDialogData,
  type SavedRoutingRule,
} from './routing-rule-dialog.component';
import {
  absentOn,
  atCap,
  capUsed,
  coversDay,
  filterByName,
  type RepAbsence,
  type RoutingRule,
  sharesOfLeads,
  summarizeRules,
  totalWeight,
} from './routing-rules';

/** A table row: the rule and what the page works out from it. */
export interface RoutingRow {
  readonly rule: RoutingRule;
  readonly teamName: string | null;
  readonly share: number | null;
  /** 0..1 of the monthly cap; null without a cap. */
  readonly capUsed: number | null;
  readonly atCap: boolean;
  readonly absentToday: boolean;
}

/**
 * Lead routing for sales ops: every rep's weight, monthly cap and absences, the share of new leads
 * the weights imply, and the log of routing decisions with their reasons.
 */
@Component({
  selector: 'so-routing-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    RoutingDecisionsComponent,
    LocalDatePipe,
    LocalNumberPipe,
    LocalPercentPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './routing-page.component.html',
  styleUrls: ['../pipeline-page.scss', './routing-page.component.scss'],
})
export class RoutingPageComponent {
  private readonly rulesGql = inject(RoutingRulesGQL);
  private readonly repTeamsGql = inject(RoutingRepTeamsGQL);
  private readonly removeAbsenceGql = inject(RemoveRepAbsenceGQL);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  private readonly decisionsSection = viewChild('decisionsSection', { read: ElementRef });
  private readonly decisionsLog = viewChild(RoutingDecisionsComponent);

  protected readonly columns = ['rep', 'status', 'weight', 'share', 'load', 'absences', 'actions'];
  protected readonly today = todayIsoDate();
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly search = toSignal(this.searchControl.valueChanges, { initialValue: '' });
  protected readonly actionErrors = signal<readonly string[]>([]);

  protected readonly rules = rxResource({
    stream: () =>
      this.rulesGql
        .fetch({ fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.routingRules ?? [])),
  });
  // Keep the table on screen while it reloads after a change.
  private readonly shownRules = keptWhileLoading(this.rules);
  protected readonly allRules = computed(() => this.shownRules() ?? []);
  protected readonly loaded = computed(() => this.shownRules() !== undefined);

  // The team is a nicety: without it the table still works, so its failure shows no error.
  private readonly teams = resource({ loader: () => loadRepTeams(this.repTeamsGql) });
  private readonly teamOf = computed<ReadonlyMap<string, string>>(() =>
    this.teams.hasValue() ? this.teams.value() : new Map(),
  );

  private readonly shares = computed(() => sharesOfLeads(this.allRules()));
  private readonly allRows = computed<RoutingRow[]>(() =>
    this.allRules().map((rule) => ({
      rule,
      teamName: this.teamOf().get(rule.repId) ?? null,
      share: this.shares().get(rule.repId) ?? null,
      capUsed: capUsed(rule),
      atCap: atCap(rule),
      absentToday: absentOn(rule, this.today),
    })),
  );
  protected readonly rows = computed(() => {
    const matching = new Set(filterByName(this.allRules(), this.search()).map((rule) => rule.repId));
    return this.allRows().filter((row) => matching.has(row.rule.repId));
  });
  protected readonly summary = computed(() => summarizeRules(this.allRules(), this.today));
  protected readonly repOptions = computed<RepOption[]>(() =>
    this.allRules().map((rule) => ({ id: rule.repId, name: rule.repName })),
  );
  protected readonly banner = computed(() => [
    ...(this.rules.error() ? shownErrors(this.rules.error(), this.i18n).banner : []),
    ...this.actionErrors(),
  ]);

  protected retry(): void {
    this.actionErrors.set([]);
    this.rules.reload();
  }

  protected statusKey(row: RoutingRow): TranslationKey {
    if (!row.rule.repActive) return 'routing.inactive';
    if (row.rule.weight === 0) return 'routing.paused';
    if (row.absentToday) return 'routing.away';
    if (row.atCap) return 'routing.full';
    return 'routing.active';
  }

  protected isAbsentToday(absence: RepAbsence): boolean {
    return coversDay(absence, this.today);
  }

  protected openRuleDialog(row: RoutingRow): void {
    const data: RoutingRuleDialogData = {
      rule: row.rule,
      othersWeight: totalWeight(this.allRules(), row.rule.repId),
    };
    this.dialog
      .open(RoutingRuleDialogComponent, {
        data,
        width: '460px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((saved: SavedRoutingRule | undefined) => {
        if (saved) this.afterChange('routing.saved');
      });
  }

  protected openAbsenceDialog(row: RoutingRow): void {
    const data: AbsenceDialogData = { repId: row.rule.repId, repName: row.rule.repName };
    this.dialog
      .open(AbsenceDialogComponent, { data, width: '480px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((id: string | undefined) => {
        if (id !== undefined) this.afterChange('routing.absenceAdded');
      });
  }

  protected removeAbsence(row: RoutingRow, absence: RepAbsence): void {
    const dates = {
      start: this.i18n.formatDate(absence.startsOn),
      end: this.i18n.formatDate(absence.endsOn),
    };
    const data: ConfirmDialogData = {
      title: this.i18n.t('routing.removeTitle'),
      text: this.i18n.t('routing.removeText', { name: row.rule.repName, ...dates }),
      confirmLabel: this.i18n.t('routing.remove'),
      cancelLabel: this.i18n.t('common.cancel'),
      danger: true,
    };
    this.dialog
      .open(ConfirmDialogComponent, { data, width: '440px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe(async (confirmed: unknown) => {
        if (!confirmed) return;
        this.actionErrors.set([]);
        try {
          await firstValueFrom(this.removeAbsenceGql.mutate({ variables: { id: absence.id } }));
          this.afterChange('routing.absenceRemoved');
        } catch (error) {
          this.actionErrors.set(shownErrors(error, this.i18n).banner);
          // Gone already (someone else removed it): show what is there now.
          this.rules.reload();
        }
      });
  }

  protected showDecisions(row: RoutingRow): void {
    this.decisionsLog()?.filterByRep(row.rule.repId);
    const section = this.decisionsSection()?.nativeElement as HTMLElement | undefined;
    section?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }

  protected exportCsv(): void {
    const rows: RoutingCsvRow[] = this.rows().map(({ rule, teamName, share }) => ({ rule, teamName, share }));
    downloadCsv(
      `${this.i18n.t('routing.fileName')}-${this.today}.csv`,
      toCsv(routingCsvColumns(this.i18n), rows),
    );
  }

  private afterChange(message: TranslationKey): void {
    this.snackBar.open(this.i18n.t(message), undefined, { duration: 2500 });
    this.rules.reload();
  }
}
