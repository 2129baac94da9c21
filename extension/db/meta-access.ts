import type { RegiobeeldDb } from './schema.ts';
import { META_VALUES, type MetaKey, type MetaValue } from './meta.ts';

/** Reads one meta value, parsed by its schema: a damaged value fails loudly instead of spreading. */
export async function readMeta<K extends MetaKey>(db: RegiobeeldDb, key: K): Promise<MetaValue<K> | undefined> {
  const row = await db.meta.get(key);
  if (row === undefined) return undefined;
  return META_VALUES[key].parse(row.value) as MetaValue<K>;
}

export async function writeMeta<K extends MetaKey>(db: RegiobeeldDb, key: K, value: MetaValue<K>): Promise<void> {
  await db.meta.put({ key, value });
}
