import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { I18nService } from '@salesops/portal/i18n';

/**
 * The root. One outlet per language: switching it re-creates the pages, so the pure
 * `t` pipe never shows a cached string of the old language (docs/decisions/0006-portal-i18n.md).
 */
@Component({
  selector: 'so-root',
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (lang()) {
      @case ('ko') {
        <router-outlet />
      }
      @default {
        <router-outlet />
      }
    }
  `,
})
export class AppComponent {
  protected readonly lang = inject(I18nService).lang;
}
