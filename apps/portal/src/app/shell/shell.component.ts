import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService } from '@salesops/portal/data-access';
import { type TranslationKey, TranslatePipe } from '@salesops/portal/i18n';
import { map } from 'rxjs';
import { LangSwitchComponent } from './lang-switch.component';
import { navFor } from './nav-items';

/** The signed-in layout: toolbar, role-aware sidenav, and the page. */
@Component({
  selector: 'so-shell',
  imports: [
    MatButtonModule,
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    LangSwitchComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
})
export class ShellComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
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

  protected toggleNav(): void {
    void this.sidenav()?.toggle();
  }

  protected closeNavOnCompact(): void {
    if (this.compact()) void this.sidenav()?.close();
  }

  protected async logout(): Promise<void> {
    await this.auth.logout();
    await this.router.navigate(['/login']);
  }
}
