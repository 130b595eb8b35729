import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MAX_MEASURES } from '@salesops/domain';
import { type PayFrequency, type PlanMetric } from '@salesops/portal/data-access';
import { TranslatePipe } from '@salesops/portal/i18n';

import { ratioToPercent, shiftDecimal } from '../plans/decimal-text';
import { type EditorErrors } from './field-errors';
import { MeasureEditorComponent } from './measure-editor.component';
import { freeKey, type MeasureForm, newMeasure, type PlanForm, type TeamBonusForm } from './plan-form';

/** A version's rules and dates: pay, frequency, effective dates, the measures and a team bonus. */
@Component({
  selector: 'so-plan-rules-editor',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MeasureEditorComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-rules-editor.component.html',
  styleUrl: './plan-rules-editor.component.scss',
})
export class PlanRulesEditorComponent {
  readonly form = input.required<PlanForm>();
  readonly errors = input<EditorErrors>({});
  readonly readonly = input(false);
  /** A new plan: its name is asked for too. */
  readonly creating = input(false);
  readonly formChange = output<PlanForm>();

  protected readonly frequencies = ['MONTH', 'QUARTER', 'YEAR'] as const;
  protected readonly metrics = ['WON_REVENUE', 'DEALS_WON', 'NEW_PIPELINE'] as const;
  protected readonly maxMeasures = MAX_MEASURES;

  protected set<K extends keyof PlanForm>(field: K, value: PlanForm[K]): void {
    this.formChange.emit({ ...this.form(), [field]: value });
  }

  protected setMeasure(index: number, measure: MeasureForm): void {
    this.set(
      'measures',
      this.form().measures.map((m, i) => (i === index ? measure : m)),
    );
  }

  protected addMeasure(): void {
    const measures = this.form().measures;
    this.set('measures', [...measures, newMeasure(freeKey(measures), '', 'REP', '0')]);
  }

  protected removeMeasure(index: number): void {
    this.set(
      'measures',
      this.form().measures.filter((_, i) => i !== index),
    );
  }

  protected setBonus<K extends keyof TeamBonusForm>(field: K, value: TeamBonusForm[K]): void {
    const bonus = this.form().teamBonus;
    if (bonus) this.set('teamBonus', { ...bonus, [field]: value });
  }

  protected toggleBonus(on: boolean): void {
    this.set(
      'teamBonus',
      on ? { amount: '2000.00', threshold: '1', partialFrom: '', metric: 'WON_REVENUE' } : null,
    );
  }

  protected frequencyKey(frequency: PayFrequency) {
    return `compEditor.frequency.${frequency}` as const;
  }

  protected metricKey(metric: PlanMetric) {
    return `compEditor.metric.${metric}` as const;
  }

  protected percent(text: string): string {
    return shiftDecimal(text, 0) === null ? '' : ratioToPercent(text.trim());
  }
}
