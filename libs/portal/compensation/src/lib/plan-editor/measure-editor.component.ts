import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type CurveKind, type MeasureScope, type PlanMetric } from '@salesops/portal/data-access';
import { TranslatePipe } from '@salesops/portal/i18n';

import { rateToMultiplier, ratioToPercent, shiftDecimal } from '../plans/decimal-text';
import { type EditorErrors } from './field-errors';
import { addTier, type MeasureForm, removeTier, type TierForm, withKind } from './plan-form';

/** One measure of a plan: what it reads, its weight and its curve (tiers and a cap, or a flat rate). */
@Component({
  selector: 'so-measure-editor',
  imports: [
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measure-editor.component.html',
  styleUrl: './measure-editor.component.scss',
})
export class MeasureEditorComponent {
  readonly measure = input.required<MeasureForm>();
  readonly index = input.required<number>();
  readonly errors = input<EditorErrors>({});
  readonly readonly = input(false);
  readonly removable = input(true);
  readonly measureChange = output<MeasureForm>();
  readonly removed = output<void>();

  protected readonly metrics = ['WON_REVENUE', 'DEALS_WON', 'NEW_PIPELINE'] as const;
  protected readonly scopes = ['REP', 'TEAM'] as const;

  protected scopeKey(scope: MeasureScope) {
    return `compEditor.scope.${scope}` as const;
  }

  protected metricKey(metric: PlanMetric) {
    return `compEditor.metric.${metric}` as const;
  }

  /** The message for one of this measure's fields (`weight`, `curve.tiers.1.upTo`), if any. */
  protected error(field: string): string {
    return this.errors()[`rules.measures.${this.index()}.${field}`] ?? '';
  }

  protected set<K extends keyof MeasureForm>(field: K, value: MeasureForm[K]): void {
    this.measureChange.emit({ ...this.measure(), [field]: value });
  }

  protected setKind(kind: CurveKind): void {
    this.measureChange.emit(withKind(this.measure(), kind));
  }

  protected setTier(index: number, field: keyof TierForm, value: string): void {
    const tiers = this.measure().tiers.map((tier, i) => (i === index ? { ...tier, [field]: value } : tier));
    this.measureChange.emit({ ...this.measure(), tiers });
  }

  protected addTier(): void {
    this.measureChange.emit(addTier(this.measure()));
  }

  protected removeTier(index: number): void {
    this.measureChange.emit(removeTier(this.measure(), index));
  }

  /** "0.75" as "75%", for the hint under a field; empty while the text is not a decimal. */
  protected percent(text: string): string {
    return shiftDecimal(text, 0) === null ? '' : ratioToPercent(text.trim());
  }

  protected multiplier(text: string): string {
    return shiftDecimal(text, 0) === null ? '' : rateToMultiplier(text.trim());
  }

  /** Where a tier starts: the previous tier's end, as a percent. */
  protected tierFrom(index: number): string {
    return index === 0 ? '0%' : this.percent(this.measure().tiers[index - 1].upTo) || '…';
  }
}
