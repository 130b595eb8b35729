import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MeGQL, RepGQL, shownErrors } from '@salesops/portal/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@salesops/portal/i18n';
import { ErrorBannerComponent, PageHeaderComponent, StateMessageComponent } from '@salesops/portal/ui';
import { map, of, switchMap } from 'rxjs';

/** A rep's own record: `me`, then `rep(id: me.repId)`. */
@Component({
  selector: 'so-my-profile-page',
  imports: [
    MatProgressBarModule,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    LocalDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-profile-page.component.html',
  styleUrl: './my-profile-page.component.scss',
})
export class MyProfilePageComponent {
  private readonly meGql = inject(MeGQL);
  private readonly repGql = inject(RepGQL);
  private readonly i18n = inject(I18nService);

  protected readonly profile = rxResource({
    stream: () =>
      this.meGql.fetch({ fetchPolicy: 'network-only' }).pipe(
        map((result) => result.data?.me),
        switchMap((me) => {
          if (!me?.repId) return of({ me, rep: null });
          return this.repGql
            .fetch({ variables: { id: me.repId }, fetchPolicy: 'network-only' })
            .pipe(map((result) => ({ me, rep: result.data?.rep ?? null })));
        }),
      ),
  });

  protected readonly data = computed(() => (this.profile.hasValue() ? this.profile.value() : undefined));
  protected readonly errors = computed(() =>
    this.profile.error() ? shownErrors(this.profile.error(), this.i18n).banner : [],
  );
}
