import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { MySurveysGQL, shownErrors } from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { PageHeaderComponent, StateMessageComponent } from '@salesops/portal/ui';
import { map, tap } from 'rxjs';

import { CloseDatePipe } from './close-time.pipes';
import { MySurveyItemComponent } from './my-survey-item.component';
import { type MySurveyEntry, sortEntries } from './my-surveys-model';
import { SurveyFormComponent } from './survey-form.component';

interface SentNotice {
  readonly title: string;
  readonly closesAt: string;
  readonly anonymous: boolean;
}

/**
 * A rep's open surveys: waiting ones first, then answered ones (editable until they close).
 * `?survey=<id>` opens one as a form on the same page; sending goes back to the list.
 */
@Component({
  selector: 'so-my-surveys-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    PageHeaderComponent,
    StateMessageComponent,
    MySurveyItemComponent,
    SurveyFormComponent,
    CloseDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-surveys-page.component.html',
  styleUrl: './my-surveys-page.component.scss',
})
export class MySurveysPageComponent {
  private readonly mySurveysGql = inject(MySurveysGQL);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The survey opened as a form: the `survey` query parameter (bound by the router). */
  readonly survey = input<string | undefined>(undefined);

  /** When the list was loaded: "closes in" counts from here. */
  protected readonly now = signal(Date.now());

  protected readonly list = rxResource({
    stream: () =>
      this.mySurveysGql.fetch({ fetchPolicy: 'network-only' }).pipe(
        map((result) => result.data?.mySurveys ?? []),
        tap(() => this.now.set(Date.now())),
      ),
  });

  /** The loaded list, with answers sent since put in place without a reload. */
  protected readonly entries = linkedSignal<MySurveyEntry[]>(() =>
    this.list.hasValue() ? sortEntries(this.list.value()) : [],
  );
  protected readonly loaded = computed(() => this.list.hasValue());
  protected readonly waiting = computed(() => this.entries().filter((entry) => !entry.answered));
  protected readonly answered = computed(() => this.entries().filter((entry) => entry.answered));
  protected readonly selected = computed(() => {
    const id = this.survey();
    return id ? (this.entries().find((entry) => entry.survey.id === id) ?? null) : null;
  });
  protected readonly loadError = computed(() =>
    this.list.error()
      ? [this.i18n.t('mySurveys.loadFailed'), ...shownErrors(this.list.error(), this.i18n).banner]
      : [],
  );
  protected readonly sent = signal<SentNotice | null>(null);
  /** Whether a form was showing, so going back to the list scrolls up too. */
  private opened = false;

  constructor() {
    // Opening a survey or going back starts at the top, with the focus on what changed.
    effect(() => {
      const id = this.survey();
      if (!this.loaded()) return;
      untracked(() => {
        if (id) this.sent.set(null);
        const focus = id
          ? '[data-testid="survey-title"]'
          : this.sent()
            ? '[data-testid="survey-sent"]'
            : null;
        if (id || focus || this.opened) this.revealTop(focus);
        this.opened = Boolean(id);
      });
    });
  }

  protected onSent(saved: MySurveyEntry): void {
    this.entries.update((entries) =>
      sortEntries(entries.map((entry) => (entry.survey.id === saved.survey.id ? saved : entry))),
    );
    this.sent.set({
      title: saved.survey.title,
      closesAt: saved.survey.closesAt,
      anonymous: saved.survey.anonymous,
    });
    void this.router.navigate(['/my-surveys']);
  }

  protected dismissSent(): void {
    this.sent.set(null);
  }

  private revealTop(focusSelector: string | null): void {
    afterNextRender(
      () => {
        const element = this.host.nativeElement;
        // The shell scrolls its content pane, not the window.
        const scroller = element.closest('.mat-drawer-content') ?? element.ownerDocument.scrollingElement;
        scroller?.scrollTo?.({ top: 0 });
        if (focusSelector) element.querySelector<HTMLElement>(focusSelector)?.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }
}
