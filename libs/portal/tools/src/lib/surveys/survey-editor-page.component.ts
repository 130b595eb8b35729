import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  resource,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  loadTeamOptions,
  shownErrors,
  SurveyAdminCreateGQL,
  type SurveyAdminDetailFragment,
  SurveyAdminRepsGQL,
  SurveyAdminSurveyGQL,
  SurveyAdminToolsGQL,
  SurveyAdminUpdateGQL,
  TeamOptionsGQL,
  toFieldErrors,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { ErrorBannerComponent, PageHeaderComponent, StateMessageComponent } from '@salesops/portal/ui';
import { firstValueFrom, map } from 'rxjs';

import { loadRepOptions } from './rep-options';
import { SurveyActions } from './survey-actions';
import { SurveyAudienceComponent } from './survey-audience.component';
import { SurveyDetailsComponent } from './survey-details.component';
import {
  fillSurveyForm,
  liveDraft,
  markServerErrors,
  type QuestionContext,
  surveyForm,
  watchSurveyRules,
} from './survey-form';
import { SurveyFormErrors } from './survey-form-errors';
import { statusKey } from './survey-format';
import { draftOf, type SurveyDraft, toSurveyInput } from './survey-model';
import { SurveyPreviewComponent } from './survey-preview.component';
import { SurveyQuestionsComponent } from './survey-questions.component';

/**
 * The survey builder: details, audience, dates and the questions, with a live preview of what a rep
 * will see. Drafts are saved as they are; published surveys open read-only.
 */
@Component({
  selector: 'so-survey-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    SurveyAudienceComponent,
    SurveyDetailsComponent,
    SurveyPreviewComponent,
    SurveyQuestionsComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-editor-page.component.html',
  styleUrls: ['./surveys-shared.scss', './survey-section.scss', './survey-editor-page.component.scss'],
})
export class SurveyEditorPageComponent {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly surveyGql = inject(SurveyAdminSurveyGQL);
  private readonly toolsGql = inject(SurveyAdminToolsGQL);
  private readonly repsGql = inject(SurveyAdminRepsGQL);
  private readonly teamOptionsGql = inject(TeamOptionsGQL);
  private readonly createGql = inject(SurveyAdminCreateGQL);
  private readonly updateGql = inject(SurveyAdminUpdateGQL);
  private readonly actions = inject(SurveyActions);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly previewPane = viewChild<ElementRef<HTMLElement>>('previewPane');

  protected readonly id = toSignal(this.route.paramMap.pipe(map((params) => params.get('id'))), {
    initialValue: this.route.snapshot.paramMap.get('id'),
  });
  protected readonly saving = signal(false);
  protected readonly banner = signal<readonly string[]>([]);
  /** After a save was refused for the fields: says so until every field is fine again. */
  protected readonly fixFields = signal(false);
  protected readonly notice = signal<string>(this.arrivalNotice());
  protected readonly errors = new SurveyFormErrors(this.i18n);
  /** The stored survey this form edits (null for a new one); its version goes back on save. */
  protected readonly stored = signal<SurveyAdminDetailFragment | null>(null);
  protected readonly readOnly = computed(() => {
    const survey = this.stored();
    return survey !== null && survey.status !== 'DRAFT';
  });
  protected readonly statusLabel = computed(() => statusKey(this.stored()?.status ?? 'DRAFT'));

