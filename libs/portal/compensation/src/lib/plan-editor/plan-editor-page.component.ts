import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { todayIsoDate } from '@salesops/domain';
import {
  CreateCompPlanGQL,
  type PlanVersionDetailFragment,
  PlanVersionGQL,
  SavePlanDraftGQL,
  SessionStore,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@salesops/portal/i18n';
import { ErrorBannerComponent, PageHeaderComponent, StateMessageComponent } from '@salesops/portal/ui';
import { firstValueFrom, map, of } from 'rxjs';

import { planWords, rulesFields } from '../plans/plan-words';
import { apiFieldErrors, type EditorErrors, placeErrors } from './field-errors';
import { PayoutChartComponent } from './payout-chart.component';
import { payoutSeries } from './payout-chart-model';
import { PlanDocumentComponent } from './plan-document.component';
import { blankPlanForm, contentOf, formFields, type PlanForm, planFormOf } from './plan-form';
import { PlanRulesEditorComponent } from './plan-rules-editor.component';
import { PlanVersionActions, type VersionAction } from './plan-version-actions';
import { checkRules } from './rules-check';

/**
 * One plan version: its document and rules side by side, with the payout curve the engine draws from
 * them as they are typed. An admin edits a draft (or writes a new plan), publishes, retires, deletes a
 * draft or starts a new version; everyone else reads.
 */
@Component({
  selector: 'so-plan-editor-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    PayoutChartComponent,
    PlanDocumentComponent,
    PlanRulesEditorComponent,
    LocalDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-editor-page.component.html',
  styleUrl: './plan-editor-page.component.scss',
})
export class PlanEditorPageComponent {
  private readonly versionGql = inject(PlanVersionGQL);
  private readonly createGql = inject(CreateCompPlanGQL);
  private readonly saveGql = inject(SavePlanDraftGQL);
  private readonly actions = inject(PlanVersionActions);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The route's `:versionId`; absent on `plans/new`. */
  readonly versionId = input<string | undefined>(undefined);

  protected readonly creating = computed(() => !this.versionId());
  protected readonly isAdmin = computed(() => this.session.role() === 'ADMIN');
  protected readonly loaded = rxResource({
    params: () => this.versionId(),
    stream: ({ params }) =>
      params
        ? this.versionGql
            .fetch({ variables: { id: params }, fetchPolicy: 'network-only' })
            .pipe(map((result) => result.data?.planVersion ?? null))
        : of(null),
  });
  /** The version as last read or saved. */
  protected readonly version = linkedSignal<PlanVersionDetailFragment | null>(() =>
    this.loaded.hasValue() ? this.loaded.value() : null,
  );
  protected readonly form = linkedSignal<PlanForm>(() => {
    const version = this.version();
    if (version) return planFormOf(version);
    return blankPlanForm(todayIsoDate(), this.i18n.t('compEditor.template'), {
      own: this.i18n.t('compEditor.template.own'),
      team: this.i18n.t('compEditor.template.team'),
    });
  });
  protected readonly dirty = linkedSignal({ source: this.version, computation: () => false });
  protected readonly editable = computed(
    () => this.isAdmin() && (this.creating() || this.version()?.status === 'DRAFT'),
  );
  protected readonly busy = signal(false);
  protected readonly fieldErrors = linkedSignal<PlanVersionDetailFragment | null, EditorErrors>({
    source: this.version,
    computation: () => ({}),
  });
  protected readonly banner = linkedSignal<PlanVersionDetailFragment | null, string[]>({
    source: this.version,
    computation: () => [],
  });

  /** The engine's reading of the rules as typed: the curve when they hold, nothing while they do not. */
  protected readonly series = computed(() => {
    const { content, problems } = contentOf(this.form());
    const check = checkRules(content.rules);
    if (!check.ok || problems['rules.targetVariableMinor']) return null;
    return payoutSeries(check.rules, this.i18n.t('compEditor.chart.whole'));
  });

  /** The rules as the rep will read them (the same words as their plan card), while the rules hold. */
  protected readonly words = computed(() => {
    const form = this.form();
    const check = checkRules(contentOf(form).content.rules);
    return check.ok ? planWords(this.i18n, rulesFields(check.rules), form.payFrequency) : null;
  });

  protected readonly title = computed(() => {
    const version = this.version();
    return version
      ? this.i18n.t('comp.plan.version', { plan: version.planName, number: version.number })
      : this.i18n.t('compEditor.newTitle');
  });

  protected readonly documentError = computed(() => this.fieldErrors()['document'] ?? '');

  protected statusKey(version: PlanVersionDetailFragment) {
    return `compPlans.status.${version.status}` as const;
  }

  protected edit(form: PlanForm): void {
    this.form.set(form);
    this.dirty.set(true);
  }

  protected async save(): Promise<void> {
    const form = this.form();
    const { content, problems } = contentOf(form);
    const check = checkRules(content.rules);
    const local: Record<string, string> = {};
    for (const [field, problem] of Object.entries(problems))
      local[field] = this.i18n.t(`compEditor.error.${problem}`);
    if (!check.ok) for (const e of check.errors) local[e.field] ??= e.message;
    if (this.creating() && !form.name.trim()) local['name'] = this.i18n.t('compEditor.error.name');
    if (Object.keys(local).length > 0) {
      this.showErrors(local, [this.i18n.t('compEditor.notSaved')]);
      return;
    }
    this.busy.set(true);
    try {
      const version = this.version();
      if (version) {
        const input = { versionId: version.id, expectedVersion: version.version, content };
        const result = await firstValueFrom(this.saveGql.mutate({ variables: { input } }));
        if (result.data) this.version.set(result.data.savePlanDraft);
      } else {
        const input = { name: form.name.trim(), content };
        const result = await firstValueFrom(this.createGql.mutate({ variables: { input } }));
        const created = result.data?.createCompPlan;
        if (created) await this.router.navigate(['/compensation/plans', created.id], { replaceUrl: true });
      }
      this.snackBar.open(this.i18n.t('compEditor.saved'), undefined, { duration: 4000 });
    } catch (error) {
      this.showApiError(error, 'compEditor.notSaved');
    } finally {
      this.busy.set(false);
    }
  }

  protected async act(action: VersionAction): Promise<void> {
    const version = this.version();
    if (!version || !(await this.actions.confirm(action, version))) return;
    this.busy.set(true);
    try {
      const after = await this.actions.run(action, version.id);
      this.snackBar.open(this.i18n.t(`compEditor.done.${action}`, { number: version.number }), undefined, {
        duration: 4000,
      });
      if (after) this.version.set(after);
      else await this.router.navigate(['/compensation/plans']);
    } catch (error) {
      this.showApiError(error, 'compEditor.actionFailed');
    } finally {
      this.busy.set(false);
    }
  }

  protected async newVersion(): Promise<void> {
    const version = this.version();
    if (!version) return;
    this.busy.set(true);
    try {
      const draft = await this.actions.newVersion(version.planId);
      if (draft) await this.router.navigate(['/compensation/plans', draft.id]);
    } catch (error) {
      this.showApiError(error, 'compEditor.actionFailed');
    } finally {
      this.busy.set(false);
    }
  }

  private showErrors(errors: EditorErrors, headline: string[]): void {
    const placed = placeErrors(errors, formFields(this.form()));
    this.fieldErrors.set(placed.fields);
    this.banner.set([...headline, ...placed.unplaced]);
    this.revealFirstError();
  }

  /** On a long form (a phone's, above all) the first field at fault may be far below: bring it up. */
  private revealFirstError(): void {
    afterNextRender(
      () => {
        const first = this.host.nativeElement.querySelector('.columns [role="alert"]');
        first?.scrollIntoView?.({ block: 'center' });
      },
      { injector: this.injector },
    );
  }

  /** An API error: field messages next to their fields, the rest (or the code's words) in the banner. */
  private showApiError(error: unknown, headline: 'compEditor.notSaved' | 'compEditor.actionFailed'): void {
    const placed = placeErrors(apiFieldErrors(error), formFields(this.form()));
    const hasFields = Object.keys(placed.fields).length > 0;
    this.fieldErrors.set(placed.fields);
    this.banner.set([
      this.i18n.t(headline),
      ...(hasFields ? placed.unplaced : shownErrors(error, this.i18n).banner),
    ]);
    if (hasFields) this.revealFirstError();
  }
}
