/**
 * Canonical JSON in the manner of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no
 * insignificant whitespace, numbers and strings as ECMAScript's JSON.stringify writes them. Equal
 * values give equal bytes on every machine, which hashing and byte-identical merges rely on.
 */
export function canonicalJson(value: unknown): string {
  const fast = viaStringify(value);
  return fast ?? write(value, new Set());
}

/** An array-index-like key, which JavaScript objects always list first in numeric order, not code-unit order. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

/**
 * The common case at native speed: `JSON.stringify` with each object's keys re-inserted in sorted
 * order. A merge canonicalises every record of every bundle, a million on a large region, so this
 * is most of its time. Whenever the engine's order or its lenience could differ from RFC 8785 —
 * index-like keys, `toJSON`, values JSON cannot hold, cycles — it gives up and the exact writer
 * below decides (and throws where it must).
 */
function viaStringify(value: unknown): string | undefined {
  let exact = true;
  function sortKeys(this: unknown, key: string, item: unknown): unknown {
    // The holder still has the value itself unless `toJSON` replaced it.
    if ((this as Record<string, unknown>)[key] !== item) exact = false;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) exact = false;
      return item;
    }
    if (item === null || typeof item !== 'object') {
      if (typeof item === 'function' || typeof item === 'symbol' || typeof item === 'bigint') exact = false;
      return item;
    }
    if (Array.isArray(item)) return item;
    const keys = Object.keys(item).sort();
    const sorted: Record<string, unknown> = {};
    for (const name of keys) {
      if (keys.length > 1 && INDEX_KEY.test(name)) exact = false;
      sorted[name] = (item as Record<string, unknown>)[name];
    }
    return sorted;
  }
  try {
    const text = JSON.stringify(value, sortKeys);
    return exact && typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** The exact writer, for what the fast path will not vouch for. */
function write(value: unknown, ancestors: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON has no form for ${String(value)}`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonical JSON has no form for a ${typeof value}`);
  }
  if (ancestors.has(value)) throw new TypeError('canonical JSON cannot hold a cycle');
  ancestors.add(value);
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (index > 0) out += ',';
      out += write(item === undefined ? null : item, ancestors);
    }
    out += ']';
  } else {
    const record = value as Record<string, unknown>;
    // Default sort compares UTF-16 code units, as JCS orders keys.
    const keys = Object.keys(record).sort();
    out = '{';
    let first = true;
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      if (!first) out += ',';
      first = false;
      out += JSON.stringify(key) + ':' + write(item, ancestors);
    }
    out += '}';
  }
  ancestors.delete(value);
  return out;
}
