/**
 * The diagnostic codes of the contracts themselves: input every request refuses, and the failures
 * the UI's function client (`ui/app/hooks/callFunction.ts`) reports when no answer within the
 * contract arrives (declared here because lib/ may not import ui/). Part of the one catalog
 * (`lib/codes`).
 */
import type { CodeTable } from '../diagnostics';

export const CONTRACT_CODES = {
  'input/invalid-unicode': { severity: 'error', summary: 'text with an unpaired utf-16 surrogate (half of a character such as an emoji)' },
  'ui/network': { severity: 'error', summary: 'the app could not reach the server' },
  'ui/contract': { severity: 'error', summary: 'a function answer that does not match its contract (app and functions of different versions)' },
  'ui/unexpected': { severity: 'error', summary: 'the UI failed unexpectedly while loading' },
  'ui/http/540': { severity: 'error', summary: 'the function crashed (AppEngine\'s HTTP 540)' },
  'ui/http/541': { severity: 'error', summary: 'the function timed out (AppEngine\'s HTTP 541)' },
  'ui/http/401': { severity: 'error', summary: 'the user is not signed in' },
  'ui/http/403': { severity: 'error', summary: 'the user may not use the app' },
  'ui/http/unexpected-status': { severity: 'error', summary: 'a function call answered with another HTTP status and no answer in its contract' },
} as const satisfies CodeTable;
