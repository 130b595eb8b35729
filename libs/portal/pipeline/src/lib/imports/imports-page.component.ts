import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  resource,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import {
  CreateDealImportGQL,
  type DealImportMappingInput,
  ImportJobGQL,
  type ImportJobRowFragment,
  ImportJobsGQL,
  type ImportStatus,
  SalesStagesGQL,
  SessionStore,
  shownErrors,
  uploadImportFile,
} from '@salesops/portal/data-access';
import {
  I18nService,
  LocalDatePipe,
  LocalNumberPipe,
  TranslatePipe,
  type TranslationKey,
} from '@salesops/portal/i18n';
import { ErrorBannerComponent, PageHeaderComponent, StateMessageComponent } from '@salesops/portal/ui';
import { exhaustMap, firstValueFrom, from, map, takeUntil, timer } from 'rxjs';

import { type CsvStart, readCsvStart } from './csv-header';
import { draftFromMapping, type MappingDraft } from './import-mapping';
import { ImportMappingComponent } from './import-mapping.component';
import { ImportPreviewComponent } from './import-preview.component';
import { importErrorText } from './import-reason';
import { RejectionsTableComponent } from './rejections-table.component';

const POLL_MS = 500;
const COUNT_COLUMNS = ['rowsRead', 'inserted', 'updated', 'unchanged', 'rejected'] as const;
type CountColumn = (typeof COUNT_COLUMNS)[number];

export type ImportFormat = 'default' | 'mapped';

/**
 * A CSV import: create the job, PUT the file, and poll the job for progress until the PUT answers
 * with the outcome. Below, the latest imports.
 */
@Component({
  selector: 'so-imports-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
    ErrorBannerComponent,
    ImportMappingComponent,
    ImportPreviewComponent,
    PageHeaderComponent,
    RejectionsTableComponent,
    StateMessageComponent,
    LocalDatePipe,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './imports-page.component.html',
  styleUrls: ['../pipeline-page.scss', './imports-page.component.scss'],
})
export class ImportsPageComponent {
  private readonly createImport = inject(CreateDealImportGQL);
  private readonly jobGql = inject(ImportJobGQL);
  private readonly jobsGql = inject(ImportJobsGQL);
  private readonly stagesGql = inject(SalesStagesGQL);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly countColumns = COUNT_COLUMNS;
  protected readonly recentColumns = ['fileName', 'status', 'startedAt', ...COUNT_COLUMNS];
  protected readonly file = signal<File | null>(null);
  protected readonly start = signal<CsvStart>({ header: [], rows: [] });
  protected readonly format = signal<ImportFormat>('default');
  protected readonly mapping = signal<DealImportMappingInput | null>(null);
  /** The mapping form, which names mapped in a preview go into. */
  protected readonly mapper = viewChild(ImportMappingComponent);
  /** An earlier import's mapping the user starts from. */
  protected readonly startFrom = signal<MappingDraft | null>(null);
  protected readonly running = signal(false);
  protected readonly job = signal<ImportJobRowFragment | null>(null);
  protected readonly uploadError = signal<string | null>(null);
  protected readonly errors = signal<readonly string[]>([]);

  protected readonly stages = resource({
    loader: async () => (await firstValueFrom(this.stagesGql.fetch())).data?.salesStages ?? [],
  });
  protected readonly recent = resource({
    loader: async () =>
      (await firstValueFrom(this.jobsGql.fetch({ fetchPolicy: 'network-only' }))).data?.importJobs ?? [],
  });
  protected readonly recentBanner = computed(() =>
    this.recent.error() ? shownErrors(this.recent.error(), this.i18n).banner : [],
  );

  /** Earlier imports that kept a mapping, one per distinct mapping, newest first. */
  protected readonly reusable = computed(() => {
    const seen = new Set<string>();
    return (this.recent.value() ?? []).filter((job) => {
      if (!job.mapping || seen.has(job.mapping)) return false;
      seen.add(job.mapping);
      return true;
    });
  });

  protected reuse(jobId: string): void {
    const job = this.reusable().find((candidate) => candidate.id === jobId);
    this.startFrom.set(job ? draftFromMapping(job.mapping, this.start().header) : null);
  }

