/**
 * Canonical JSON in the manner of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no
 * insignificant whitespace, numbers and strings as ECMAScript's JSON.stringify writes them. Equal
 * values give equal bytes on every machine, which hashing and byte-identical merges rely on.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts, new Set());
  return parts.join('');
}

function write(value: unknown, out: string[], ancestors: Set<object>): void {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    out.push(JSON.stringify(value));
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON has no form for ${String(value)}`);
    out.push(JSON.stringify(value));
    return;
  }
  if (typeof value !== 'object') throw new TypeError(`canonical JSON has no form for a ${typeof value}`);
  if (ancestors.has(value)) throw new TypeError('canonical JSON cannot hold a cycle');
  ancestors.add(value);
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item: unknown, index) => {
      if (index > 0) out.push(',');
      write(item === undefined ? null : item, out, ancestors);
    });
    out.push(']');
  } else {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out.push('{');
    entries.forEach(([key, v], index) => {
      if (index > 0) out.push(',');
      out.push(JSON.stringify(key), ':');
      write(v, out, ancestors);
    });
    out.push('}');
  }
  ancestors.delete(value);
}
