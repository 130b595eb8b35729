import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MIN_ANONYMITY_THRESHOLD } from '@salesops/domain';
import { type SurveyAudience, type TeamOption } from '@salesops/portal/data-access';
import { TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';

import { type RepOption, RepPickerComponent } from './rep-picker.component';
import { PAGE_FORM, type SurveyForm } from './survey-form';
import { type SurveyFormErrors } from './survey-form-errors';
import { AUDIENCES, type SurveyDraft } from './survey-model';

/** The builder's "who answers" section: named or anonymous, and to whom the survey goes. */
@Component({
  selector: 'so-survey-audience',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    MatSlideToggleModule,
    RepPickerComponent,
    TranslatePipe,
  ],
  viewProviders: [PAGE_FORM],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-audience.component.html',
  styleUrls: ['./surveys-shared.scss', './survey-section.scss', './survey-audience.component.scss'],
})
export class SurveyAudienceComponent {
  readonly form = input.required<SurveyForm>();
  /** The builder's values: a new object on every change, so this view follows the form. */
  readonly draft = input.required<SurveyDraft>();
  readonly teams = input<readonly TeamOption[]>([]);
  readonly reps = input<readonly RepOption[]>([]);
  readonly readOnly = input(false);
  readonly errors = input.required<SurveyFormErrors>();

  protected readonly audiences = AUDIENCES;
  protected readonly minThreshold = MIN_ANONYMITY_THRESHOLD;

  protected audienceLabel(audience: SurveyAudience): TranslationKey {
    return `survey.audience.${audience}`;
  }

  protected errorOf(control: AbstractControl): string {
    return this.errors().message(control);
  }

  protected shownError(control: AbstractControl): string {
    return this.errors().shown(control);
  }

  protected pickReps(ids: string[]): void {
    const { audienceRepIds } = this.form().controls;
    audienceRepIds.setValue(ids);
    audienceRepIds.markAsTouched();
  }
}
