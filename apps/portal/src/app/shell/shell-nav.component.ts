import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatListModule } from '@angular/material/list';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@salesops/portal/i18n';

import { type NavSections } from './nav-items';

/**
 * The sidenav's links. The shell shows it in a `@defer` block: the Material list module imports Angular's
 * forms (for its selection list), and in the shell's first load the two weighed 80 kB (docs/benchmarks.md).
 */
@Component({
  selector: 'so-shell-nav',
  imports: [MatListModule, RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell-nav.component.html',
  styleUrl: './shell-nav.component.scss',
})
export class ShellNavComponent {
  readonly nav = input.required<NavSections>();
  /** A link was followed (the shell closes the sidenav on a narrow screen). */
  readonly navigated = output();
}
