/**
 * Durable file persistence in `dataDir`:
 * - `journal.jsonl`: one JSON line per mutation, fsynced before the response is sent, so an
 *   acknowledged write survives `kill -9`. A torn last line (crash mid-write) is ignored on load.
 * - `snapshot.json`: written to a temp file, fsynced, renamed over the old one, directory
 *   fsynced; it records the last sequence it contains, so journal lines at or below that
 *   sequence are skipped on load (a crash between rename and journal truncation is harmless).
 * Both hold secrets in the clear (webhook URLs, tokens of notifications), so the directory is
 * kept at mode 0700 and every file this store writes at 0600, also when they existed before
 * with wider modes.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Mutation, Snapshot } from '../model/types';
import type { LoadedData, PlatformStore } from './store';

const SNAPSHOT = 'snapshot.json';
const JOURNAL = 'journal.jsonl';
const DIR_MODE = 0o700;
const FILE_MODE = 0o600;
const OWN_FILE = /^(?:journal\.jsonl|snapshot\.json(?:\.tmp-\d+)?)$/;

export class FileStore implements PlatformStore {
  private journalHandle?: fs.FileHandle;
  private lines = 0;
  /** Serializes writes so journal order equals mutation order. */
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly dir: string) {}

  async load(): Promise<LoadedData> {
    await this.privateDir();
    // a snapshot written before files were kept private (the journal is opened private below)
    await fs.chmod(path.join(this.dir, SNAPSHOT), FILE_MODE).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    let snapshot: Snapshot | undefined;
    try {
      snapshot = JSON.parse(await fs.readFile(path.join(this.dir, SNAPSHOT), 'utf8')) as Snapshot;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`corrupt snapshot in ${this.dir}: ${(e as Error).message}`);
    }
    const journal: LoadedData['journal'] = [];
    let text = '';
    try {
      text = await fs.readFile(path.join(this.dir, JOURNAL), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    const rawLines = text.split('\n');
    let validBytes = 0;
    for (const line of rawLines) {
      if (line.length === 0) continue;
      try {
        const entry = JSON.parse(line) as { seq: number; mutation: Mutation };
        if (typeof entry.seq !== 'number' || !entry.mutation) break;
        if (!snapshot || entry.seq > snapshot.seq) journal.push(entry);
        validBytes += Buffer.byteLength(line) + 1;
      } catch {
        break; // torn tail from a crash: everything after it was never acknowledged
      }
    }
    // Cut a torn tail so new appends start on a clean line.
    if (validBytes < Buffer.byteLength(text)) await fs.truncate(path.join(this.dir, JOURNAL), validBytes);
    this.journalHandle = await openPrivate(path.join(this.dir, JOURNAL), 'a');
    this.lines = journal.length;
    return { snapshot, journal };
  }

  append(entries: Array<{ seq: number; mutation: Mutation }>): Promise<void> {
    const run = async () => {
      const handle = this.journalHandle;
      if (!handle) throw new Error('file store is not open');
      await handle.appendFile(entries.map((e) => JSON.stringify(e)).join('\n') + '\n', 'utf8');
      await handle.datasync();
      this.lines += entries.length;
    };
    const next = this.chain.then(run);
    this.chain = next.catch(() => undefined);
    return next;
  }

  writeSnapshot(snapshot: Snapshot): Promise<void> {
    const run = async () => {
      await this.privateDir();
      const tmp = path.join(this.dir, `${SNAPSHOT}.tmp-${process.pid}`);
      const handle = await openPrivate(tmp, 'w');
      try {
        await handle.writeFile(JSON.stringify(snapshot), 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(tmp, path.join(this.dir, SNAPSHOT));
      await syncDir(this.dir);
      await this.journalHandle?.close();
      await (await openPrivate(path.join(this.dir, JOURNAL), 'w')).close(); // truncated
      this.journalHandle = await openPrivate(path.join(this.dir, JOURNAL), 'a');
      await this.journalHandle.sync();
      this.lines = 0;
    };
    const next = this.chain.then(run);
    this.chain = next.catch(() => undefined);
    return next;
  }

  journalLength(): number {
    return this.lines;
  }

  async close(): Promise<void> {
    await this.chain;
    await this.journalHandle?.close();
    this.journalHandle = undefined;
  }

  /**
   * The data directory at 0700: created so, or tightened when it holds nothing but this store's
   * files. A directory holding anything else keeps its mode (the developer may have pointed
   * `TEAM_ALERTING_DATA` at a shared one); the files themselves are 0600 either way.
   */
  private async privateDir(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: DIR_MODE });
    const entries = await fs.readdir(this.dir);
    if (entries.every((name) => OWN_FILE.test(name))) await fs.chmod(this.dir, DIR_MODE);
  }
}

/** Opens a file of the store at 0600, whatever mode an existing file had. */
async function openPrivate(file: string, flags: 'a' | 'w'): Promise<fs.FileHandle> {
  const handle = await fs.open(file, flags, FILE_MODE);
  try {
    await handle.chmod(FILE_MODE);
  } catch (e) {
    await handle.close();
    throw e;
  }
  return handle;
}

async function syncDir(dir: string): Promise<void> {
  try {
    const h = await fs.open(dir, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // some filesystems refuse fsync on directories; the rename is still atomic
  }
}
