/**
 * The app's one import of zod: every schema is built with `import * as z from '<…>/zod'`, so
 * zod is configured before the first schema exists. AppEngine runs functions (and the app's page) without
 * `unsafe-eval`, and zod compiles an object schema's parser with `new Function` unless `jitless`
 * was set when the schema was built: it would only warn and fall back, but the warning floods
 * function logs. ESLint refuses `zod` imported anywhere else (types only excepted).
 */
import { config } from 'zod';

config({ jitless: true });

// re-exported member by member (not as one `z` object), so bundles keep tree-shaking zod
export * from 'zod';
