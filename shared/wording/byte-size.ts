const UNITS = [
  { name: 'MiB', bytes: 1024 * 1024 },
  { name: 'KiB', bytes: 1024 },
] as const;

/**
 * The size in the largest unit that holds it whole ("64 MiB"), else the exact count ("1000 bytes"):
 * always exact, and without separators or decimals, so it reads the same in Dutch and in English.
 */
export function wholeSize(bytes: number): string {
  const unit = UNITS.find((u) => bytes >= u.bytes && bytes % u.bytes === 0);
  return unit === undefined ? `${bytes} bytes` : `${bytes / unit.bytes} ${unit.name}`;
}

/**
 * "67,108,865 bytes (64.0 MiB)": the exact count, which tells apart two sizes that round alike,
 * and the size a person reads; a size of whole units keeps no decimals.
 */
export function exactSize(bytes: number): string {
  const count = `${bytes.toLocaleString('en')} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const unit = UNITS.find((u) => bytes >= u.bytes);
  if (unit === undefined) return count;
  const inUnit = bytes % unit.bytes === 0 ? String(bytes / unit.bytes) : (bytes / unit.bytes).toFixed(1);
  return `${count} (${inUnit} ${unit.name})`;
}

/**
 * Why a file is refused for its size, naming both sizes exactly. `atLeast`: the size is a lower
 * bound, as a text's length in characters is of its length in UTF-8 bytes.
 */
export function tooLargeWords(size: number, maxBytes: number, atLeast = false): string {
  return `the file is ${atLeast ? 'at least ' : ''}${exactSize(size)}, more than the ${exactSize(maxBytes)} a bundle may be`;
}
