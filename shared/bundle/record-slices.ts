/**
 * A bundle's records as the text they were written in, and the rest of the bundle without them.
 * A merge of many partners' bundles meets most records again and again (every partner's export
 * holds what it synced from the others): a record whose text is exactly one already checked need
 * not be parsed, walked and validated again. Finding the records' text is a scan for structure
 * only, much cheaper than parsing: it jumps from quote to quote and counts brackets.
 *
 * The scan vouches for nothing. The caller parses `header` and every record it does not know, and
 * uses the slices only when `header` parses with `null` as the records. With the root's records
 * key found once (any second one, however spelled, makes the scan give up), the file is then the
 * header with the records put back, and parses to the same value.
 */
export interface RecordSlices {
  /** The whole text with the root object's records array replaced by `null`. */
  readonly header: string;
  /** The array's elements as written, in order. */
  readonly items: readonly string[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;

/** The records' texts, or undefined where the text is not shaped as a bundle of objects: the caller then parses it whole. */
export function sliceRecords(text: string): RecordSlices | undefined {
  let depth = 0;
  let found: { open: number; close: number; items: string[] } | undefined;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      const end = stringEnd(text, at);
      if (end < 0) return undefined;
      const colon = depth === 1 && isRecordsKey(text, at, end) ? skipSpace(text, end + 1) : -1;
      // Otherwise "records" was a value, not the key.
      if (colon >= 0 && text.charCodeAt(colon) === COLON) {
        // JSON.parse keeps the last of two equal keys, whatever their values; a bundle has one.
        if (found !== undefined) return undefined;
        const open = skipSpace(text, colon + 1);
        if (text.charCodeAt(open) !== OPEN_ARRAY) return undefined;
        const array = arrayItems(text, open);
        if (array === undefined) return undefined;
        found = { open, ...array };
        at = array.close;
      } else at = end;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) depth += 1;
    else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) depth -= 1;
  }
  return found === undefined ? undefined : { header: `${text.slice(0, found.open)}null${text.slice(found.close + 1)}`, items: found.items };
}

/** Whether the string between these quotes reads "records", escapes such as `\u006f` included. */
function isRecordsKey(text: string, open: number, close: number): boolean {
  const written = text.slice(open, close + 1);
  if (written === '"records"') return true;
  if (!written.includes('\\')) return false;
  try {
    return JSON.parse(written) === 'records';
  } catch {
    return false;
  }
}

/**
 * Where a record's id is likely written: records are written with sorted keys, so after `body`,
 * whose nested objects may hold ids of their own. Only a hint for finding a known text, which
 * must then be equal to the slice character for character.
 */
export function idHint(item: string): string {
  const key = item.lastIndexOf('"id":"');
  if (key < 0) return '';
  const end = item.indexOf('"', key + 6);
  return end < 0 ? '' : item.slice(key + 6, end);
}

/** The elements of the array opening at `open`, each an object, separated by commas and white space. */
function arrayItems(text: string, open: number): { items: string[]; close: number } | undefined {
  const items: string[] = [];
  let at = skipSpace(text, open + 1);
  if (text.charCodeAt(at) === CLOSE_ARRAY) return { items, close: at };
  for (;;) {
    if (text.charCodeAt(at) !== OPEN_OBJECT) return undefined;
    const end = valueEnd(text, at);
    if (end < 0) return undefined;
    items.push(text.slice(at, end + 1));
    at = skipSpace(text, end + 1);
    const code = text.charCodeAt(at);
    if (code === CLOSE_ARRAY) return { items, close: at };
    if (code !== COMMA) return undefined;
    at = skipSpace(text, at + 1);
  }
}

/** The bracket closing the object or array opening at `open`, or -1. */
function valueEnd(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      at = stringEnd(text, at);
      if (at < 0) return -1;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) depth += 1;
    else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      depth -= 1;
      if (depth === 0) return at;
    }
  }
  return -1;
}

/** The quote closing the string opening at `open` (one not escaped by an odd run of backslashes), or -1. */
function stringEnd(text: string, open: number): number {
  for (let at = open + 1; ; at += 1) {
    at = text.indexOf('"', at);
    if (at < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return at;
  }
}

function skipSpace(text: string, from: number): number {
  let at = from;
  for (let code = text.charCodeAt(at); code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09; code = text.charCodeAt(at)) at += 1;
  return at;
}
