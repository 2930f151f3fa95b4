/**
 * Facade of `lib/access`: what a caller may do — per alerting schema in each of their teams
 * (`allowedActionsOf`, `actionsFor`) and in the app (`capabilitiesOf`: review, team mappings).
 * Computed by `get-context`; the UI only reads the answer. The functions enforce access again.
 */
export { allowedActionsOf, actionsFor, type Grant } from './allowed-actions';
export { capabilitiesOf, type CapabilityCaller } from './capabilities';
