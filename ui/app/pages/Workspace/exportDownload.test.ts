import { unzipSync, strFromU8 } from 'fflate';
import { exportFileName, zipOf } from './exportDownload';

describe('export download', () => {
  it('names the zip after team, format and the local day', () => {
    expect(exportFileName('checkout', 'monaco', new Date(2026, 11, 3, 23, 59))).toBe('team-alerting-checkout-monaco-2026-12-03.zip');
    expect(exportFileName('a/b c', 'terraform', new Date(2026, 0, 9))).toBe('team-alerting-a-b-c-terraform-2026-01-09.zip');
  });

  it('zips every file under its path, text unchanged', async () => {
    const files = { 'manifest.yaml': 'projects: []\n', 'checkout/builtinalerting.profile/p.json': '{"name": "ünï {{.name}}"}' };
    const back = unzipSync(await zipOf(files));
    expect(Object.fromEntries(Object.entries(back).map(([k, v]) => [k, strFromU8(v)]))).toEqual(files);
  });
});
