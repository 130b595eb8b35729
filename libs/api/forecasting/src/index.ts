export { ForecastingModule, FORECASTING_RESOLVERS } from './lib/forecasting.module';
export { FORECASTING_ENTITIES } from './lib/forecasting.entities';
export { seedDemoForecasting, type ForecastingSeedResult } from './lib/demo/seed-forecasting';
export { ForecastSnapshotService } from './lib/forecast-snapshot.service';
export { ForecastMetric, ForecastSubjectKind } from './lib/forecast.enums';
