import { Location } from '@angular/common';
import { provideHttpClient, withFetch } from '@angular/common/http';
import {
  type ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, Router, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { provideSalesOpsApollo, SessionStore } from '@salesops/portal/data-access/session';
import { I18nService } from '@salesops/portal/i18n';

import { appRoutes } from './app.routes';
import { prefetchFirstPage } from './first-page';
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
    // For a signed-in user the shell's chunk (app.routes.ts) and the first page's area start coming now,
    // beside Angular's start, rather than one after the other as the router reaches them.
    provideAppInitializer(() => {
      const session = inject(SessionStore);
      if (session.token())
        prefetchFirstPage(inject(Router).parseUrl(inject(Location).path()), session.role());
    }),
  ],
};
