/**
 * A value read from a file, as a short text for a message, whatever its type. It never calls the
 * value's own methods: JSON.parse makes `{"toString":1}` an object that `String()` and template
 * strings throw on, so a decoder that formatted a field before knowing its type could be stopped by
 * a file of a few bytes.
 */
export function valueText(value: unknown, maxChars = 80): string {
  if (typeof value === 'string') return JSON.stringify(value.length > maxChars ? `${value.slice(0, maxChars)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}
