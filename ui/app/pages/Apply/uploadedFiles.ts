/**
 * An uploaded project as the file map `plan-alerting-changes` takes: from a zip (the workspace's
 * export, or any zip of a Monaco project) or from the files of a chosen folder. Dot-folders
 * (`.git`) are skipped as Monaco skips them, and the project's bounds are checked here so an
 * oversized upload is refused at the upload with the reason, before anything is sent.
 */
import { PROJECT_LIMITS, PROJECT_TOO_LARGE, projectBytes } from '../../../../lib/contracts/config-as-code-common';

export type Upload = { ok: true; files: Record<string, string>; count: number } | { ok: false; problem: string };

const hidden = (path: string) => path.split('/').some((seg) => seg.startsWith('.') || seg === '__MACOSX');

function checked(files: Record<string, string>): Upload {
  const count = Object.keys(files).length;
  if (count === 0) return { ok: false, problem: 'the upload holds no files' };
  if (count > PROJECT_LIMITS.maxFiles) return { ok: false, problem: `the project holds more than ${PROJECT_LIMITS.maxFiles} files` };
  if (projectBytes(files) > PROJECT_LIMITS.maxProjectBytes) return { ok: false, problem: PROJECT_TOO_LARGE };
  if (!Object.keys(files).some((p) => /(^|\/)manifest\.ya?ml$/.test(p))) return { ok: false, problem: 'the upload has no manifest.yaml: choose the folder or zip of a Monaco project' };
  return { ok: true, files, count };
}

/** The files of a zip, text decoded as UTF-8. */
export async function filesFromZip(bytes: Uint8Array): Promise<Upload> {
  const { unzipSync, strFromU8 } = await import('fflate');
  let entries: Record<string, Uint8Array>;
  try {
    // stop before inflating past the bound: a zip bomb must not take the tab down
    let total = 0;
    entries = unzipSync(bytes, { filter: (f) => !hidden(f.name) && !f.name.endsWith('/') && (total += f.originalSize) <= PROJECT_LIMITS.maxProjectBytes * 2 });
  } catch {
    return { ok: false, problem: 'the file is not a zip archive' };
  }
  const files: Record<string, string> = {};
  for (const [path, data] of Object.entries(entries)) files[path] = strFromU8(data);
  return checked(files);
}

/** The files of a chosen folder (`webkitRelativePath`s, which start with the folder's own name). */
export function filesFromFolder(entries: ReadonlyArray<{ path: string; text: string }>): Upload {
  const files: Record<string, string> = {};
  for (const e of entries) if (!hidden(e.path)) files[e.path] = e.text;
  return checked(files);
}
