import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { type PeriodType } from '@salesops/domain';
import {
  FiscalCalendarService,
  type MyPlanFieldsFragment,
  MyPlansGQL,
  type PayoutDisputeFieldsFragment,
  PayoutDisputesGQL,
  PayoutStatementGQL,
  SessionStore,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { PageHeaderComponent, StateMessageComponent } from '@salesops/portal/ui';
import { map, of } from 'rxjs';

import { DisputeListComponent } from '../disputes/dispute-list.component';
import { fiscalYearOfDate } from '../statements/period-choice';
import { PeriodSelectComponent } from '../statements/period-select.component';
import { StatementViewComponent } from '../statements/statement-view.component';
import { DealsWhatIfComponent } from '../what-if/deals-what-if.component';
import { WhatIfComponent } from '../what-if/what-if.component';
import { MyPlanCardComponent } from './my-plan-card.component';

/** A rep's pay: the plans to read and accept, statements per pay period, questions, and a what-if. */
@Component({
  selector: 'so-my-pay-page',
  imports: [
    MatProgressBarModule,
    PageHeaderComponent,
    StateMessageComponent,
    DisputeListComponent,
    MyPlanCardComponent,
    PeriodSelectComponent,
    StatementViewComponent,
    WhatIfComponent,
    DealsWhatIfComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-pay-page.component.html',
  styleUrl: './my-pay-page.component.scss',
})
export class MyPayPageComponent {
  private readonly plansGql = inject(MyPlansGQL);
  private readonly statementGql = inject(PayoutStatementGQL);
  private readonly disputesGql = inject(PayoutDisputesGQL);
  private readonly i18n = inject(I18nService);
  private readonly calendar = inject(FiscalCalendarService).calendar;
  private readonly session = inject(SessionStore);
  protected readonly repId = computed(() => this.session.user()?.repId ?? null);

  protected readonly plansResource = rxResource({
    stream: () =>
      this.plansGql.fetch({ fetchPolicy: 'network-only' }).pipe(map((result) => result.data?.myPlans ?? [])),
  });
  /** The loaded plans, with acceptances put in place without a reload. */
  protected readonly plans = linkedSignal<MyPlanFieldsFragment[]>(() =>
    this.plansResource.hasValue() ? this.plansResource.value() : [],
  );
  /** The plan the what-if and the period picker follow: the latest one assigned. */
  protected readonly current = computed(() => this.plans().at(-1) ?? null);
  protected readonly periodType = computed<PeriodType>(
    () => this.current()?.version.payFrequency ?? 'QUARTER',
  );

  /** The year of the current plan's start, until the rep steps to another. */
  protected readonly fiscalYear = linkedSignal<string | null>(() => {
    const calendar = this.calendar();
    const plan = this.current();
    if (!calendar) return null;
    return plan ? fiscalYearOfDate(plan.validFrom, calendar.startMonth) : calendar.currentYear;
  });
  protected readonly period = signal<string | null>(null);

  protected readonly statement = rxResource({
    params: () => {
      const repId = this.repId();
      const period = this.period();
      return repId && period ? { repId, period } : undefined;
    },
    stream: ({ params }) =>
      params
        ? this.statementGql
            .fetch({ variables: params, fetchPolicy: 'network-only' })
            .pipe(map((result) => result.data?.payoutStatement ?? null))
        : of(null),
  });

  protected readonly shownStatement = computed(() =>
    this.statement.hasValue() ? this.statement.value() : null,
  );

  protected readonly disputesResource = rxResource({
    stream: () =>
      this.disputesGql
        .fetch({ variables: { status: null }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.payoutDisputes ?? [])),
  });
  protected readonly disputes = linkedSignal<PayoutDisputeFieldsFragment[]>(() =>
    this.disputesResource.hasValue() ? this.disputesResource.value() : [],
  );
  protected readonly sentNotice = signal(false);

  protected readonly plansError = computed(() =>
    this.plansResource.error()
      ? [this.i18n.t('myPay.loadFailed'), ...shownErrors(this.plansResource.error(), this.i18n).banner].join(
          ' ',
        )
      : '',
  );

  protected onAccepted(plan: MyPlanFieldsFragment): void {
    this.plans.update((plans) => plans.map((p) => (p.assignmentId === plan.assignmentId ? plan : p)));
  }

  protected onDisputed(dispute: PayoutDisputeFieldsFragment): void {
    this.disputes.update((disputes) => [dispute, ...disputes]);
    this.sentNotice.set(true);
  }

  protected setYear(year: string): void {
    this.fiscalYear.set(year);
  }
}
