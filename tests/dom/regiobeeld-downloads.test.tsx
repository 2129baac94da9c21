import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegiobeeldDownloads } from '../../extension/features/regiobeeld/regiobeeld-downloads.tsx';
import { analyseRegiobeeld } from '../../shared/regiobeeld/analyse.ts';
import { loadDefinitions } from '../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../survey-definitions/index.ts';
import { mergedExampleRecords } from '../unit/cli/support/examples.ts';

afterEach(cleanup);

const analysis = analyseRegiobeeld('helmond-de-peel', mergedExampleRecords(), loadDefinitions(DEFINITION_SOURCES).definitions);
const NOW = Date.parse('2026-11-22T12:00:00.000Z');

describe('downloads of the shared regiobeeld', () => {
  it('says which file it is making, takes no second click meanwhile, then says where it went', { timeout: 30_000 }, async () => {
    const download = vi.fn();
    render(<RegiobeeldDownloads analysis={analysis} download={download} now={() => NOW} document={document} />);
    fireEvent.click(screen.getByTestId('download-report'));
    expect(screen.getByTestId('download-progress').textContent).toBe('regiobeeld-helmond-de-peel-2026-11-22.html wordt gemaakt…');
    expect(screen.getByTestId('download-report')).toHaveProperty('disabled', true);
    for (const button of screen.getAllByTestId('download-csv')) expect(button).toHaveProperty('disabled', true);
    // A click that reaches the button anyway (a double click within one frame) starts nothing.
    screen.getByTestId('download-report').removeAttribute('disabled');
    fireEvent.click(screen.getByTestId('download-report'));

    await waitFor(() => expect(screen.getByTestId('download-status').textContent).toBe('Opgeslagen als regiobeeld-helmond-de-peel-2026-11-22.html'), {
      timeout: 20_000,
    });
    expect(download).toHaveBeenCalledTimes(1);
    expect(download.mock.calls[0]?.[1]).toMatch(/^<!doctype html>/i);
    expect(screen.queryByTestId('download-progress')).toBeNull();
    expect(screen.getByTestId('download-report')).toHaveProperty('disabled', false);
  });

  it('says so when making a file fails, and can be tried again', async () => {
    const download = vi.fn().mockImplementationOnce(() => {
      throw new Error('quota');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<RegiobeeldDownloads analysis={analysis} download={download} now={() => NOW} document={document} />);
    const agenda = () => screen.getAllByTestId('download-csv').find((button) => button.dataset['file'] === 'gespreksagenda.csv') as HTMLElement;
    fireEvent.click(agenda());
    await waitFor(() =>
      expect(screen.getByTestId('download-status').textContent).toMatch(/^regiobeeld-helmond-de-peel-2026-11-22-gespreksagenda\.csv maken is niet gelukt\./),
    );
    fireEvent.click(agenda());
    await waitFor(() =>
      expect(screen.getByTestId('download-status').textContent).toBe('Opgeslagen als regiobeeld-helmond-de-peel-2026-11-22-gespreksagenda.csv'),
    );
    expect(download).toHaveBeenCalledTimes(2);
  });
});
