import { strToU8, zipSync } from 'fflate';
import { filesFromFolder, filesFromZip } from './uploadedFiles';

describe('project upload', () => {
  it('reads a zip, skipping dot-folders and macOS metadata', async () => {
    const zip = zipSync({ 'p/manifest.yaml': strToU8('projects: []'), 'p/.git/HEAD': strToU8('ref'), '__MACOSX/p/x': strToU8('?'), 'p/a/config.yaml': strToU8('configs: []') });
    expect(await filesFromZip(zip)).toEqual({ ok: true, count: 2, files: { 'p/manifest.yaml': 'projects: []', 'p/a/config.yaml': 'configs: []' } });
  });

  it('refuses what is not a project: no zip, no manifest, over the bound', async () => {
    expect(await filesFromZip(strToU8('not a zip'))).toEqual({ ok: false, problem: 'the file is not a zip archive' });
    expect(filesFromFolder([{ path: 'p/a.yaml', text: '' }])).toMatchObject({ ok: false, problem: expect.stringContaining('no manifest.yaml') });
    expect(filesFromFolder([{ path: 'p/manifest.yaml', text: 'x'.repeat(4 * 1024 * 1024) }])).toMatchObject({ ok: false, problem: expect.stringContaining('larger than the limit') });
    expect(filesFromFolder([])).toEqual({ ok: false, problem: 'the upload holds no files' });
  });
});