  protected readonly form = surveyForm();
  private readonly questionContext: QuestionContext = {
    toolIds: () => this.form.controls.toolIds.value,
    destroyRef: this.destroyRef,
  };

  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });
  protected readonly fixFieldsShown = computed(() => this.fixFields() && this.status() === 'INVALID');

  /** The builder's values as they are typed, for the preview, the pickers and the sections. */
  protected readonly draft = liveDraft(this.form);

  protected readonly loaded = rxResource({
    params: () => this.id() ?? undefined,
    stream: ({ params }) =>
      this.surveyGql
        .fetch({ variables: { id: params }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.survey)),
  });
  protected readonly loadErrors = computed(() =>
    this.loaded.error() ? shownErrors(this.loaded.error(), this.i18n).banner : [],
  );

  protected readonly toolOptions = rxResource({
    stream: () =>
      this.toolsGql.fetch({ fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.salesTools ?? [])),
  });
  protected readonly tools = computed(() => {
    const loaded = this.toolOptions.hasValue() ? this.toolOptions.value() : [];
    // A survey's own tools stay listed even when the inventory cannot be read.
    const own = this.stored()?.tools ?? [];
    const all = [...loaded, ...own.filter((tool) => !loaded.some((t) => t.id === tool.id))];
    return all.sort((a, b) => a.name.localeCompare(b.name));
  });
  /** True once the pickers have their options and a stored survey is in the form (for tests and screen readers). */
  protected readonly ready = computed(
    () => !this.toolOptions.isLoading() && (!this.id() || this.stored() !== null),
  );

  private readonly teamOptions = resource({
    params: () => (this.draft().audience === 'TEAMS' ? true : undefined),
    loader: () => loadTeamOptions(this.teamOptionsGql),
  });
  protected readonly teams = computed(() =>
    this.teamOptions.hasValue() ? (this.teamOptions.value() ?? []) : [],
  );

  private readonly repOptions = resource({
    params: () => (this.draft().audience === 'REPS' ? true : undefined),
    loader: () => loadRepOptions(this.repsGql),
  });
  protected readonly reps = computed(() =>
    this.repOptions.hasValue() ? (this.repOptions.value() ?? []) : [],
  );

  constructor() {
    watchSurveyRules(this.form, this.destroyRef);
    effect(() => {
      const survey = this.loaded.hasValue() ? this.loaded.value() : undefined;
      if (survey) untracked(() => this.fill(survey));
    });
  }

  protected scrollToPreview(): void {
    this.previewPane()?.nativeElement.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }

  // ---- Save ----

  protected async save(): Promise<void> {
    if (this.readOnly() || this.saving()) return;
    this.form.markAllAsTouched();
    this.errors.refresh();
    this.banner.set([]);
    this.notice.set('');
    this.fixFields.set(false);
    if (this.form.invalid) {
      this.fixFields.set(true);
      this.focusFirstError();
      return;
    }
    this.saving.set(true);
    const input = toSurveyInput(this.form.getRawValue() as SurveyDraft);
    const current = this.stored();
    try {
      if (current) {
        const result = await firstValueFrom(
          this.updateGql.mutate({
            variables: { input: { id: current.id, expectedVersion: current.version, survey: input } },
          }),
        );
        const saved = result.data?.updateSurvey;
        if (saved) {
          this.stored.set(saved);
          this.form.markAsPristine();
          this.notice.set(this.i18n.t('survey.draftSaved'));
        }
      } else {
        const result = await firstValueFrom(this.createGql.mutate({ variables: { input } }));
        const saved = result.data?.createSurvey;
        if (saved) {
          this.stored.set(saved);
          this.form.markAsPristine();
          await this.router.navigate(['/surveys', saved.id, 'edit'], {
            replaceUrl: true,
            state: { surveyNotice: 'saved' },
          });
        }
      }
    } catch (error) {
      this.showSaveError(error);
    } finally {
      this.saving.set(false);
      this.errors.refresh();
    }
  }

  /** Publishes the saved draft (after saving what changed), behind the same confirmation as the list. */
  protected async publish(): Promise<void> {
    if (this.form.dirty) await this.save();
    const survey = this.stored();
    if (
      !survey ||
      survey.status !== 'DRAFT' ||
      this.form.dirty ||
      this.banner().length > 0 ||
      this.fixFields()
    ) {
      return;
    }
    const outcome = await this.actions.publish(survey);
    if (outcome.kind === 'failed') this.banner.set(outcome.messages);
    if (outcome.kind === 'done') {
      await this.router.navigate(['/surveys'], {
        state: { surveyNotice: 'published', surveyTitle: outcome.survey.title },
      });
    }
  }

  private showSaveError(error: unknown): void {
    const { hasPlaced, unplaced } = markServerErrors(this.form, toFieldErrors(error));
    const headline = shownErrors(error, this.i18n).banner[0];
    this.fixFields.set(hasPlaced);
    this.banner.set(
      hasPlaced
        ? unplaced
        : unplaced.length > 0
          ? [headline, ...unplaced]
          : [...shownErrors(error, this.i18n).banner],
    );
    if (hasPlaced) this.focusFirstError();
  }

  private focusFirstError(): void {
    // After the view shows the messages: the first invalid field gets the focus and scrolls into view.
    setTimeout(() => {
      const invalid = this.host.nativeElement.querySelector<HTMLElement>(
        'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, [role="alert"].field-error',
      );
      invalid?.scrollIntoView?.({ block: 'center' });
      if (invalid && 'focus' in invalid) invalid.focus({ preventScroll: true });
    });
  }

  // ---- Loading ----

  private fill(survey: SurveyAdminDetailFragment): void {
    this.stored.set(survey);
    fillSurveyForm(this.form, draftOf(survey), this.questionContext);
    if (survey.status !== 'DRAFT') this.form.disable();
    else this.form.enable();
  }

  private arrivalNotice(): string {
    const state = this.router.currentNavigation()?.extras.state as { surveyNotice?: string } | undefined;
    return state?.surveyNotice === 'saved' ? this.i18n.t('survey.draftSaved') : '';
  }
}
