import { BreakpointObserver } from '@angular/cdk/layout';
import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, Injector, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { AuthService } from '@salesops/portal/data-access/session';
import { I18nService, TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';
import { filter, map } from 'rxjs';

import { arrivalNotice, withoutNotice } from './arrival-notice';
import { LangSwitchComponent } from './lang-switch.component';
import { navFor } from './nav-items';
import { ShellNavComponent } from './shell-nav.component';

/** The signed-in layout: toolbar, role-aware sidenav, and the page. */
@Component({
  selector: 'so-shell',
  imports: [
    MatButtonModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterOutlet,
    LangSwitchComponent,
    ShellNavComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
})
export class ShellComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);
  private readonly sidenav = viewChild(MatSidenav);

  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 959px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly user = this.auth.user;
  protected readonly roleLabel = computed<TranslationKey | null>(() => {
    const role = this.auth.role();
    return role ? `role.${role}` : null;
  });
  protected readonly nav = computed(() => navFor(this.auth.role()));

  constructor() {
    // Subscribed before the first page is shown, so a redirect on the first load is told too.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => void this.showArrivalNotice());
  }

  protected toggleNav(): void {
    void this.sidenav()?.toggle();
  }

  protected closeNavOnCompact(): void {
    if (this.compact()) void this.sidenav()?.close();
  }

  /** Says why the user landed here when a guard sent them (e.g. a rep opening an admin page). */
  private async showArrivalNotice(): Promise<void> {
    const notice = arrivalNotice(this.router.lastSuccessfulNavigation()?.extras.state);
    if (!notice) return;
    // Said once: the notice leaves the history entry, so a reload or a step back does not repeat it.
    this.location.replaceState(this.location.path(true), '', withoutNotice(this.location.getState()));
    // The snack bar (and the overlay under it) loads only when there is something to say: in the
    // shell's eager bundle it would weigh on every first load.
    const { MatSnackBar } = await import('@angular/material/snack-bar');
    this.injector.get(MatSnackBar).open(this.i18n.t(notice), this.i18n.t('common.close'), { duration: 8000 });
  }

  protected async logout(): Promise<void> {
    await this.auth.logout();
    await this.router.navigate(['/login']);
  }
}
