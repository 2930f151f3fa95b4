/**
 * Each function's contract, built on first use. zod builds a schema eagerly, and building all
 * twenty contracts took 100–230 ms of the page's main thread before anything was shown (headless
 * Chromium, 2 cores); the UI asks for the contract of a call as it starts it, so the page's
 * startup builds only the few its first calls need, while their answers are still on the way.
 * The functions, tests and the CLI keep the eager `contracts` of ./registry.
 */
import type { contracts, FunctionName } from './registry';

type Loaders = { [N in FunctionName]: () => Promise<(typeof contracts)[N]> };

const loaders: Loaders = {
  'get-context': () => import('./get-context').then((m) => m.getContextContract),
  'list-team-alerting': () => import('./list-team-alerting').then((m) => m.listTeamAlertingContract),
  'get-alerting-object': () => import('./get-alerting-object').then((m) => m.getAlertingObjectContract),
  'preview-alerting-change': () => import('./preview-alerting-change').then((m) => m.previewAlertingChangeContract),
  'create-alerting-object': () => import('./create-alerting-object').then((m) => m.createAlertingObjectContract),
  'update-alerting-object': () => import('./update-alerting-object').then((m) => m.updateAlertingObjectContract),
  'delete-alerting-object': () => import('./delete-alerting-object').then((m) => m.deleteAlertingObjectContract),
  'get-alerting-history': () => import('./get-alerting-history').then((m) => m.getAlertingHistoryContract),
  'list-unowned-alerting': () => import('./list-unowned-alerting').then((m) => m.listUnownedAlertingContract),
  'list-teams': () => import('./teams').then((m) => m.listTeamsContract),
  'upsert-team': () => import('./teams').then((m) => m.upsertTeamContract),
  'delete-team': () => import('./teams').then((m) => m.deleteTeamContract),
  'export-team-alerting': () => import('./export-team-alerting').then((m) => m.exportTeamAlertingContract),
  'plan-alerting-changes': () => import('./plan-alerting-changes').then((m) => m.planAlertingChangesContract),
  'propose-alerting-change': () => import('./propose-alerting-change').then((m) => m.proposeAlertingChangeContract),
  'list-change-requests': () => import('./list-change-requests').then((m) => m.listChangeRequestsContract),
  'decide-change-request': () => import('./decide-change-request').then((m) => m.decideChangeRequestContract),
  'withdraw-change-request': () => import('./withdraw-change-request').then((m) => m.withdrawChangeRequestContract),
  'list-metrics': () => import('./list-metrics').then((m) => m.listMetricsContract),
  'resolve-people': () => import('./resolve-people').then((m) => m.resolvePeopleContract),
};

const loaded = new Map<FunctionName, Promise<unknown>>();

/** The contract of `name`, loaded (and its schemas built) once. */
export function contractOf<N extends FunctionName>(name: N): Promise<(typeof contracts)[N]> {
  let contract = loaded.get(name);
  if (!contract) {
    contract = loaders[name]();
    loaded.set(name, contract);
    // a failed load (a chunk the network lost) is tried again by the next call
    contract.catch(() => loaded.delete(name));
  }
  return contract as Promise<(typeof contracts)[N]>;
}
