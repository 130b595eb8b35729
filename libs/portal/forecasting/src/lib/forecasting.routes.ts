import { type Routes } from '@angular/router';
import { ORG_ROLES, roleGuard } from '@salesops/portal/data-access';

import { ForecastPageComponent } from './forecast/forecast-page.component';
import { MyForecastPageComponent } from './my-forecast/my-forecast-page.component';

/** Forecasting, loaded lazily by the shell; the API scopes every figure to the caller as well. */
export const forecastingRoutes: Routes = [
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
];
