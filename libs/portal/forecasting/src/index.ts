export { forecastingRoutes } from './lib/forecasting.routes';
