import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { I18nService, type Lang, TranslatePipe } from '@salesops/portal/i18n';

/** One button that offers the other language, named in that language (English / 한국어). */
@Component({
  selector: 'so-lang-switch',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      data-testid="lang-switch"
      [attr.lang]="other()"
      [attr.aria-label]="('lang.label' | t) + ': ' + (otherLabel() | t)"
      (click)="i18n.setLang(other())"
    >
      {{ otherLabel() | t }}
    </button>
  `,
})
export class LangSwitchComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly other = computed<Lang>(() => (this.i18n.lang() === 'en' ? 'ko' : 'en'));
  protected readonly otherLabel = computed(
    () => (this.other() === 'ko' ? 'lang.ko' : 'lang.en') as 'lang.ko' | 'lang.en',
  );
}
