/** Entry of the scoping bench's bundle (see `deployed-functions.ts`): the guarded side's code. */
export { operations } from '../../lib/functions/index';
export { settingsPort } from '../../api/_adapters/settings-port';
export { teamStore } from '../../api/_adapters/team-store';
export { changeRequestStore } from '../../api/_adapters/change-request-store';
export { metricsPort } from '../../api/_adapters/metrics-port';
export { peoplePort } from '../../api/_adapters/people-port';
