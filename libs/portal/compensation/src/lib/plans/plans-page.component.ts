import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import {
  CompPlansGQL,
  type CompPlansQuery,
  type PlanVersionRowFragment,
  SessionStore,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@salesops/portal/i18n';
import { PageHeaderComponent, StateMessageComponent } from '@salesops/portal/ui';
import { map } from 'rxjs';

import { PlanVersionActions } from '../plan-editor/plan-version-actions';
import { AckTrackerComponent } from './ack-tracker.component';
import { AssignFormComponent } from './assign-form.component';

type Panel = { versionId: string; kind: 'tracker' | 'assign' };

/**
 * Plans with their versions and status, who has accepted each version, assigning a team or a rep and
 * ending an assignment; the way into the editor, and a new version of a plan.
 */
@Component({
  selector: 'so-plans-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    PageHeaderComponent,
    StateMessageComponent,
    AckTrackerComponent,
    AssignFormComponent,
    LocalDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plans-page.component.html',
  styleUrl: './plans-page.component.scss',
})
export class PlansPageComponent {
  private readonly gql = inject(CompPlansGQL);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);
  private readonly actions = inject(PlanVersionActions);
  private readonly router = inject(Router);
  protected readonly isAdmin = computed(() => this.session.role() === 'ADMIN');

  protected readonly plans = rxResource({
    stream: () =>
      this.gql.fetch({ fetchPolicy: 'network-only' }).pipe(map((result) => result.data?.compPlans ?? [])),
  });
  /** The panel open under one version: its acknowledgement tracker or the assign form. */
  protected readonly panel = signal<Panel | null>(null);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);

  /** A plan has at most one draft: the editor holds it, and no new version starts meanwhile. */
  protected hasDraft(plan: CompPlansQuery['compPlans'][number]): boolean {
    return plan.versions.some((version) => version.status === 'DRAFT');
  }

  protected async newVersion(planId: string): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      const draft = await this.actions.newVersion(planId);
      if (draft) await this.router.navigate(['/compensation/plans', draft.id]);
    } catch (error) {
      this.errors.set([this.i18n.t('compEditor.actionFailed'), ...shownErrors(error, this.i18n).banner]);
    } finally {
      this.busy.set(false);
    }
  }

  protected statusKey(version: PlanVersionRowFragment) {
    return `compPlans.status.${version.status}` as const;
  }

  protected isOpen(version: PlanVersionRowFragment, kind: Panel['kind']): boolean {
    const panel = this.panel();
    return panel?.versionId === version.id && panel.kind === kind;
  }

  protected toggle(version: PlanVersionRowFragment, kind: Panel['kind']): void {
    this.panel.set(this.isOpen(version, kind) ? null : { versionId: version.id, kind });
  }

  protected onAssigned(version: PlanVersionRowFragment, count: number): void {
    this.snackBar.open(this.i18n.t('compPlans.assignDone', { count }), undefined, { duration: 4000 });
    this.plans.reload();
    this.panel.set({ versionId: version.id, kind: 'tracker' });
  }
}
