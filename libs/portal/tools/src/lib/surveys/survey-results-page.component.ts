import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  resource,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  errorCodeOf,
  graphQLErrorsOf,
  loadTeamOptions,
  shownErrors,
  SurveyAdminListGQL,
  SurveyAdminResultsGQL,
  type SurveyAdminResultsQuery,
  SurveyAdminTrendGQL,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import {
  I18nService,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
  type TranslationKey,
} from '@salesops/portal/i18n';
import {
  downloadCsv,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
  toCsv,
} from '@salesops/portal/ui';
import { catchError, map, of } from 'rxjs';

import { QuestionResultComponent } from './question-result.component';
import { groupTexts, seriesTrend, tally } from './survey-charts';
import { resultsCsvColumns } from './survey-csv';
import { statusKey, SurveyDateTimePipe } from './survey-format';
import { TrendChartComponent } from './trend-chart.component';

type Results = SurveyAdminResultsQuery['surveyResults'];

// Who has not answered: the first ones, then all on demand (the emails always cover everyone).
const MISSING_SHOWN = 12;
type QuestionResult = Results['questions'][number];

/** A text question's answers within a topic group, the same text said several times shown once. */
interface TextBlock {
  readonly questionId: string;
  readonly prompt: string;
  readonly answers: { text: string; count: number; names: string[] }[];
}

/**
 * A survey's results: response rate, a chart per question, free-text answers by topic, who has not
 * answered (named surveys), and the trend of the series across waves. Limited to a team on demand;
 * the API hides anonymous results that are too few to show, and says why.
 */
@Component({
  selector: 'so-survey-results-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    QuestionResultComponent,
    TrendChartComponent,
    LocalNumberPipe,
    LocalPercentPipe,
    SurveyDateTimePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-results-page.component.html',
  styleUrls: ['./surveys-shared.scss', './survey-results-page.component.scss'],
})
export class SurveyResultsPageComponent {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly resultsGql = inject(SurveyAdminResultsGQL);
  private readonly listGql = inject(SurveyAdminListGQL);
  private readonly trendGql = inject(SurveyAdminTrendGQL);
  private readonly teamOptionsGql = inject(TeamOptionsGQL);
  private readonly i18n = inject(I18nService);

  protected readonly id = toSignal(this.route.paramMap.pipe(map((params) => params.get('id') ?? '')), {
    initialValue: this.route.snapshot.paramMap.get('id') ?? '',
  });
  protected readonly teamFilter = signal<string | null>(null);
  protected readonly copied = signal<'idle' | 'done' | 'failed'>('idle');

