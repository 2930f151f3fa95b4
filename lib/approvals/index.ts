/**
 * Facade of `lib/approvals`: change requests with a lead's approval. Which team rule a change
 * falls under (`matchApprovalRule`, zones read by `zonesOfChange`), the stored request and the
 * store's own record of it (`storedChangeRequestSchema`, `StoredEntry`), what that record
 * contradicts (`integrityProblems`), who may decide or withdraw (`decisionRefusal`,
 * `withdrawalRefusal`), the answer's view (`changeRequestView`) and the requests that produced
 * history revisions (`requestsOfRevisions`). Pure: the functions pass everything in.
 */
export * from './rules';
export * from './change-zones';
export * from './stored-request';
export * from './integrity';
export * from './decide-rules';
export * from './view';
