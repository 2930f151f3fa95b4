/**
 * Facade of `lib/approvals`: change requests with a lead's approval. Which team rule a change
 * falls under (`matchApprovalRule`, zones read by `zonesOfChange`), the stored request and the
 * store's own record of it (`storedChangeRequestSchema`, `StoredEntry`), what that record
 * contradicts (`integrityProblems`), who may decide or withdraw (`decisionRefusal`,
 * `withdrawalRefusal`), the answer's view (`changeRequestView`), the requests beside the revisions
 * they produced (`requestsBesideHistory`) and who waits on whom (`whatWaitsOnWhom`). Pure: the
 * functions and the UI pass everything in.
 */
export * from './rules';
export * from './change-zones';
export * from './stored-request';
export * from './integrity';
export * from './decide-rules';
export * from './view';
export * from './history';
