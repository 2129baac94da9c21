/** "1 file", "300,000 files": counts with thousands separators, as the capped lists beside them. */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
