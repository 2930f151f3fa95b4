/**
 * One contract per app function (request + response zod schemas, types derived with z.infer),
 * imported by the function and by the UI. `contracts` maps function names to their schemas.
 */
export * from './common';
export * from './get-context';
export * from './list-team-alerting';
export * from './get-alerting-object';
export * from './preview-alerting-change';
export * from './create-alerting-object';
export * from './update-alerting-object';
export * from './delete-alerting-object';
export * from './get-alerting-history';
export * from './list-unowned-alerting';
export * from './teams';
export * from './config-as-code-common';
export * from './export-team-alerting';
export * from './plan-alerting-changes';
export * from './change-request';
export * from './propose-alerting-change';
export * from './list-change-requests';
export * from './decide-change-request';
export * from './withdraw-change-request';
export * from './list-metrics';
export * from './resolve-people';

import * as c from './registry';
export const contracts = c.contracts;
export type FunctionName = c.FunctionName;
