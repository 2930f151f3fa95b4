/** The diagnostic codes of the lead's review. Part of the one catalog (`lib/codes`). */
import type { CodeTable } from '../diagnostics';

export const REVIEW_CODES = {
  'review/changed-outside-app': { severity: 'warning', summary: 'an object whose latest change was made outside the app, bypassing the team\'s guardrails' },
} as const satisfies CodeTable;
