import { type BundleError, bundleError, formatPath } from './errors.ts';
import { tooLargeWords, wholeSize } from '../wording/byte-size.ts';

export type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: BundleError };
export type Read = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: BundleError };

/** Keys that would reach an object's prototype if any later code copied the value naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Bytes from outside (a file, a sync folder) to text, or the one reason they are not text. With
 * `parseJsonText` after it, the cheap checks come first, so a 100 MB file or a nesting bomb is
 * refused before deep work.
 */
export function readUntrustedText(input: Uint8Array | string, maxBytes: number): Read {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size === 0) return fail(bundleError('empty', 'the file is empty'));
  if (size > maxBytes) {
    // A text's length in characters is a lower bound of its UTF-8 bytes; the detail is what the extension's translations show.
    return fail(bundleError('too-large', tooLargeWords(size, maxBytes, typeof input === 'string'), { detail: wholeSize(maxBytes) }));
  }

  let text: string;
  if (typeof input === 'string') text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else {
    try {
      // A byte-order mark, as Windows tools write, is accepted and dropped.
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return fail(bundleError('not-utf8', 'the file is not UTF-8 text; a bundle is a JSON file as Regiobeeld exports it'));
    }
  }
  if (text.trim() === '') return fail(bundleError('empty', 'the file holds only white space'));
  return { ok: true, text };
}

/**
 * Parses text already read, then walks the value for nesting and forbidden keys. `depth` is how
 * deep the text sits in a larger document, so a piece of one is held to the whole one's limit.
 */
export function parseJsonText(text: string, maxDepth: number, depth = 0): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const truncated = endsTooEarly(reason, text);
    return fail(
      bundleError(
        'not-json',
        truncated ? 'the file ends too early: it was probably cut off while copying or saving' : `the file is not valid JSON (${reason})`,
        { detail: reason },
      ),
    );
  }

  const problem = inspect(value, maxDepth, depth);
  return problem ? fail(problem) : { ok: true, value };
}

/**
 * Whether the text holds more than `max` marks that start or separate JSON values: `{`, `[` and
 * `,`, inside strings too. Every value but the first item of a list or object is one of these or
 * follows one, so this bounds the values parsing would make (at most 2 × max + 1). It runs before
 * parsing, because JSON.parse alone turns a bundle-sized file of `{},` into tens of millions of
 * objects and gigabytes before any check sees them. Native searches: a fraction of a parse.
 */
export function holdsMoreValues(text: string, max: number): boolean {
  let count = 0;
  for (const mark of [',', '{', '[']) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) {
      count += 1;
      if (count > max) return true;
    }
  }
  return false;
}

/** Engines word it differently; all of them say the input ran out, or where they stopped. */
function endsTooEarly(reason: string, text: string): boolean {
  if (/end of (json|data)|unterminated|unexpected end/i.test(reason)) return true;
  const position = /position (\d+)/.exec(reason);
  return position !== null && Number(position[1]) >= text.trimEnd().length;
}

function fail(error: BundleError): { readonly ok: false; readonly error: BundleError } {
  return { ok: false, error };
}

/** Where a nested value sits: its parent's place and its key, so a path is built only for an error. */
interface Place {
  readonly parent: Place | undefined;
  readonly key: PropertyKey;
}

function pathOf(place: Place | undefined, extra: PropertyKey[] = []): PropertyKey[] {
  const path = [...extra];
  for (let at = place; at !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * Walks the parsed value without recursion, so depth itself cannot overflow the stack. Only
 * objects and arrays are stacked, each with a small link to its parent: a bundle holds millions of
 * strings and numbers, and a path array per value would be most of the walk's work.
 */
function inspect(root: unknown, maxDepth: number, rootDepth: number): BundleError | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  const stack: Array<{ value: object; place: Place | undefined; depth: number }> = [{ value: root, place: undefined, depth: rootDepth }];
  while (stack.length > 0) {
    const { value, place, depth } = stack.pop() as { value: object; place: Place | undefined; depth: number };
    if (depth >= maxDepth) {
      return bundleError('too-deep', `the data is nested more than ${maxDepth} levels deep; a bundle never is`, {
        path: formatPath(pathOf(place).slice(0, 8)) + '…',
        detail: String(maxDepth),
      });
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, place: { parent: place, key: i }, depth: depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        return bundleError('forbidden-key', `the key "${key}" is not allowed in a bundle`, { path: formatPath(pathOf(place, [key])), detail: key });
      }
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push({ value: item, place: { parent: place, key }, depth: depth + 1 });
    }
  }
  return undefined;
}