  protected readonly results = rxResource({
    params: () => ({ surveyId: this.id(), teamId: this.teamFilter() }),
    stream: ({ params }) =>
      this.resultsGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.surveyResults)),
  });
  // The last answer stays while another team loads, so the charts do not flicker.
  protected readonly shown = linkedSignal<Results | undefined, Results | undefined>({
    source: () => (this.results.hasValue() ? this.results.value() : undefined),
    computation: (next, previous) =>
      next ??
      (this.results.isLoading() && previous?.value?.survey.id === this.id() ? previous.value : undefined),
  });
  protected readonly survey = computed(() => this.shown()?.survey);
  protected readonly errorCode = computed(() =>
    this.results.error() ? errorCodeOf(this.results.error()) : null,
  );
  protected readonly loadErrors = computed(() =>
    this.results.error() ? shownErrors(this.results.error(), this.i18n).banner : [],
  );

  private readonly teamOptions = resource({ loader: () => loadTeamOptions(this.teamOptionsGql) });
  protected readonly teams = computed(() => (this.teamOptions.hasValue() ? this.teamOptions.value() : []));

  protected readonly charted = computed(() =>
    (this.shown()?.questions ?? []).filter((q) => q.kind !== 'TEXT'),
  );
  protected readonly textQuestions = computed(() =>
    (this.shown()?.questions ?? []).filter((q) => q.kind === 'TEXT'),
  );
  protected readonly textGroups = computed(() => {
    const questions = this.textQuestions();
    const block = (q: QuestionResult, texts: QuestionResult['texts']): TextBlock => ({
      questionId: q.questionId,
      prompt: q.prompt,
      answers: tally(texts).map((entry) => ({
        text: entry.text,
        count: entry.count,
        names: entry.items.map((item) => item.repName).filter((name): name is string => Boolean(name)),
      })),
    });
    const groups = { likes: [] as TextBlock[], dislikes: [] as TextBlock[], other: [] as TextBlock[] };
    for (const q of questions) {
      const grouped = groupTexts(q.texts);
      if (grouped.likes.length) groups.likes.push(block(q, grouped.likes));
      if (grouped.dislikes.length) groups.dislikes.push(block(q, grouped.dislikes));
      if (grouped.other.length) groups.other.push(block(q, grouped.other));
    }
    return [
      { key: 'LIKES' as const, label: 'survey.topic.LIKES' as const, blocks: groups.likes },
      { key: 'DISLIKES' as const, label: 'survey.topic.DISLIKES' as const, blocks: groups.dislikes },
      { key: 'OTHER' as const, label: 'survey.topic.OTHER' as const, blocks: groups.other },
    ];
  });
  /** Why anonymous results are hidden, as a translation key (null when they show). */
  protected readonly hiddenReasonKey = computed<TranslationKey | null>(() => {
    const because = this.shown()?.hiddenBecause;
    return because ? `survey.hiddenBecause.${because}` : null;
  });
  protected readonly hasTexts = computed(() => this.textGroups().some((group) => group.blocks.length > 0));
  protected readonly ratePercent = computed(() => Math.round((this.shown()?.responseRate ?? 0) * 1000) / 10);
  protected readonly showAllMissing = signal(false);
  protected readonly missingShown = computed(() => {
    const all = this.shown()?.notAnswered ?? [];
    return this.showAllMissing() ? all : all.slice(0, MISSING_SHOWN);
  });
  protected readonly emails = computed(() => (this.shown()?.notAnswered ?? []).map((rep) => rep.email));
  protected readonly mailto = computed(() => `mailto:?bcc=${encodeURIComponent(this.emails().join(','))}`);

  // ---- The series across waves ----

  private readonly seriesId = computed(() => this.survey()?.seriesId ?? null);
  protected readonly series = rxResource({
    params: () => this.seriesId() ?? undefined,
    stream: ({ params }) =>
      this.listGql.fetch({ variables: { status: null, toolId: null }, fetchPolicy: 'network-only' }).pipe(
        map((result) =>
          (result.data?.surveys ?? []).filter((s) => s.seriesId === params).sort((a, b) => a.wave - b.wave),
        ),
        // The trend is extra: without it the results still show.
        catchError(() => of([])),
      ),
  });
  protected readonly waves = computed(() => (this.series.hasValue() ? (this.series.value() ?? []) : []));
  private readonly scorecard = rxResource({
    params: () => (this.waves().length > 0 ? this.seriesId() : undefined),
    stream: () =>
      this.trendGql.fetch({ fetchPolicy: 'network-only' }).pipe(
        map((result) => result.data?.toolScorecard ?? []),
        catchError(() => of([])),
      ),
  });
  protected readonly trend = computed(() => {
    const ids = new Set(this.waves().map((wave) => wave.id));
    return seriesTrend(ids, this.scorecard.hasValue() ? (this.scorecard.value() ?? []) : []);
  });

  protected readonly toolNames = computed(() =>
    (this.survey()?.tools ?? []).map((tool) => tool.name).join(', '),
  );
  /** The API's own words for why there are no results (a draft has none yet). */
  protected readonly apiReason = computed(() =>
    graphQLErrorsOf(this.results.error())
      .map((e) => (typeof e.message === 'string' ? e.message.replace(/^\w+: /, '') : ''))
      .filter(Boolean)
      .join(' '),
  );

  protected openEditor(): void {
    void this.router.navigate(['/surveys', this.id(), 'edit']);
  }

  protected statusLabel(status: Parameters<typeof statusKey>[0]) {
    return statusKey(status);
  }

  protected toolName(toolId: string | null): string | null {
    if (!toolId) return null;
    return this.survey()?.tools.find((tool) => tool.id === toolId)?.name ?? null;
  }

  protected async copyEmails(): Promise<void> {
    const text = this.emails().join(', ');
    try {
      await navigator.clipboard.writeText(text);
      this.copied.set('done');
    } catch {
      this.copied.set('failed');
    }
  }

  protected exportCsv(): void {
    const results = this.shown();
    if (!results) return;
    const csv = toCsv(
      resultsCsvColumns(this.i18n, (toolId) => this.toolName(toolId) ?? ''),
      [...results.questions].sort((a, b) => a.position - b.position),
    );
    const slug = results.survey.title
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
    downloadCsv(`${this.i18n.t('survey.resultsFileName')}-${slug}-w${results.survey.wave}.csv`, csv);
  }
}
