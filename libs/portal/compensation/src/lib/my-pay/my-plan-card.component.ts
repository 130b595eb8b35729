import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  AcknowledgePlanGQL,
  errorCodeOf,
  type MyPlanFieldsFragment,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@salesops/portal/i18n';

import { markdownToHtml } from '../plans/markdown';
import { planWords } from '../plans/plan-words';

/**
 * One plan assigned to the rep: its document, its rules in words, what changed since the version they
 * last accepted, and the accept button (which sends the hash of exactly what is shown).
 */
@Component({
  selector: 'so-my-plan-card',
  imports: [MatButtonModule, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-plan-card.component.html',
  styleUrl: './my-plan-card.component.scss',
})
export class MyPlanCardComponent {
  private readonly acknowledgeGql = inject(AcknowledgePlanGQL);
  private readonly i18n = inject(I18nService);

  readonly plan = input.required<MyPlanFieldsFragment>();
  readonly accepted = output<MyPlanFieldsFragment>();
  /** The version changed under the reader (CONFLICT): the page reloads it. */
  readonly stale = output<void>();

  protected readonly sending = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly showDocument = signal(false);

  /** Sanitised by Angular when bound to [innerHTML]; never trusted as-is. */
  protected readonly documentHtml = computed(() => markdownToHtml(this.plan().version.document));
  protected readonly rules = computed(() =>
    planWords(this.i18n, this.plan().version.rules, this.plan().version.payFrequency),
  );
  protected readonly needsAccept = computed(() => this.plan().acceptedAt === null);
  protected readonly hasChanges = computed(
    () => this.plan().previousAcceptedNumber !== null && this.needsAccept(),
  );

  protected accept(): void {
    const version = this.plan().version;
    this.sending.set(true);
    this.errors.set([]);
    this.acknowledgeGql
      .mutate({ variables: { input: { planVersionId: version.id, contentHash: version.contentHash } } })
      .subscribe({
        next: (result) => {
          this.sending.set(false);
          const plan = result.data?.acknowledgePlan;
          if (plan) this.accepted.emit(plan);
        },
        error: (error: unknown) => {
          this.sending.set(false);
          if (errorCodeOf(error) === 'CONFLICT') {
            this.errors.set([this.i18n.t('comp.plan.stale')]);
            this.stale.emit();
            return;
          }
          this.errors.set([this.i18n.t('comp.plan.acceptFailed'), ...shownErrors(error, this.i18n).banner]);
        },
      });
  }
}
