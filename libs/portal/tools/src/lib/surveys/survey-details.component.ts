import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type SurveyAdminDetailFragment } from '@salesops/portal/data-access';
import { TranslatePipe } from '@salesops/portal/i18n';

import { PAGE_FORM, type SurveyForm } from './survey-form';
import { type SurveyFormErrors } from './survey-form-errors';
import { statusKey } from './survey-format';
import { LIMITS } from './survey-model';

/** The builder's first section: title, description, the tools it is about and when it is open. */
@Component({
  selector: 'so-survey-details',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  viewProviders: [PAGE_FORM],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-details.component.html',
  styleUrls: ['./surveys-shared.scss', './survey-section.scss', './survey-details.component.scss'],
})
export class SurveyDetailsComponent {
  readonly form = input.required<SurveyForm>();
  readonly tools = input<readonly { id: string; name: string }[]>([]);
  /** The stored survey (null for a new one), for its status and wave. */
  readonly stored = input<SurveyAdminDetailFragment | null>(null);
  readonly errors = input.required<SurveyFormErrors>();

  protected readonly limits = LIMITS;
  protected readonly statusLabel = computed(() => statusKey(this.stored()?.status ?? 'DRAFT'));

  protected errorOf(control: AbstractControl): string {
    return this.errors().message(control);
  }
}
