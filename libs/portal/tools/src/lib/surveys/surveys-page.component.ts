import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import {
  keptWhileLoading,
  shownErrors,
  SurveyAdminListGQL,
  type SurveyAdminRowFragment,
  SurveyAdminToolsGQL,
  type SurveyStatus,
} from '@salesops/portal/data-access';
import { I18nService, LocalNumberPipe, TranslatePipe } from '@salesops/portal/i18n';
import {
  downloadCsv,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
  toCsv,
} from '@salesops/portal/ui';
import { map } from 'rxjs';

import { type ActionOutcome, SurveyActions } from './survey-actions';
import { surveyListCsvColumns } from './survey-csv';
import { statusKey, SurveyDateTimePipe } from './survey-format';

const STATUSES: readonly SurveyStatus[] = ['DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED'];

/**
 * Every survey with its status and answers; drafts are edited or deleted, published ones opened and closed.
 */
@Component({
  selector: 'so-surveys-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    LocalNumberPipe,
    SurveyDateTimePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './surveys-page.component.html',
  styleUrls: ['./surveys-shared.scss', './surveys-page.component.scss'],
})
export class SurveysPageComponent {
  private readonly listGql = inject(SurveyAdminListGQL);
  private readonly toolsGql = inject(SurveyAdminToolsGQL);
  private readonly actions = inject(SurveyActions);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly statuses = STATUSES;
  protected readonly columns = ['title', 'status', 'tools', 'opensAt', 'closesAt', 'responses', 'actions'];
  protected readonly statusFilter = signal<SurveyStatus | null>(null);
  protected readonly toolFilter = signal<string | null>(null);
  protected readonly busyId = signal<string | null>(null);
  protected readonly actionErrors = signal<readonly string[]>([]);
  protected readonly notice = signal<string>(this.arrivalNotice());

  protected readonly toolOptions = rxResource({
    stream: () =>
      this.toolsGql.fetch({ fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.salesTools ?? [])),
  });
  protected readonly tools = computed(() =>
    [...(this.toolOptions.hasValue() ? this.toolOptions.value() : [])].sort((a, b) =>
      a.name.localeCompare(b.name),
    ),
  );

  protected readonly list = rxResource({
    params: () => ({ status: this.statusFilter(), toolId: this.toolFilter() }),
    stream: ({ params }) =>
      this.listGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.surveys)),
  });
  // The last list stays on screen while the next filter loads.
  protected readonly shown = keptWhileLoading(this.list);
  protected readonly rows = computed(() => this.shown() ?? []);
  protected readonly filtered = computed(() => this.statusFilter() !== null || this.toolFilter() !== null);
  protected readonly loadErrors = computed(() =>
    this.list.error() ? shownErrors(this.list.error(), this.i18n).banner : [],
  );

  protected statusLabel(status: SurveyStatus) {
    return statusKey(status);
  }

  protected toolNames(row: SurveyAdminRowFragment): string {
    return row.tools.map((tool) => tool.name).join(', ');
  }

  protected async publish(row: SurveyAdminRowFragment): Promise<void> {
    await this.run(row, () => this.actions.publish(row), 'survey.published');
  }

  protected async close(row: SurveyAdminRowFragment): Promise<void> {
    await this.run(row, () => this.actions.close(row), 'survey.closed');
  }

  protected async newWave(row: SurveyAdminRowFragment): Promise<void> {
    await this.run(row, () => this.actions.newWave(row), 'survey.waveCreated');
  }

  /** Only a draft is offered for deletion; the API refuses a published survey too. */
  protected async deleteDraft(row: SurveyAdminRowFragment): Promise<void> {
    if (this.busyId() || row.status !== 'DRAFT') return;
    this.busyId.set(row.id);
    this.actionErrors.set([]);
    this.notice.set('');
    try {
      const outcome = await this.actions.deleteDraft(row);
      if (outcome.kind === 'cancelled') return;
      if (outcome.kind === 'failed') this.actionErrors.set(outcome.messages);
      else
        this.snackBar.open(this.i18n.t('survey.deleted', { title: row.title }), undefined, {
          duration: 3000,
        });
      // Deleted or refused (published meanwhile), the list shows what the API now holds.
      this.list.reload();
    } finally {
      this.busyId.set(null);
    }
  }

  protected exportCsv(): void {
    const csv = toCsv(surveyListCsvColumns(this.i18n), this.rows());
    downloadCsv(`${this.i18n.t('survey.fileName')}.csv`, csv);
  }

  /** Set when the builder published a survey and came back here. */
  private arrivalNotice(): string {
    const state = this.router.currentNavigation()?.extras.state as
      { surveyNotice?: string; surveyTitle?: string } | undefined;
    return state?.surveyNotice === 'published'
      ? this.i18n.t('survey.published', { title: state.surveyTitle ?? '' })
      : '';
  }

  private async run(
    row: SurveyAdminRowFragment,
    action: () => Promise<ActionOutcome>,
    doneKey: 'survey.published' | 'survey.closed' | 'survey.waveCreated',
  ): Promise<void> {
    if (this.busyId()) return;
    this.busyId.set(row.id);
    this.actionErrors.set([]);
    this.notice.set('');
    try {
      const outcome = await action();
      if (outcome.kind === 'failed') this.actionErrors.set(outcome.messages);
      if (outcome.kind === 'done') {
        this.notice.set(this.i18n.t(doneKey, { title: outcome.survey.title, wave: outcome.survey.wave }));
        this.list.reload();
      }
    } finally {
      this.busyId.set(null);
    }
  }
}
