import { InitOrg1795736576589 } from './1795736576589-InitOrg';

/** Every migration, oldest first. Add new ones at the end; never edit one that has landed. */
export const MIGRATIONS = [InitOrg1795736576589];
