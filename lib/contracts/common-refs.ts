/** Re-exports used by several contracts, so each contract file imports from one place. */
export * from './common';
export { teamIdSchema as teamIdRefSchema } from '../teams/model';
