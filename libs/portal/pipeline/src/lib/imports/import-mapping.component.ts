import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  type DateFormat,
  type DealImportMappingInput,
  type RepMatch,
  type SalesStageOptionFragment,
} from '@salesops/portal/data-access';
import { TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';

import {
  DATE_FORMAT_EXAMPLES,
  DEAL_FIELDS,
  type DealField,
  guessColumns,
  type MappingDraft,
  REQUIRED_FIELDS,
  toMappingInput,
} from './import-mapping';

type ColumnControls = Record<DealField, FormControl<string | null>>;

/** How to read another CRM's export: a column per deal field, rep matching, dates, currency, stages. */
@Component({
  selector: 'so-import-mapping',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-mapping.component.html',
  styleUrl: './import-mapping.component.scss',
})
export class ImportMappingComponent {
  /** Column names of the chosen file's header row. */
  readonly header = input.required<readonly string[]>();
  readonly stages = input<readonly SalesStageOptionFragment[]>([]);
  /** The mapping, or null while a required column is missing or a value is invalid. */
  readonly mappingChange = output<DealImportMappingInput | null>();

  protected readonly fields = DEAL_FIELDS;
  protected readonly required = new Set<DealField>(REQUIRED_FIELDS);
  protected readonly dateFormats = Object.keys(DATE_FORMAT_EXAMPLES) as DateFormat[];
  protected readonly examples = DATE_FORMAT_EXAMPLES;
  protected readonly form = new FormGroup({
    columns: new FormGroup(
      Object.fromEntries(
        DEAL_FIELDS.map((field) => [
          field,
          new FormControl<string | null>(null, REQUIRED_FIELDS.includes(field) ? Validators.required : null),
        ]),
      ) as ColumnControls,
    ),
    repBy: new FormControl<RepMatch>('NAME', { nonNullable: true }),
    dateFormat: new FormControl<DateFormat>('YMD_DASH', { nonNullable: true }),
    currency: new FormControl('USD', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\s*[A-Za-z]{3}\s*$/)],
    }),
    stageNames: new FormArray<FormGroup<{ value: FormControl<string>; stage: FormControl<string> }>>([]),
  });

  constructor() {
    // A new file brings a new header: start again from a guess of its columns.
    effect(() => {
      const guess = guessColumns(this.header());
      this.form.controls.columns.reset(
        Object.fromEntries(DEAL_FIELDS.map((field) => [field, guess[field] ?? null])) as Record<
          DealField,
          string | null
        >,
      );
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.mappingChange.emit(
        this.form.valid ? toMappingInput(this.form.getRawValue() as MappingDraft) : null,
      );
    });
  }

  protected fieldLabel(field: DealField): TranslationKey {
    return `imports.field.${field}`;
  }

  protected addStagePair(): void {
    this.form.controls.stageNames.push(
      new FormGroup({
        value: new FormControl('', { nonNullable: true }),
        stage: new FormControl('', { nonNullable: true }),
      }),
    );
  }

  protected removeStagePair(index: number): void {
    this.form.controls.stageNames.removeAt(index);
  }
}
