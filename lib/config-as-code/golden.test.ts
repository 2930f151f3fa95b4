/**
 * Golden files: the Monaco project and the Terraform files of the fixture team (every schema,
 * every notification type), byte for byte. `UPDATE_GOLDEN=1` rewrites them after a deliberate
 * format change; review the diff like any other code change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportMonacoProject, exportTerraform, type FileMap } from './index';
import { TEAM, teamObjects } from './fixtures.test-support';

const root = path.join(__dirname, 'testdata', 'golden');

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name]).sort();
}

function expectGoldenTree(name: string, files: FileMap): void {
  const dir = path.join(root, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
  }
  expect(filesUnder(dir)).toEqual(Object.keys(files).sort());
  for (const [file, text] of Object.entries(files)) expect(`${file}:\n${text}`).toBe(`${file}:\n${fs.readFileSync(path.join(dir, file), 'utf8')}`);
}

describe('golden files', () => {
  it('writes the Monaco project of every schema as in testdata/golden/monaco', () => {
    const r = exportMonacoProject({ team: TEAM, objects: teamObjects() });
    expect(r.diagnostics).toEqual([]);
    expectGoldenTree('monaco', r.files);
  });

  it('writes the Terraform of every schema and notification type as in testdata/golden/terraform', () => {
    const r = exportTerraform({ team: TEAM, objects: teamObjects() });
    expect(r.diagnostics).toEqual([]);
    expectGoldenTree('terraform', r.files);
  });

  it('writes the same files whatever order the objects are listed in', () => {
    const objects = teamObjects();
    const reversed = [...objects].reverse();
    expect(exportMonacoProject({ team: TEAM, objects: reversed }).files).toEqual(exportMonacoProject({ team: TEAM, objects }).files);
    expect(exportTerraform({ team: TEAM, objects: reversed }).files).toEqual(exportTerraform({ team: TEAM, objects }).files);
  });
});
