import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@salesops/portal/i18n';
import { PageHeaderComponent } from '@salesops/portal/ui';

/** Placeholder while the page is built. */
@Component({
  selector: 'so-api-keys-page',
  imports: [PageHeaderComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<so-page-header [title]="\'nav.apiKeys\' | t" />',
})
export class ApiKeysPageComponent {}
