import { ChangeDetectionStrategy, Component, computed, input, model, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@salesops/portal/i18n';

import { correctionProblems } from './correction';

/** The test ids of a correction form's parts, kept per use so browser tests can tell them apart. */
export interface CorrectionTestIds {
  readonly form: string;
  readonly amount: string;
  readonly period: string;
  readonly text: string;
  readonly submit: string;
}

/**
 * The fields shared by every money correction ops make (an adjustment from a statement, a dispute's
 * answer): amount, the open period that carries it, the words the rep reads; checked before `submitted`.
 * What comes above the fields (a title, a choice) is projected.
 */
@Component({
  selector: 'so-correction-form',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './correction-form.component.html',
  styleUrl: './correction-form.component.scss',
})
export class CorrectionFormComponent {
  readonly testIds = input.required<CorrectionTestIds>();
  /** False when no money moves (a dispute answered with no change): only the text is asked for. */
  readonly withAmount = input(true);
  readonly amountLabel = input.required<string>();
  readonly amountHint = input('');
  readonly periodPlaceholder = input('');
  readonly textLabel = input.required<string>();
  readonly textRequired = input.required<string>();
  readonly textRows = input(2);
  readonly maxText = input(1000);
  readonly submitLabel = input.required<string>();
  /** Shows a cancel button when set. */
  readonly cancelLabel = input('');
  readonly sending = input(false);
  readonly errors = input<readonly string[]>([]);

  readonly amount = model('');
  readonly period = model('');
  readonly text = model('');
  readonly submitted = output<void>();
  readonly cancelled = output<void>();

  protected readonly tried = signal(false);
  protected readonly problems = computed(() =>
    correctionProblems(
      { amount: this.amount(), period: this.period(), text: this.text() },
      this.withAmount(),
      this.maxText(),
    ),
  );

  protected submit(): void {
    this.tried.set(true);
    const problems = this.problems();
    if (problems.amount || problems.period || problems.text) return;
    this.tried.set(false);
    this.submitted.emit();
  }
}
