import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import {
  type DisputeStatus,
  type PayoutDisputeFieldsFragment,
  PayoutDisputesGQL,
  SessionStore,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { PageHeaderComponent, StateMessageComponent } from '@salesops/portal/ui';
import { map } from 'rxjs';

import { DisputeAnswerComponent } from './dispute-answer.component';
import { DisputeListComponent } from './dispute-list.component';

/** Ops: the questions reps raised on statement lines, open ones first; admins answer them. */
@Component({
  selector: 'so-disputes-page',
  imports: [
    MatButtonToggleModule,
    MatProgressBarModule,
    PageHeaderComponent,
    StateMessageComponent,
    DisputeAnswerComponent,
    DisputeListComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'nav.compDisputes' | t" [subtitle]="'compDisputes.subtitle' | t">
      <mat-button-toggle-group [value]="status()" (change)="status.set($event.value)">
        <mat-button-toggle value="OPEN" data-testid="disputes-open">{{
          'compDisputes.showOpen' | t
        }}</mat-button-toggle>
        <mat-button-toggle [value]="null" data-testid="disputes-all">{{
          'compDisputes.showAll' | t
        }}</mat-button-toggle>
      </mat-button-toggle-group>
    </so-page-header>
    @if (answering(); as dispute) {
      <so-dispute-answer
        class="answer"
        [dispute]="dispute"
        (resolved)="onResolved($event)"
        (cancelled)="answering.set(null)"
      />
    }
    @if (list.isLoading()) {
      <mat-progress-bar mode="indeterminate" />
    } @else if (list.error()) {
      <so-state-message
        kind="error"
        data-testid="disputes-error"
        [message]="'comp.disputes.loadFailed' | t"
        [actionLabel]="'common.retry' | t"
        (action)="list.reload()"
      />
    } @else if (disputes().length === 0) {
      <so-state-message data-testid="disputes-empty" [message]="'compDisputes.empty' | t" />
    } @else {
      <so-dispute-list
        [disputes]="disputes()"
        [actionable]="true"
        [canAnswer]="isAdmin()"
        (opened)="open($event)"
        (answering)="answering.set($event)"
      />
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 880px;
      margin: 0 auto;
    }
    .answer {
      display: block;
      margin-bottom: 16px;
    }
  `,
})
export class DisputesPageComponent {
  private readonly gql = inject(PayoutDisputesGQL);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);
  protected readonly isAdmin = computed(() => this.session.role() === 'ADMIN');

  protected readonly status = signal<DisputeStatus | null>('OPEN');
  protected readonly answering = signal<PayoutDisputeFieldsFragment | null>(null);
  protected readonly list = rxResource({
    params: () => ({ status: this.status() }),
    stream: ({ params }) =>
      this.gql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.payoutDisputes ?? [])),
  });
  protected readonly disputes = linkedSignal<PayoutDisputeFieldsFragment[]>(() =>
    this.list.hasValue() ? this.list.value() : [],
  );

  protected open(dispute: PayoutDisputeFieldsFragment): void {
    void this.router.navigate(['/compensation'], {
      queryParams: { period: dispute.period, rep: dispute.repId },
    });
  }

  protected onResolved(resolved: PayoutDisputeFieldsFragment): void {
    this.answering.set(null);
    this.disputes.update((disputes) =>
      this.status() === 'OPEN'
        ? disputes.filter((d) => d.id !== resolved.id)
        : disputes.map((d) => (d.id === resolved.id ? resolved : d)),
    );
    this.snackBar.open(this.i18n.t('comp.resolve.done', { name: resolved.repName }), undefined, {
      duration: 4000,
    });
  }
}
