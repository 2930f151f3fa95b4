import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Mutation, Snapshot } from '../model/types';
import { FileStore } from './file-store';

// the journal and the snapshot hold secrets in the clear (webhook URLs, notification tokens)
const mode = (file: string) => fs.statSync(file).mode & 0o777;
const snapshot: Snapshot = { format: 'team-alerting-local-platform/1', seq: 0, objects: [], revisions: [] };
const entry = { seq: 1, mutation: { op: 'put' } as unknown as Mutation };

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'file-modes-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('file store permissions', () => {
  it('creates the data directory at 0700 and writes journal and snapshot at 0600, whatever the umask', async () => {
    const previous = process.umask(0o002);
    try {
      const dir = path.join(root, 'nested', 'data');
      const store = new FileStore(dir);
      await store.load();
      await store.append([entry]);
      expect(mode(dir)).toBe(0o700);
      expect(mode(path.join(dir, 'journal.jsonl'))).toBe(0o600);
      await store.writeSnapshot(snapshot);
      expect(mode(path.join(dir, 'snapshot.json'))).toBe(0o600);
      expect(mode(path.join(dir, 'journal.jsonl'))).toBe(0o600);
      await store.close();
    } finally {
      process.umask(previous);
    }
  });

  it('tightens the files and the directory of a store written with wider modes', async () => {
    const dir = path.join(root, 'data');
    fs.mkdirSync(dir, { mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    for (const file of ['journal.jsonl', 'snapshot.json']) fs.writeFileSync(path.join(dir, file), file === 'snapshot.json' ? JSON.stringify(snapshot) : '', { mode: 0o644 });
    const store = new FileStore(dir);
    await store.load();
    expect(mode(dir)).toBe(0o700);
    expect(mode(path.join(dir, 'journal.jsonl'))).toBe(0o600);
    expect(mode(path.join(dir, 'snapshot.json'))).toBe(0o600);
    await store.close();
  });

  it('leaves the mode of a directory that also holds other files (a shared one) alone', async () => {
    fs.chmodSync(root, 0o755);
    fs.writeFileSync(path.join(root, 'notes.txt'), 'mine');
    const store = new FileStore(root);
    await store.load();
    await store.append([entry]);
    expect(mode(root)).toBe(0o755);
    expect(mode(path.join(root, 'journal.jsonl'))).toBe(0o600);
    await store.close();
  });
});
