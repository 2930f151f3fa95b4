/**
 * Builds the app once per test run (`npm run build`: `dt-app build --optimize --enable-code-splitting`) before the integration and e2e projects,
 * which run the *built* functions in the js-runtime and serve the *built* UI.
 * Set TEAM_ALERTING_SKIP_BUILD=1 to reuse an existing dist/ while iterating.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function globalSetup(): void {
  if (process.env.TEAM_ALERTING_SKIP_BUILD === '1' || process.env.TEAM_ALERTING_BUILT === '1') return;
  const root = path.resolve(__dirname, '../..');
  execFileSync(process.execPath, [path.join(root, 'node_modules/dt-app/lib/src/bin.js'), 'build', '--optimize', '--enable-code-splitting'], {
    cwd: root,
    stdio: 'inherit',
    // jest sets NODE_ENV=test; with it the optimized build emits jsxDEV calls that React's
    // production bundle does not have, and every page crashes. Build as `npm run build` does.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  // later projects of the same run (globalSetup runs in the parent process) reuse this build
  process.env.TEAM_ALERTING_BUILT = '1';
}
