export { ForecastingModule, FORECASTING_RESOLVERS } from './lib/forecasting.module';
export { FORECASTING_ENTITIES } from './lib/forecasting.entities';
