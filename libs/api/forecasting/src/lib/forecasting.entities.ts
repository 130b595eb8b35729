import { ForecastCallEntity } from './forecast-call.entity';
import { ForecastSnapshotEntity } from './forecast-snapshot.entity';

export const FORECASTING_ENTITIES = [ForecastCallEntity, ForecastSnapshotEntity];
