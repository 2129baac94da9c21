import { describe, expect, it } from 'vitest';
import { isOwnPage, RuntimeMessage } from '../../extension/messaging/runtime-message.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('runtime messages', () => {
  it('accepts only the known shape', () => {
    expect(RuntimeMessage.safeParse({ type: 'clips-saved', tabIds: [1, 2] }).success).toBe(true);
    expect(RuntimeMessage.safeParse({ type: 'clips-saved', tabIds: [-1] }).success).toBe(false);
    expect(RuntimeMessage.safeParse({ type: 'clips-saved', tabIds: [1], more: 1 }).success).toBe(false);
    expect(RuntimeMessage.safeParse({ type: 'store-record' }).success).toBe(false);
    expect(RuntimeMessage.safeParse({ type: 'capture-tab', tabId: 4, source: 'popup' }).success).toBe(true);
    expect(RuntimeMessage.safeParse({ type: 'capture-tab', tabId: 4, source: 'menu' }).success).toBe(false);
    expect(RuntimeMessage.safeParse({ type: 'anchor-tab', tabId: 4 }).success).toBe(true);
    expect(RuntimeMessage.safeParse({ type: 'anchor-tab', tabId: 4, clips: [] }).success).toBe(false);
  });

  it('trusts only this extension’s own pages', () => {
    expect(isOwnPage({ id: ID, url: `${BASE}dashboard.html` }, ID, BASE)).toBe(true);
    expect(isOwnPage({ id: ID, url: 'https://example.org/page' }, ID, BASE)).toBe(false);
    expect(isOwnPage({ id: 'another', url: 'chrome-extension://another/x.html' }, ID, BASE)).toBe(false);
    expect(isOwnPage({ id: ID }, ID, BASE)).toBe(false);
    expect(isOwnPage({ id: ID, url: `chrome-extension://${ID}.evil.example/` }, ID, BASE)).toBe(false);
  });
});
