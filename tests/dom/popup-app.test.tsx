import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../extension/apps/popup-app.tsx';
import { clipBody, PARTNER_A, testStore } from './support/test-store.ts';

afterEach(cleanup);

describe('popup', () => {
  it('counts the clips and clips the active tab with one button', async () => {
    const { store } = testStore();
    await store.setupPartner(PARTNER_A);
    await store.addObservation(clipBody('Wachtlijst wijkverpleging'));
    const clip = vi.fn();
    const openDashboard = vi.fn();
    render(<PopupApp store={store} clip={clip} openDashboard={openDashboard} />);
    await waitFor(() => expect(screen.getByTestId('popup-count').textContent).toBe('1 waarneming opgeslagen'));
    fireEvent.click(screen.getByTestId('popup-clip'));
    expect(clip).toHaveBeenCalledOnce();
    expect(screen.getByTestId('popup-clip').textContent).toBe('Knippen');
  });
});
