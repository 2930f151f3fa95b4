/**
 * Pages are features: a page imports its own folder, the shared UI (`ui/app/components`,
 * `ui/app/hooks`, `ui/app/*.ts`), `lib/` and packages — never another page's modules; what two
 * pages share moves to the shared UI or, when it is not UI, to `lib/`. The shared UI never imports
 * a page (only the router's `pageChunks` loads them).
 */
import fs from 'node:fs';
import path from 'node:path';

const APP = path.join(__dirname, '..');
const PAGES = __dirname;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** The relative module specifiers a file imports (static and dynamic imports, re-exports). */
function relativeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']*)'/g)].map((m) => m[1]!);
}

const pageOf = (file: string) => path.relative(PAGES, file).split(path.sep)[0];

describe('page boundaries', () => {
  it('finds the pages it checks', () => {
    expect(fs.readdirSync(PAGES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)).toEqual(expect.arrayContaining(['Workspace', 'Admin', 'Review']));
  });

  it('lets no page import another page\'s modules', () => {
    const crossings: string[] = [];
    for (const file of sourceFiles(PAGES).filter((f) => path.dirname(f) !== PAGES)) {
      for (const spec of relativeImports(file)) {
        const target = path.resolve(path.dirname(file), spec);
        if (target.startsWith(PAGES + path.sep) && pageOf(target) !== pageOf(file)) crossings.push(`${path.relative(APP, file)} → ${spec}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('lets the shared UI import no page, except the router\'s chunk list', () => {
    const shared = sourceFiles(APP).filter((f) => !f.startsWith(PAGES + path.sep) && !/\.test\.tsx?$/.test(f) && path.basename(f) !== 'pageChunks.ts');
    const intoPages = shared.flatMap((file) => relativeImports(file)
      .filter((spec) => path.resolve(path.dirname(file), spec).startsWith(PAGES + path.sep))
      .map((spec) => `${path.relative(APP, file)} → ${spec}`));
    expect(intoPages).toEqual([]);
  });
});