  protected readonly canStart = computed(
    () => !!this.file() && !this.running() && (this.format() === 'default' || this.mapping() !== null),
  );
  protected readonly percent = computed(() => {
    const job = this.job();
    if (!job) return 0;
    if (job.status !== 'RUNNING') return 100;
    const total = Number(job.bytesTotal ?? 0);
    return total > 0 ? Math.min(100, (Number(job.bytesRead) / total) * 100) : 0;
  });
  protected readonly finished = computed(() => !this.running() && !!this.job());
  /** Why the shown import stopped, in the reader's language. */
  protected readonly jobError = computed(() => {
    const job = this.job();
    return job ? importErrorText(this.i18n, job) : null;
  });

  protected async chooseFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    this.file.set(file);
    this.job.set(null);
    this.uploadError.set(null);
    this.startFrom.set(null);
    this.start.set(file ? await readCsvStart(file) : { header: [], rows: [] });
  }

  /** The accounts and products the import created (a preview: would create), each kind a line. */
  protected created(job: ImportJobRowFragment): { key: TranslationKey; count: number; names: string }[] {
    const kinds = [
      ['Accounts', job.newAccounts],
      ['Products', job.newProducts],
    ] as const;
    return kinds
      .filter(([, made]) => made.count > 0)
      .map(([kind, made]) => ({
        key: `imports.${job.dryRun ? 'wouldCreate' : 'created'}${kind}${made.count > made.names.length ? 'More' : ''}`,
        count: made.count,
        names: made.names.join(', '),
      }));
  }

  /** A preview's outcome is what an import would do, said as such. */
  protected statusLabel(status: ImportStatus, dryRun = false): TranslationKey {
    return dryRun && status !== 'RUNNING' ? `imports.previewStatus.${status}` : `imports.status.${status}`;
  }

  protected countLabel(count: CountColumn): TranslationKey {
    return `imports.${count}`;
  }

  protected kilobytes(bytes: number | string | null | undefined): string {
    return this.i18n.formatNumber(Math.ceil(Number(bytes ?? 0) / 1024));
  }

  /**
   * Sends the chosen file. A preview (dryRun) checks and counts it and stores no deal; the user then
   * imports the same file with the same mapping, or changes the mapping and previews again.
   */
  protected async send(dryRun: boolean): Promise<void> {
    const file = this.file();
    if (!file || !this.canStart()) return;
    this.running.set(true);
    this.errors.set([]);
    this.uploadError.set(null);
    this.job.set(null);
    try {
      const input = {
        fileName: file.name,
        sizeBytes: file.size,
        mapping: this.format() === 'mapped' ? this.mapping() : null,
        dryRun,
      };
      const created = await firstValueFrom(this.createImport.mutate({ variables: { input } }));
      const job = created.data?.createDealImport;
      if (!job) throw new Error('createDealImport answered without a job');
      this.job.set(job);

      const upload = uploadImportFile(job.id, file, this.session.token());
      // Progress while the PUT streams the file; the PUT's answer ends the polling.
      timer(POLL_MS, POLL_MS)
        .pipe(
          exhaustMap(() => this.jobGql.fetch({ variables: { id: job.id }, fetchPolicy: 'no-cache' })),
          map((result) => result.data?.importJob),
          takeUntil(from(upload)),
          takeUntilDestroyed(this.destroyRef),
        )
        .subscribe((progress) => {
          if (progress && this.running()) this.job.set(progress);
        });

      const outcome = await upload;
      if (!outcome.ok)
        this.uploadError.set(this.i18n.t('imports.uploadFailed', { message: outcome.message }));
      const done = await firstValueFrom(
        this.jobGql.fetch({ variables: { id: job.id }, fetchPolicy: 'no-cache' }),
      );
      if (done.data?.importJob) this.job.set(done.data.importJob);
    } catch (error) {
      this.errors.set(shownErrors(error, this.i18n).banner);
    } finally {
      this.running.set(false);
      this.recent.reload();
    }
  }

  protected show(job: ImportJobRowFragment): void {
    if (!this.running()) this.job.set(job);
  }
}
