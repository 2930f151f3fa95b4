/** People as the app shows them: user ids resolved to names through one fallback chain (labels.ts). */
export { isUserId, labelPeople, shortId, type DirectoryUser, type LabelSources, type PersonLabel, type PersonSource } from './labels';
