import { type Routes } from '@angular/router';
import { ORG_ROLES, roleGuard } from '@salesops/portal/data-access';
import { resolveTexts } from '@salesops/portal/i18n';

import { ForecastPageComponent } from './forecast/forecast-page.component';
import { forecastingTexts } from './i18n/forecasting-texts';
import { MyForecastPageComponent } from './my-forecast/my-forecast-page.component';

/** Forecasting, loaded lazily by the shell; the API scopes every figure to the caller as well. */
export const forecastingRoutes: Routes = [
  {
    path: '',
    // The area's texts are here before any of its pages is shown (in Korean, fetched the first time).
    resolve: { texts: resolveTexts(forecastingTexts) },
    children: [
      {
        path: 'forecasts',
        component: ForecastPageComponent,
        canActivate: [roleGuard(ORG_ROLES)],
        title: 'nav.forecasts',
      },
      {
        path: 'my-forecast',
        component: MyForecastPageComponent,
        canActivate: [roleGuard(['REP'])],
        title: 'nav.myForecast',
      },
    ],
  },
];
