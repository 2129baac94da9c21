/** Saves text as a file through the browser's own download, without the downloads permission. */
export function downloadText(doc: Pick<Document, 'createElement' | 'body'>, fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Chromium; a minute is plenty for it to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The start of every file name the regiobeeld downloads share: region and day. */
export function regiobeeldFileStem(region: string, ms: number): string {
  return `regiobeeld-${region}-${new Date(ms).toISOString().slice(0, 10)}`;
}

/** How the regiobeeld's CSV files are handed to the browser: UTF-8, as Dutch Excel opens them with their BOM. */
export const CSV_TYPE = 'text/csv;charset=utf-8';

/** The file name of one of the regiobeeld's CSV exports, wherever it is downloaded from. */
export function regiobeeldCsvName(region: string, ms: number, name: string): string {
  return `${regiobeeldFileStem(region, ms)}-${name}`;
}
