import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatTableModule } from '@angular/material/table';
import { ImportPreviewGQL, type ImportPreviewQuery, shownErrors } from '@salesops/portal/data-access';
import {
  I18nService,
  LocalDatePipe,
  LocalMoneyPipe,
  LocalNumberPipe,
  TranslatePipe,
  type TranslationKey,
} from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';
import { map } from 'rxjs';

import { DEAL_FIELDS } from './import-mapping';
import { rejectionReasonText } from './import-reason';

type Group = ImportPreviewQuery['importRejectionGroups'][number];

/**
 * What a preview (dry run) found: the first rows as they would be stored, and the refusals grouped by
 * reason and column with an example of each, so a wrong mapping shows before anything is written.
 */
@Component({
  selector: 'so-import-preview',
  imports: [
    MatTableModule,
    ErrorBannerComponent,
    LocalDatePipe,
    LocalMoneyPipe,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-preview.component.html',
  styleUrls: ['../pipeline-page.scss', './import-preview.component.scss'],
})
export class ImportPreviewComponent {
  private readonly previewGql = inject(ImportPreviewGQL);
  private readonly i18n = inject(I18nService);

  readonly jobId = input.required<string>();

  protected readonly columns = ['line', ...DEAL_FIELDS];
  protected readonly preview = rxResource({
    params: () => ({ id: this.jobId() }),
    stream: ({ params }) =>
      this.previewGql
        .fetch({ variables: params, fetchPolicy: 'no-cache' })
        .pipe(map((result) => result.data)),
  });
  protected readonly rows = computed(() => this.preview.value()?.importJob.preview ?? []);
  /** Each group with its first example's reason (the one of the group) in the reader's language. */
  protected readonly groups = computed(() =>
    (this.preview.value()?.importRejectionGroups ?? []).map((group) => ({
      ...group,
      lines: group.examples.map((example) => example.line),
      text: this.exampleText(group),
    })),
  );
  protected readonly banner = computed(() =>
    this.preview.error() ? shownErrors(this.preview.error(), this.i18n).banner : [],
  );

  /** One row, every row listed, or only the first few of them. */
  protected groupKey(rows: number, listed: number): TranslationKey {
    if (rows === 1) return 'imports.previewGroupOne';
    return rows > listed ? 'imports.previewGroupMore' : 'imports.previewGroup';
  }

  private exampleText(group: Group): string {
    const example = group.examples[0];
    if (!example) return group.key ?? '';
    const reason = example.reasons.find(
      (r) =>
        r.key === group.key &&
        (JSON.parse(r.params) as { column?: string }).column === (group.column ?? undefined),
    );
    return rejectionReasonText(this.i18n, { ...example, reasons: reason ? [reason] : example.reasons });
  }
}
