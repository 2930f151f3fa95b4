/**
 * Management zones: objects store numeric ("legacy") ids, IAM and team mappings use names.
 * `managementZoneNumericIdOf` is the ONE place that derives a zone's numeric id from its
 * `builtin:management-zones` objectId (facts §1.1, same derivation as Monaco and the local
 * platform); `ZoneTable` is the name ↔ id lookup every rule uses. Isomorphic: no Node Buffer.
 */

export interface ZoneRecord {
  objectId: string;
  name: string;
  id: string;
}

const MAGIC = [0xbe, 0xef, 0x54, 0xde, 0x15, 0xda, 0xde, 0xad];
const UUID_RE = /([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/;

function base64UrlToBytes(s: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_\-+/]+=*$/.test(s) || s.length > 4000) return undefined;
  const std = s.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const padded = std + '='.repeat((4 - (std.length % 4)) % 4);
  try {
    const bin = atob(padded);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

/** The key string embedded in a settings objectId (the 4th length-prefixed string), if decodable. */
function objectIdKey(objectId: string): string | undefined {
  const b = base64UrlToBytes(objectId);
  if (!b || b.length < 28 || MAGIC.some((m, i) => b[i] !== m)) return undefined;
  let pos = 12;
  let key = '';
  for (let i = 0; i < 4; i++) {
    if (pos + 2 > b.length) return undefined;
    const len = (b[pos]! << 8) | b[pos + 1]!;
    pos += 2;
    if (pos + len > b.length) return undefined;
    key = String.fromCharCode(...b.subarray(pos, pos + len));
    pos += len;
  }
  return key;
}

/**
 * Numeric id of a management zone from its settings objectId, or undefined when the objectId does
 * not carry a UUID key. v4 UUIDs: bytes 0–5 + 12–15 read as a varint, zig-zag decoded (64-bit
 * wrap-around, as in Dynatrace); other UUIDs: big-endian int64 of the first 8 bytes.
 */
// the derivation is a pure function of the objectId and every call re-reads the MZ table
const numericIdMemo = new Map<string, string | undefined>();
const MEMO_LIMIT = 10_000;

export function managementZoneNumericIdOf(objectId: string): string | undefined {
  if (numericIdMemo.has(objectId)) return numericIdMemo.get(objectId);
  const id = deriveNumericId(objectId);
  if (numericIdMemo.size >= MEMO_LIMIT) numericIdMemo.clear();
  numericIdMemo.set(objectId, id);
  return id;
}

function deriveNumericId(objectId: string): string | undefined {
  const key = objectIdKey(objectId);
  const m = key ? UUID_RE.exec(key) : null;
  if (!m?.[1]) return undefined;
  const hex = m[1].replace(/-/g, '');
  const bytes = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
  const version = (bytes[6]! >> 4) & 0x0f;
  const rfcVariant = (bytes[8]! & 0xc0) === 0x80;
  if (!(rfcVariant && version === 4)) {
    let v = 0n;
    for (let i = 0; i < 8; i++) v = (v << 8n) | BigInt(bytes[i]!);
    return BigInt.asIntN(64, v).toString();
  }
  const buf = [...bytes.slice(0, 6), ...bytes.slice(12, 16)];
  let result = BigInt(buf[0]! & 0x7f);
  if (buf[0]! >= 128) {
    let shift = 0n;
    let pos = 1;
    let more = true;
    while (more && pos < buf.length) {
      const next = buf[pos++]!;
      more = (next & 0x80) !== 0;
      shift += 7n;
      result = BigInt.asIntN(64, result | (BigInt(next & 0x7f) << shift));
    }
  }
  const shifted = BigInt.asIntN(64, BigInt.asUintN(64, result) >> 1n);
  return ((result & 1n) === 0n ? shifted : shifted ^ -1n).toString();
}

/** Name ↔ numeric id lookup built from the `builtin:management-zones` objects the caller can read. */
export class ZoneTable {
  private readonly byName = new Map<string, ZoneRecord>();
  private readonly byId = new Map<string, ZoneRecord>();

  constructor(zones: readonly ZoneRecord[]) {
    for (const z of zones) {
      this.byName.set(z.name, z);
      this.byId.set(z.id, z);
    }
  }

  /** Builds the table from raw settings objects; objects without a name or derivable id are skipped. */
  static fromSettingsObjects(objects: ReadonlyArray<{ objectId?: string; value?: unknown }>): ZoneTable {
    const zones: ZoneRecord[] = [];
    for (const o of objects) {
      const name = (o.value as { name?: unknown } | undefined)?.name;
      const id = o.objectId ? managementZoneNumericIdOf(o.objectId) : undefined;
      if (typeof name === 'string' && id !== undefined && o.objectId) zones.push({ objectId: o.objectId, name, id });
    }
    return new ZoneTable(zones);
  }

  idOf(name: string): string | undefined {
    return this.byName.get(name)?.id;
  }
  nameOf(id: string): string | undefined {
    return this.byId.get(id)?.name;
  }
  hasName(name: string): boolean {
    return this.byName.has(name);
  }
  names(): string[] {
    return [...this.byName.keys()];
  }
}
