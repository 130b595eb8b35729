import { provideHttpClient, withFetch } from '@angular/common/http';
import {
  type ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { provideSalesOpsApollo, SessionStore } from '@salesops/portal/data-access/session';
import { I18nService } from '@salesops/portal/i18n';

import { appRoutes } from './app.routes';
import { TranslatedTitleStrategy } from './translated-title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideHttpClient(withFetch()),
    provideSalesOpsApollo(),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // A Korean user's first page is in Korean: its texts are fetched before the app starts. If they
    // cannot be fetched the portal starts in English rather than not at all.
    provideAppInitializer(() =>
      inject(I18nService)
        .ready()
        .catch(() => undefined),
    ),
    // The shell's chunk (app.routes.ts) starts coming now for a signed-in user, beside Angular's start.
    provideAppInitializer(() => {
      if (inject(SessionStore).token()) import('./shell/shell.routes').catch(() => undefined);
    }),
  ],
};
