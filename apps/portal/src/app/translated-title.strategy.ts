import { effect, inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18nService } from '@salesops/portal/i18n';

/** Route titles are translation keys; the tab shows "<page> · Sales Ops" in the current language. */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private lastKey: string | undefined;

  constructor() {
    super();
    effect(() => {
      this.i18n.lang();
      this.apply(this.lastKey);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.lastKey = this.buildTitle(snapshot);
    this.apply(this.lastKey);
  }

  private apply(key: string | undefined): void {
    const app = this.i18n.t('app.name');
    this.title.setTitle(key && this.i18n.has(key) ? `${this.i18n.t(key)} · ${app}` : app);
  }
}
