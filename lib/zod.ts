/**
 * The app's one import of zod: every schema is built with `z` from here, so zod is configured
 * before the first schema exists. AppEngine runs functions (and the app's page) without
 * `unsafe-eval`, and zod compiles an object schema's parser with `new Function` unless `jitless`
 * was set when the schema was built: it would only warn and fall back, but the warning floods
 * function logs. ESLint refuses `zod` imported anywhere else (types only excepted).
 */
import * as z from 'zod';

z.config({ jitless: true });

export { z };
