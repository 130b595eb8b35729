import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import {
  type DealWarning,
  ImportPreviewGQL,
  type ImportPreviewQuery,
  type RepMatch,
  RepOptionsGQL,
  type SalesStageOptionFragment,
  searchRepOptions,
  shownErrors,
} from '@salesops/portal/data-access';
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
type UnknownName = ImportPreviewQuery['importUnknownNames'][number];

/** A name the user mapped in the preview: a stage value to a stage, a rep value to a stored rep. */
export interface MappedName {
  kind: 'STAGE' | 'REP';
  value: string;
  target: string;
}

/**
 * What a preview (dry run) found: the first rows as they would be stored, the rows it would flag, the
 * names the database does not know (to map or create), and the refusals grouped by reason and column with
 * an example of each, so a wrong mapping shows before anything is written.
 */
@Component({
  selector: 'so-import-preview',
  imports: [
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
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
  private readonly repsGql = inject(RepOptionsGQL);
  private readonly i18n = inject(I18nService);

  readonly jobId = input.required<string>();
  readonly stages = input<readonly SalesStageOptionFragment[]>([]);
  /** How the mapping names reps: a mapped rep value becomes the rep's name or email. */
  readonly repBy = input<RepMatch>('NAME');
  /** Offered only where a mapping can take them (a file read with a mapping of its own). */
  readonly canMap = input(false);
  readonly mapName = output<MappedName>();
  readonly createMissing = output<'ACCOUNT' | 'PRODUCT'>();

  // The warnings beside the id, where a wide table does not scroll them out of sight.
  protected readonly columns = [
    'line',
    'externalId',
    'warnings',
    ...DEAL_FIELDS.filter((f) => f !== 'externalId'),
  ];
  protected readonly preview = rxResource({
    params: () => ({ id: this.jobId() }),
    stream: ({ params }) =>
      this.previewGql
        .fetch({ variables: params, fetchPolicy: 'no-cache' })
        .pipe(map((result) => result.data)),
  });
  protected readonly rows = computed(() => this.preview.value()?.importJob.preview ?? []);
  /** The warnings rows would be stored with, each with its count and first lines. */
  protected readonly flagged = computed(() => this.preview.value()?.importJob.warnings ?? []);
  protected readonly unknownStages = computed(() => this.unknown('STAGE'));
  protected readonly unknownReps = computed(() => this.unknown('REP'));
  /** Unknown products and accounts: how many names, and the rows refused for them, per kind. */
  protected readonly unknownCreatable = computed(() =>
    (['PRODUCT', 'ACCOUNT'] as const)
      .map((kind) => {
        const names = this.unknown(kind);
        return {
          kind,
          names: names.length,
          shown: names
            .slice(0, 5)
            .map((name) => name.value)
            .join(', '),
        };
      })
      .filter((entry) => entry.names > 0),
  );
  /** What the user picked in this preview, by kind and value, so the choice stays shown. */
  protected readonly picked = signal<Readonly<Record<string, string>>>({});
  /** What is typed into a rep field: the options follow the field being typed in. */
  protected readonly repSearch = signal('');
  protected readonly repOptions = rxResource({
    params: () => (this.unknownReps().length > 0 ? { search: this.repSearch().trim() } : undefined),
    stream: ({ params }) => searchRepOptions(this.repsGql, params?.search),
  });
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

  protected readonly repLabel = (rep: { name: string } | string | null): string =>
    typeof rep === 'string' ? rep : (rep?.name ?? '');

  /** One row, every row listed, or only the first few of them. */
  protected groupKey(rows: number, listed: number): TranslationKey {
    if (rows === 1) return 'imports.previewGroupOne';
    return rows > listed ? 'imports.previewGroupMore' : 'imports.previewGroup';
  }

  protected warningKey(warning: DealWarning): TranslationKey {
    return `deals.warning.${warning}`;
  }

  protected creatableKey(kind: 'PRODUCT' | 'ACCOUNT'): TranslationKey {
    return `imports.unknown.${kind}`;
  }

  protected createKey(kind: 'PRODUCT' | 'ACCOUNT'): TranslationKey {
    return kind === 'PRODUCT' ? 'imports.createProducts' : 'imports.createAccounts';
  }

  protected pickedOf(kind: string, value: string): string | null {
    return this.picked()[`${kind}:${value}`] ?? null;
  }

  protected pickStage(value: string, stage: string): void {
    this.remember('STAGE', value, stage);
    this.mapName.emit({ kind: 'STAGE', value, target: stage });
  }

  protected pickRep(value: string, event: MatAutocompleteSelectedEvent): void {
    const rep = event.option.value as { name: string; email: string };
    const target = this.repBy() === 'EMAIL' ? rep.email : rep.name;
    this.remember('REP', value, rep.name);
    this.mapName.emit({ kind: 'REP', value, target });
  }

  protected typedRep(text: unknown): void {
    // The autocomplete writes the picked option (an object) back into the input: that is not typing.
    if (typeof text === 'string') this.repSearch.set(text);
  }

  private remember(kind: string, value: string, target: string): void {
    this.picked.update((picked) => ({ ...picked, [`${kind}:${value}`]: target }));
  }

  private unknown(kind: UnknownName['kind']): UnknownName[] {
    return (this.preview.value()?.importUnknownNames ?? []).filter((name) => name.kind === kind);
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
