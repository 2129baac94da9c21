import { describe, expect, it } from 'vitest';
import { readUntrustedText } from '../../../shared/bundle/untrusted-json.ts';
import { exactSize, tooLargeWords, wholeSize } from '../../../shared/wording/byte-size.ts';

const MIB = 1024 * 1024;

describe('the size of a file in a message', () => {
  it('names the exact count, which tells apart two sizes that round alike', () => {
    expect(exactSize(64 * MIB + 1)).toBe('67,108,865 bytes (64.0 MiB)');
    expect(exactSize(64 * MIB)).toBe('67,108,864 bytes (64 MiB)');
    expect(exactSize(1536)).toBe('1,536 bytes (1.5 KiB)');
    expect(exactSize(1000)).toBe('1,000 bytes');
    expect(exactSize(1)).toBe('1 byte');
  });

  it('never says a file one byte over the limit is as large as the limit', () => {
    expect(tooLargeWords(64 * MIB + 1, 64 * MIB)).toBe('the file is 67,108,865 bytes (64.0 MiB), more than the 67,108,864 bytes (64 MiB) a bundle may be');
  });

  it('gives the limit for the translations in words that read the same in Dutch and English: whole units or plain bytes', () => {
    expect(wholeSize(192 * MIB)).toBe('192 MiB');
    expect(wholeSize(512 * 1024)).toBe('512 KiB');
    expect(wholeSize(1_000_000)).toBe('1000000 bytes');
  });
});

describe('readUntrustedText on a file over the limit', () => {
  it('names both sizes exactly, and gives the extension the limit', () => {
    const read = readUntrustedText(new Uint8Array(MIB + 1), MIB);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toMatchObject({
      code: 'too-large',
      message: 'the file is 1,048,577 bytes (1.0 MiB), more than the 1,048,576 bytes (1 MiB) a bundle may be',
      detail: '1 MiB',
    });
  });

  it('says "at least" for a text, whose characters are fewer than its UTF-8 bytes', () => {
    const read = readUntrustedText('é'.repeat(1025), 1024);
    expect(!read.ok && read.error.message).toBe('the file is at least 1,025 bytes (1.0 KiB), more than the 1,024 bytes (1 KiB) a bundle may be');
  });
});
