/**
 * Persistence behind an interface (Azurite habit): the in-memory `TenantState` is the source of
 * truth while running; a `PlatformStore` makes every acknowledged mutation durable and gives it
 * back on start. Implementations: `MemoryStore` (tests) and `FileStore` (journal + snapshot).
 */
import type { Mutation, Snapshot } from '../model/types';

export interface LoadedData {
  snapshot?: Snapshot;
  /** Mutations newer than the snapshot, in order, each with its sequence number. */
  journal: Array<{ seq: number; mutation: Mutation }>;
}

export interface PlatformStore {
  load(): Promise<LoadedData>;
  /** Durably appends mutations; resolves only once they survive a crash. */
  append(entries: Array<{ seq: number; mutation: Mutation }>): Promise<void>;
  /** Replaces everything with a snapshot (reset, compaction). */
  writeSnapshot(snapshot: Snapshot): Promise<void>;
  /** Journal entries since the last snapshot, used to decide when to compact. */
  journalLength(): number;
  close(): Promise<void>;
}

/** Keeps snapshot + journal in memory so a "restart" on the same instance can be tested. */
export class MemoryStore implements PlatformStore {
  private snapshot?: Snapshot;
  private journal: Array<{ seq: number; mutation: Mutation }> = [];

  async load(): Promise<LoadedData> {
    return structuredClone({ snapshot: this.snapshot, journal: this.journal });
  }
  async append(entries: Array<{ seq: number; mutation: Mutation }>): Promise<void> {
    this.journal.push(...structuredClone(entries));
  }
  async writeSnapshot(snapshot: Snapshot): Promise<void> {
    this.snapshot = structuredClone(snapshot);
    this.journal = [];
  }
  journalLength(): number {
    return this.journal.length;
  }
  async close(): Promise<void> {}
}
