/**
 * Facade of `lib/access`: what a caller may do — per alerting schema in each of their teams
 * (`allowedActionsOf`, `actionsFor`) and in the app (`capabilitiesOf`: pages, review, read-only
 * review of other teams, team mappings; `PAGE_REQUIREMENTS`: who may use each page and who grants
 * it). Computed by `get-context`; the UI only reads the answer. The functions enforce access again.
 */
export { allowedActionsOf, actionsFor, type Grant } from './allowed-actions';
export { capabilitiesOf, mayReadTeamReadOnly, type CapabilityCaller } from './capabilities';
export { APP_PAGES, PAGE_REQUIREMENTS, pagesOf, type AppPage, type PageCaller, type PageRequirement } from './pages';
