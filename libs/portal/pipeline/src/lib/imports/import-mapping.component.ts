import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { DEAL_WARNINGS, isDateFormat, writeDate } from '@salesops/domain';
import {
  type DateFormat,
  type DealImportMappingInput,
  type DealWarning,
  type RepMatch,
  type SalesStageOptionFragment,
} from '@salesops/portal/data-access';
import { TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';
import { map } from 'rxjs';

import {
  checkDates,
  CUSTOM_DATE_FORMAT,
  DATE_FORMAT_NAMES,
  DATE_FORMAT_PATTERNS,
  type DateFormatChoice,
  DEAL_FIELDS,
  type DealField,
  EXAMPLE_DAY,
  guessColumns,
  type MappingDraft,
  patternOf,
  REQUIRED_FIELDS,
  sampleDates,
  toMappingInput,
} from './import-mapping';

type ColumnControls = Record<DealField, FormControl<string | null>>;

/** How to read another CRM's export: a column per deal field, rep matching, dates, currency, stages. */
@Component({
  selector: 'so-import-mapping',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
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
  /** The file's first data rows, to check its dates against the chosen layout. */
  readonly rows = input<readonly (readonly string[])[]>([]);
  /** A mapping to start from (an earlier import's); replaces the guess when given. */
  readonly initial = input<MappingDraft | null>(null);
  readonly stages = input<readonly SalesStageOptionFragment[]>([]);
  /** The mapping, or null while a required column is missing or a value is invalid. */
  readonly mappingChange = output<DealImportMappingInput | null>();

  protected readonly fields = DEAL_FIELDS;
  protected readonly required = new Set<DealField>(REQUIRED_FIELDS);
  protected readonly dateFormats = DATE_FORMAT_NAMES;
  protected readonly custom = CUSTOM_DATE_FORMAT;
  protected readonly warnings = DEAL_WARNINGS;
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
    dateFormat: new FormControl<DateFormatChoice>('YMD_DASH', { nonNullable: true }),
    datePattern: new FormControl('', { nonNullable: true }),
    currency: new FormControl('USD', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\s*[A-Za-z]{3}\s*$/)],
    }),
    createAccounts: new FormControl(false, { nonNullable: true }),
    createProducts: new FormControl(false, { nonNullable: true }),
    repNames: new FormControl<Readonly<Record<string, string>>>({}, { nonNullable: true }),
    refuseWarnings: new FormControl<readonly DealWarning[]>([], { nonNullable: true }),
    stageNames: new FormArray<FormGroup<{ value: FormControl<string>; stage: FormControl<string> }>>([]),
  });

  private readonly draft = toSignal(
    this.form.valueChanges.pipe(map(() => this.form.getRawValue() as MappingDraft)),
    { initialValue: this.form.getRawValue() as MappingDraft },
  );
  /** The file's first dates checked against every layout and the chosen one; null when it has none. */
  protected readonly dateCheck = computed(() => {
    const draft = this.draft();
    const dates = sampleDates(draft.columns, this.header(), this.rows());
    return dates.length ? checkDates(dates, patternOf(draft.dateFormat, draft.datePattern)) : null;
  });
  /** The chosen layout's example day, as the reader will see dates written. */
  protected readonly chosenExample = computed(() => {
    const draft = this.draft();
    const pattern = patternOf(draft.dateFormat, draft.datePattern);
    return pattern ? writeDate(EXAMPLE_DAY, pattern) : null;
  });
  /** The rep values mapped to stored reps, as pairs to show and remove. */
  protected readonly repPairs = computed(() =>
    Object.entries(this.draft().repNames).map(([value, rep]) => ({ value, rep })),
  );
  protected readonly patternInvalid = computed(() => {
    const draft = this.draft();
    return draft.dateFormat === CUSTOM_DATE_FORMAT && !isDateFormat(draft.datePattern.trim());
  });

  constructor() {
    // A new file brings a new header: start again from a guess of its columns and of its date layout.
    effect(() => {
      const header = this.header();
      const rows = this.rows();
      untracked(() => {
        const guess = guessColumns(header);
        this.form.controls.columns.reset(
          Object.fromEntries(DEAL_FIELDS.map((field) => [field, guess[field] ?? null])) as Record<
            DealField,
            string | null
          >,
        );
        const dates = sampleDates(guess, header, rows);
        const readable = checkDates(dates, null).readable;
        if (readable.length > 0) this.form.controls.dateFormat.setValue(readable[0]);
      });
    });
    // An earlier import's mapping, once chosen, replaces the guess.
    effect(() => {
      const initial = this.initial();
      if (!initial) return;
      untracked(() => {
        this.form.controls.stageNames.clear({ emitEvent: false });
        for (const pair of initial.stageNames) {
          this.addStagePair();
          this.form.controls.stageNames.at(-1).setValue({ value: pair.value, stage: pair.stage });
        }
        this.form.patchValue({ ...initial, stageNames: undefined });
      });
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.mappingChange.emit(
        this.form.valid ? toMappingInput(this.form.getRawValue() as MappingDraft) : null,
      );
    });
  }

  protected example(format: DateFormat): string {
    return writeDate(EXAMPLE_DAY, DATE_FORMAT_PATTERNS[format]);
  }

  protected examples(formats: readonly DateFormat[]): string {
    return formats.map((format) => this.example(format)).join(' · ');
  }

  protected fieldLabel(field: DealField): TranslationKey {
    return `imports.field.${field}`;
  }

  /**
   * A name the preview found unknown, mapped by the user: a stage value to a stage (replacing a pair for the
   * same value), a rep value to a stored rep's name or email (as repBy reads it).
   */
  mapName(kind: 'STAGE' | 'REP', value: string, target: string): void {
    if (kind === 'REP') {
      this.form.controls.repNames.setValue({ ...this.form.controls.repNames.value, [value]: target });
      return;
    }
    const pairs = this.form.controls.stageNames;
    const existing = pairs.controls.find(
      (pair) => pair.controls.value.value.trim().toLowerCase() === value.toLowerCase(),
    );
    if (existing) existing.controls.stage.setValue(target);
    else {
      this.addStagePair();
      pairs.at(-1).setValue({ value, stage: target });
    }
  }

  /** Creates the accounts or products the file names that are not stored, instead of refusing their rows. */
  createMissing(kind: 'ACCOUNT' | 'PRODUCT'): void {
    (kind === 'ACCOUNT' ? this.form.controls.createAccounts : this.form.controls.createProducts).setValue(
      true,
    );
  }

  protected removeRepName(value: string): void {
    this.form.controls.repNames.setValue(
      Object.fromEntries(
        Object.entries(this.form.controls.repNames.value).filter(([from]) => from !== value),
      ),
    );
  }

  protected refuses(warning: DealWarning): boolean {
    return this.draft().refuseWarnings.includes(warning);
  }

  protected setRefused(warning: DealWarning, refused: boolean): void {
    const others = this.form.controls.refuseWarnings.value.filter((kind) => kind !== warning);
    this.form.controls.refuseWarnings.setValue(refused ? [...others, warning] : others);
  }

  protected warningLabel(warning: DealWarning): TranslationKey {
    return `imports.refuse.${warning}`;
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
