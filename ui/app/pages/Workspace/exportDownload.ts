/**
 * The export as a download: the file name (`team-alerting-<team>-<format>-<yyyy-mm-dd>.zip`) and
 * the zip itself. fflate is imported when a download starts, so the workspace's own chunk stays
 * as small as it was.
 */
import type { MacFormat } from '../../../../lib/contracts/config-as-code-common';
import { downloadFile } from '../../download';

/** The day in the user's time zone, as the user would name the file. */
export function exportFileName(teamId: string, format: MacFormat, now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const team = teamId.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `team-alerting-${team}-${format}-${day}.zip`;
}

export async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const { strToU8, zipSync } = await import('fflate');
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(files)) entries[path] = strToU8(text);
  return zipSync(entries, { level: 6 });
}

/** Hands the zip to the browser as a file download. */
export function download(bytes: Uint8Array, fileName: string): void {
  downloadFile(bytes, fileName, 'application/zip');
}
