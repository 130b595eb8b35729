import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@salesops/portal/i18n';
import { PageHeaderComponent } from '@salesops/portal/ui';

@Component({
  selector: 'so-not-found-page',
  imports: [MatButtonModule, RouterLink, PageHeaderComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-page-header [title]="'notFound.title' | t" [subtitle]="'notFound.text' | t" />
    <a mat-flat-button routerLink="/">{{ 'notFound.home' | t }}</a>
  `,
})
export class NotFoundPageComponent {}
