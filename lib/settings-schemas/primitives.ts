/**
 * Type checks for the primitive property types of Settings 2.0 (text, secret, boolean, numbers,
 * setting references, dates and times, time zones). Returns the reason text or null.
 */
import type { PrimitiveType } from './types';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d)?$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(:\d{2})?)$/;

function validDate(s: string): boolean {
  const m = LOCAL_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function validDateTime(s: string): boolean {
  const m = LOCAL_DATE_TIME.exec(s);
  return !!m && validDate(m[1]!) && LOCAL_TIME.test(m[2]!);
}

const zoneCache = new Map<string, boolean>();
export function validTimeZone(s: string): boolean {
  if (s.length > 64) return false;
  let ok = zoneCache.get(s);
  if (ok === undefined) {
    try { new Intl.DateTimeFormat('en', { timeZone: s }); ok = true; } catch { ok = false; }
    if (zoneCache.size < 1000) zoneCache.set(s, ok);
  }
  return ok;
}

export function checkPrimitive(type: PrimitiveType, v: unknown): string | null {
  switch (type) {
    case 'text': case 'secret': case 'setting':
      return typeof v === 'string' ? null : 'must be a string';
    case 'boolean':
      return typeof v === 'boolean' ? null : 'must be a boolean';
    case 'integer':
      return typeof v === 'number' && Number.isSafeInteger(v) ? null : 'must be an integer';
    case 'float':
      return typeof v === 'number' && Number.isFinite(v) ? null : 'must be a number';
    case 'local_date':
      return typeof v === 'string' && validDate(v) ? null : 'must be a date like 2024-01-31';
    case 'local_time':
      return typeof v === 'string' && LOCAL_TIME.test(v) ? null : 'must be a time like 13:30:00';
    case 'local_date_time':
      return typeof v === 'string' && validDateTime(v) ? null : 'must be a date and time like 2024-01-31T13:30:00';
    case 'time_zone':
      return typeof v === 'string' && validTimeZone(v) ? null : 'must be a time zone like UTC or Europe/Vienna';
    default:
      return 'has an unknown type';
  }
}
