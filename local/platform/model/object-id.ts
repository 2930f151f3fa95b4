/**
 * Settings objectIds, update tokens and management-zone numeric ids.
 *
 * ObjectIds follow the layout reverse engineered in facts §1.2: base64url (no padding) of the
 * magic bytes `be ef 54 de 15 da de ad`, `00 00 00 01`, then schemaId, scope class, scope id and
 * key, each as a uint16-length-prefixed string, then the magic again. Clients must treat them as
 * opaque; we only decode them to derive MZ numeric ids the way Monaco does.
 */
import { randomBytes, randomUUID } from 'node:crypto';

const MAGIC = Buffer.from([0xbe, 0xef, 0x54, 0xde, 0x15, 0xda, 0xde, 0xad]);
const VERSION = Buffer.from([0, 0, 0, 1]);

function lengthPrefixed(s: string): Buffer {
  // Java modified UTF-8 equals UTF-8 for the ASCII identifiers used here.
  const bytes = Buffer.from(s, 'utf8');
  const len = Buffer.alloc(2);
  len.writeUInt16BE(bytes.length);
  return Buffer.concat([len, bytes]);
}

export interface ObjectIdParts {
  schemaId: string;
  scopeClass: string;
  scopeId: string;
  key: string;
}

export function scopeParts(scope: string): { scopeClass: string; scopeId: string } {
  return scope === 'environment' ? { scopeClass: 'tenant', scopeId: 'tenant' } : { scopeClass: 'entity', scopeId: scope };
}

export function encodeObjectId(schemaId: string, scope: string, key: string = randomUUID()): string {
  const { scopeClass, scopeId } = scopeParts(scope);
  return Buffer.concat([
    MAGIC,
    VERSION,
    lengthPrefixed(schemaId),
    lengthPrefixed(scopeClass),
    lengthPrefixed(scopeId),
    lengthPrefixed(key),
    MAGIC,
  ]).toString('base64url');
}

export function decodeObjectId(objectId: string): ObjectIdParts | undefined {
  if (!/^[A-Za-z0-9_-]{20,2000}$/.test(objectId)) return undefined;
  const buf = Buffer.from(objectId, 'base64url');
  if (buf.length < 28 || !buf.subarray(0, 8).equals(MAGIC) || !buf.subarray(buf.length - 8).equals(MAGIC)) return undefined;
  let pos = 12;
  const parts: string[] = [];
  for (let i = 0; i < 4; i++) {
    if (pos + 2 > buf.length - 8) return undefined;
    const len = buf.readUInt16BE(pos);
    pos += 2;
    if (pos + len > buf.length - 8) return undefined;
    parts.push(buf.subarray(pos, pos + len).toString('utf8'));
    pos += len;
  }
  if (pos !== buf.length - 8) return undefined;
  const [schemaId, scopeClass, scopeId, key] = parts as [string, string, string, string];
  return { schemaId, scopeClass, scopeId, key };
}

/** Opaque, changes on every write; never derived from content so it cannot be forged by guessing. */
export function newUpdateToken(): string {
  return `vu9U3hXa3q0AAAAB${randomBytes(18).toString('base64url')}`;
}

const UUID_RE = /([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/;

/**
 * The numeric ("legacy") MZ id as Dynatrace derives it from the MZ object's key UUID
 * (behaviour described in facts §1.1, re-implemented here): random (v4) UUIDs take bytes
 * 0–5 and 12–15 as a protobuf varint that is zig-zag decoded with 64-bit wrap-around; other
 * UUIDs use the big-endian int64 of their first 8 bytes.
 */
export function managementZoneNumericId(objectId: string): string | undefined {
  const parts = decodeObjectId(objectId);
  const m = parts ? UUID_RE.exec(parts.key) : null;
  if (!m?.[1]) return undefined;
  const bytes = Buffer.from(m[1].replace(/-/g, ''), 'hex');
  const version = (bytes[6]! >> 4) & 0x0f;
  const variantRfc = (bytes[8]! & 0xc0) === 0x80;
  if (!(variantRfc && version === 4)) return BigInt.asIntN(64, bytes.readBigUInt64BE(0)).toString();
  const b = Buffer.concat([bytes.subarray(0, 6), bytes.subarray(12, 16)]);
  let result: bigint;
  const first = b[0]!;
  if (first < 128) {
    result = BigInt(first);
  } else {
    result = BigInt(first & 0x7f);
    let shift = 0n;
    let pos = 1;
    let more = true;
    while (more && pos < b.length) {
      const next = b[pos++]!;
      more = (next & 0x80) !== 0;
      shift += 7n;
      result = BigInt.asIntN(64, result | (BigInt(next & 0x7f) << shift));
    }
  }
  const u = BigInt.asUintN(64, result);
  const shifted = u >> 1n;
  const decoded = (result & 1n) === 0n ? BigInt.asIntN(64, shifted) : BigInt.asIntN(64, shifted) ^ -1n;
  return decoded.toString();
}
