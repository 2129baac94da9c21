/**
 * The moment an ISO 8601 date-time names, or null: "2026-05-03T14:05:00Z", with any number of
 * decimals, an offset ("+02:00") or a hybrid-clock counter after it ("…Z-0003"). Parsed as written,
 * never as the machine's local time, so a file made from the same records reads the same anywhere.
 */
export function instantOf(text: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})/.exec(text);
  if (match === null) return null;
  const [, base = '', fraction = '', zone = ''] = match;
  const date = new Date(`${base}${fraction === '' ? '' : `.${fraction.slice(0, 3).padEnd(3, '0')}`}${zone}`);
  return Number.isNaN(date.getTime()) ? null : date;
}
