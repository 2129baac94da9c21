import { z } from 'zod';
import { LIMITS } from '../limits.ts';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

interface Problem {
  readonly path: PropertyKey[];
  readonly message: string;
}

/** Where a value sits: its parent's place and its key, so a path is built only for a problem. */
interface Place {
  readonly parent: Place | undefined;
  readonly key: PropertyKey;
}

function pathOf(place: Place | undefined): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at = place; at !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * The first reason `root` is not a bounded free-form JSON object, walking it once without
 * recursion. Besides string, list and key bounds it counts values: depth and bytes alone let an
 * 11 MB answer hold four million empty objects, and a schema that tries each JSON type at every
 * node spent most of a minute on them.
 */
export function freeFormProblem(root: unknown, maxValues: number = LIMITS.freeFormValues): Problem | undefined {
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return { path: [], message: 'must be an object' };
  const stack: Array<{ value: unknown; place: Place | undefined }> = [{ value: root, place: undefined }];
  let values = 0;
  while (stack.length > 0) {
    const { value, place } = stack.pop() as { value: unknown; place: Place | undefined };
    values += 1;
    if (values > maxValues) return { path: [], message: `holds more than ${maxValues} values; survey answers never do` };
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { path: pathOf(place), message: 'must be a finite number' };
      continue;
    }
    if (typeof value === 'string') {
      if (value.length > LIMITS.longText) return { path: pathOf(place), message: `is longer than ${LIMITS.longText} characters` };
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > LIMITS.answers) return { path: pathOf(place), message: `holds more than ${LIMITS.answers} items` };
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i], place: { parent: place, key: i } });
      continue;
    }
    if (typeof value !== 'object') return { path: pathOf(place), message: 'must be a JSON value' };
    for (const key of Object.keys(value)) {
      if (key.length > LIMITS.shortText) return { path: pathOf(place), message: `has a key longer than ${LIMITS.shortText} characters` };
      stack.push({ value: (value as Record<string, unknown>)[key], place: { parent: place, key } });
    }
  }
  return undefined;
}

/** A JSON object of bounded size (survey answers), checked in one linear walk. */
export const JsonObject = z.custom<JsonObject>().check((ctx) => {
  const problem = freeFormProblem(ctx.value);
  if (problem !== undefined) ctx.issues.push({ code: 'custom', input: ctx.value, path: problem.path, message: problem.message });
});
