import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBadge } from '../../extension/background/badge.ts';

describe('badge', () => {
  it('marks one tab and clears the mark again', async () => {
    const later: Array<() => void> = [];
    const badge = createBadge(fakeBrowser.action, (run) => later.push(run));
    await badge.saved(4);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('✓');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
    await badge.failed(5);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('!');
    later.forEach((run) => run());
    await Promise.resolve();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });
});
