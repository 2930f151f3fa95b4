/**
 * Durable file persistence in `dataDir`:
 * - `journal.jsonl`: one JSON line per mutation, fsynced before the response is sent, so an
 *   acknowledged write survives `kill -9`. A torn last line (crash mid-write) is ignored on load.
 * - `snapshot.json`: written to a temp file, fsynced, renamed over the old one, directory
 *   fsynced; it records the last sequence it contains, so journal lines at or below that
 *   sequence are skipped on load (a crash between rename and journal truncation is harmless).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Mutation, Snapshot } from '../model/types';
import type { LoadedData, PlatformStore } from './store';

const SNAPSHOT = 'snapshot.json';
const JOURNAL = 'journal.jsonl';

export class FileStore implements PlatformStore {
  private journalHandle?: fs.FileHandle;
  private lines = 0;
  /** Serializes writes so journal order equals mutation order. */
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly dir: string) {}

  async load(): Promise<LoadedData> {
    await fs.mkdir(this.dir, { recursive: true });
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
    this.journalHandle = await fs.open(path.join(this.dir, JOURNAL), 'a');
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
      await fs.mkdir(this.dir, { recursive: true });
      const tmp = path.join(this.dir, `${SNAPSHOT}.tmp-${process.pid}`);
      const handle = await fs.open(tmp, 'w');
      try {
        await handle.writeFile(JSON.stringify(snapshot), 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(tmp, path.join(this.dir, SNAPSHOT));
      await syncDir(this.dir);
      await this.journalHandle?.close();
      await fs.writeFile(path.join(this.dir, JOURNAL), '');
      this.journalHandle = await fs.open(path.join(this.dir, JOURNAL), 'a');
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
