/**
 * Maintenance windows: the daily `HHMMSS+ZZZZ` windows of a shoot turned into dated windows
 * after a given moment.
 */

/** A dated maintenance window, in the window's own UTC offset (`2026-11-26T02:00+01:00`). */
export interface DatedWindow {
  /** Start of the window. */
  readonly begin: string;
  /** End of the window. */
  readonly end: string;
}

/** Minutes after midnight (local to the offset) and the offset in minutes, of `HHMMSS+ZZZZ`. */
export function parseWindowTime(text: string): { minutes: number; offset: number } | undefined {
  const m = /^(\d{2})(\d{2})(\d{2})([+-])(\d{2})(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [hh, mm, ss, sign, oh, om] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4], Number(m[5]), Number(m[6])];
  if (hh > 23 || mm > 59 || ss > 59 || oh > 14 || om > 59) return undefined;
  return { minutes: hh * 60 + mm + ss / 60, offset: (sign === '-' ? -1 : 1) * (oh * 60 + om) };
}

function formatInOffset(epochMinutes: number, offset: number): string {
  const local = new Date((epochMinutes + offset) * 60_000).toISOString().slice(0, 16);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The next `count` windows that begin after `now`, one a day. A window already under way at `now`
 * is skipped: every step gets a whole window.
 */
export function nextWindows(begin: string, end: string, now: Date, count: number): DatedWindow[] {
  const b = parseWindowTime(begin);
  const e = parseWindowTime(end);
  if (!b || !e) throw new Error(`not a maintenance window: ${begin}-${end}`);
  const beginUtc = b.minutes - b.offset;
  const duration = ((((e.minutes - e.offset) - beginUtc) % 1440) + 1440) % 1440 || 1440;
  const nowMinutes = now.getTime() / 60_000;
  const localDay = Math.floor((nowMinutes + b.offset) / 1440);
  let first = localDay * 1440 + b.minutes - b.offset;
  while (first <= nowMinutes) first += 1440;
  return Array.from({ length: count }, (_, i) => {
    const start = first + i * 1440;
    return { begin: formatInOffset(start, b.offset), end: formatInOffset(start + duration, e.offset) };
  });
}
