import {
  type DashboardFunnelQuery,
  type DashboardTeamRepsQuery,
  type TeamPerformanceRowFragment,
} from '@salesops/portal/data-access';

// The API's rows every part of the dashboard reads; what is made of them lives beside its use
// (dashboard-tree, dashboard-summary, dashboard-csv, funnel-bars).
export type TeamRow = TeamPerformanceRowFragment;
export type RepRow = DashboardTeamRepsQuery['leaderboard']['rows'][number];
export type StageConversion = DashboardFunnelQuery['stageConversion'];
