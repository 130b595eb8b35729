import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { I18nService, type Lang, TranslatePipe } from '@salesops/portal/i18n';

/**
 * One button that offers the other language, named in that language (English / 한국어). A language's
 * texts are fetched the first time it is chosen; the button waits for them, and says so if they fail.
 */
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
      [disabled]="switching()"
      (click)="switch()"
    >
      {{ otherLabel() | t }}
    </button>
    @if (failed()) {
      <span class="failed" role="alert" data-testid="lang-switch-failed">{{ failed() }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 8px;
    }
    .failed {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
      max-width: 280px;
    }
  `,
})
export class LangSwitchComponent {
  private readonly i18n = inject(I18nService);
  protected readonly switching = signal(false);
  protected readonly failed = signal('');
  protected readonly other = computed<Lang>(() => (this.i18n.lang() === 'en' ? 'ko' : 'en'));
  protected readonly otherLabel = computed(
    () => (this.other() === 'ko' ? 'lang.ko' : 'lang.en') as 'lang.ko' | 'lang.en',
  );

  protected async switch(): Promise<void> {
    const lang = this.other();
    this.switching.set(true);
    this.failed.set('');
    try {
      await this.i18n.setLang(lang);
    } catch {
      this.failed.set(this.i18n.t('lang.loadFailed', { lang: this.i18n.t(this.otherLabel()) }));
    } finally {
      this.switching.set(false);
    }
  }
}
