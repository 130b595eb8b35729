import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { type ImportRejection, ImportRejectionsGQL, shownErrors } from '@salesops/portal/data-access';
import { I18nService, LocalNumberPipe, TranslatePipe } from '@salesops/portal/i18n';
import { CursorPagerComponent, downloadCsv, ErrorBannerComponent } from '@salesops/portal/ui';
import { firstValueFrom, map } from 'rxjs';

import { rejectionReasonText } from './import-reason';
import { rejectionsCsv } from './rejections-csv';

const PAGE_SIZE = 20;
// The API's largest page, for the export.
const EXPORT_PAGE = 1000;

/** The rows an import refused, by line, with offset paging and a CSV export. */
@Component({
  selector: 'so-rejections-table',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    CursorPagerComponent,
    ErrorBannerComponent,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rejections-table.component.html',
  styleUrl: '../pipeline-page.scss',
})
export class RejectionsTableComponent {
  private readonly rejectionsGql = inject(ImportRejectionsGQL);
  private readonly i18n = inject(I18nService);

  readonly jobId = input.required<string>();
  readonly fileName = input<string>('');
  /** The file's header row as CSV text (null for imports before it was kept): the export goes under it. */
  readonly header = input<string | null>(null);
  /** The job's rejected count: all there is to page through. */
  readonly total = input.required<number>();

  protected readonly columns = ['line', 'reason', 'raw'];
  protected readonly offset = signal(0);
  protected readonly exportErrors = signal<readonly string[]>([]);
  protected readonly exporting = signal(false);

  protected readonly rejections = rxResource({
    params: () => ({ jobId: this.jobId(), first: PAGE_SIZE, offset: this.offset() }),
    stream: ({ params }) =>
      this.rejectionsGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.importRejections ?? [])),
  });
  /** The page's rows, each with its reason in the reader's language. */
  protected readonly rows = computed(() =>
    (this.rejections.hasValue() ? this.rejections.value() : []).map((row) => ({
      ...row,
      reasonText: rejectionReasonText(this.i18n, row),
      reasonTexts: row.reasons.map((reason) => rejectionReasonText(this.i18n, { ...row, reasons: [reason] })),
    })),
  );
  protected readonly banner = computed(() => [
    ...(this.rejections.error() ? shownErrors(this.rejections.error(), this.i18n).banner : []),
    ...this.exportErrors(),
  ]);

  protected page(step: number): void {
    this.offset.update((offset) => Math.max(0, offset + step * PAGE_SIZE));
  }

  protected hasNext(): boolean {
    return this.offset() + PAGE_SIZE < this.total();
  }

  protected pageNumber(): number {
    return this.offset() / PAGE_SIZE + 1;
  }

  protected async exportCsv(): Promise<void> {
    this.exporting.set(true);
    this.exportErrors.set([]);
    try {
      const all: ImportRejection[] = [];
      for (let offset = 0; offset < this.total(); offset += EXPORT_PAGE) {
        const variables = { jobId: this.jobId(), first: EXPORT_PAGE, offset };
        const result = await firstValueFrom(this.rejectionsGql.fetch({ variables, fetchPolicy: 'no-cache' }));
        const page = result.data?.importRejections ?? [];
        all.push(...page);
        if (page.length < EXPORT_PAGE) break;
      }
      const csv = rejectionsCsv(this.header(), all, {
        line: this.i18n.t('imports.line'),
        reason: this.i18n.t(this.header() ? 'imports.problems' : 'imports.reason'),
        raw: this.i18n.t('imports.raw'),
        reasonText: (row) => rejectionReasonText(this.i18n, row),
      });
      const base = this.fileName().replace(/\.csv$/i, '');
      downloadCsv(`${this.i18n.t('imports.rejectionsFile')}-${base}.csv`, csv);
    } catch (error) {
      this.exportErrors.set(shownErrors(error, this.i18n).banner);
    } finally {
      this.exporting.set(false);
    }
  }
}
