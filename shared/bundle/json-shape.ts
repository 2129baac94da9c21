/**
 * The most keys any one object of the JSON text holds, scanned without parsing: strings are jumped
 * over quote to quote (an escaped quote is one preceded by an odd run of backslashes) and the
 * colons outside them counted per open object. Stops as soon as an object passes `stopAbove`.
 * Never throws on any text; on text that is not JSON the figure means little, and parsing refuses
 * the text anyway.
 */
export function mostKeysInOneObject(text: string, stopAbove: number): number {
  // Per open object or list its key count; a list's is never counted, so it stays -1.
  const open: number[] = [];
  let most = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x22) {
      let end = text.indexOf('"', at + 1);
      while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) return most;
      at = end;
    } else if (code === 0x7b) open.push(0);
    else if (code === 0x5b) open.push(-1);
    else if (code === 0x7d || code === 0x5d) open.pop();
    else if (code === 0x3a && open.length > 0) {
      const keys = (open[open.length - 1] as number) + 1;
      if (keys <= 0) continue;
      open[open.length - 1] = keys;
      if (keys > most) {
        most = keys;
        if (most > stopAbove) return most;
      }
    }
  }
  return most;
}

function escaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let at = quote - 1; at >= 0 && text.charCodeAt(at) === 0x5c; at -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

/** How often `mark` occurs in the text, counting no further than `stopAbove + 1`. */
export function countAtMost(text: string, mark: string, stopAbove: number): number {
  let count = 0;
  for (let at = text.indexOf(mark); at !== -1 && count <= stopAbove; at = text.indexOf(mark, at + 1)) count += 1;
  return count;
}
