/**
 * The bytes of a file or a slice of one. FileReader rather than `Blob.arrayBuffer()`, which the
 * jsdom the DOM tests run in does not have; both behave the same in the browsers.
 */
export function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const { result } = reader;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new TypeError('FileReader gave no ArrayBuffer'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(blob);
  });
}
