/**
 * Where a maintenance window's schedule starts when someone makes one: tomorrow, at the hour it
 * is now, for one hour, in the user's time zone — instead of the schema's default (1 January
 * 1970, over before it began). One recurrence per schedule type, so switching the type in a form
 * lands on a sensible schedule too. Pure: the time and the zone are passed in.
 *
 * Maintenance-window times are wall-clock times of their own `timeZone` field, so the arithmetic
 * is done on wall-clock parts (in a UTC `Date`, where no day is skipped or doubled).
 */

interface WallClock { year: number; month: number; day: number; hour: number }

const FALLBACK_ZONE = 'UTC';
const DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

function usableZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return FALLBACK_ZONE;
  }
}

/** The wall clock at `now` in `timeZone`. */
function wallClockAt(now: number, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', hourCycle: 'h23' }).formatToParts(new Date(now));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour') % 24 };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A wall-clock date shifted by whole days/years, as a UTC date (no time zone rules apply). */
const shifted = (c: WallClock, days: number, years = 0) => new Date(Date.UTC(c.year + years, c.month - 1, c.day + days));
const dateOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export interface UpcomingSchedules {
  onceRecurrence: { startTime: string; endTime: string; timeZone: string };
  dailyRecurrence: Recurrence;
  weeklyRecurrence: Recurrence & { dayOfWeek: string };
  monthlyRecurrence: Recurrence & { dayOfMonth: number };
}

interface Recurrence {
  timeWindow: { startTime: string; endTime: string; timeZone: string };
  recurrenceRange: { scheduleStartDate: string; scheduleEndDate: string };
}

/**
 * Each schedule type's recurrence starting tomorrow (in `timeZone`, UTC when the runtime does not
 * know it) at the current hour, one hour long; recurring ones run for a year. The hour is kept
 * before 23:00 so that a window ends on the day it starts.
 */
export function upcomingSchedules(now: number, timeZone: string): UpcomingSchedules {
  const zone = usableZone(timeZone);
  const clock = wallClockAt(now, zone);
  const hour = Math.min(clock.hour, 22);
  const tomorrow = shifted(clock, 1);
  const start = dateOf(tomorrow);
  const window = { startTime: `${pad(hour)}:00:00`, endTime: `${pad(hour + 1)}:00:00`, timeZone: zone };
  const range = { scheduleStartDate: start, scheduleEndDate: dateOf(shifted(clock, 1, 1)) };
  return {
    onceRecurrence: { startTime: `${start}T${window.startTime}`, endTime: `${start}T${window.endTime}`, timeZone: zone },
    dailyRecurrence: { timeWindow: window, recurrenceRange: range },
    weeklyRecurrence: { dayOfWeek: DAYS[tomorrow.getUTCDay()]!, timeWindow: window, recurrenceRange: range },
    monthlyRecurrence: { dayOfMonth: tomorrow.getUTCDate(), timeWindow: window, recurrenceRange: range },
  };
}
