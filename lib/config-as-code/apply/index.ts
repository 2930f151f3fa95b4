/**
 * The client side of config as code, shared by the UI and the CLI: running a plan's steps through
 * the guarded functions (`applyPlan`) and the plan as a report without values (`planReport`).
 */
export { applyPlan, type ApplyOptions, type ApplyPort, type ApplyReport, type StepOutcome, type StepReport } from './apply-plan';
export { planReport, type PlanReport, type PlanReportEntry, type RefusedReportEntry } from './plan-report';
