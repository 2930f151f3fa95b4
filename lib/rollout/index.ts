/** Rollout: what an admin checks on a real tenant before the teams start (`npm run -s smoke`). */
export { smokeReport, type CheckFinding, type CheckStatus, type Granted, type SmokeCheck, type SmokeReport, type TenantSnapshot } from './smoke-checks';
