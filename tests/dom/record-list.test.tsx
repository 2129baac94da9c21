import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RECORDS_STEP, RecordList } from '../../extension/features/regiobeeld/record-list.tsx';
import { fakeObservation } from '../support/fake-records.ts';

afterEach(cleanup);

describe('the record list', () => {
  it('shows a window of rows of a large regiobeeld and grows it on request', () => {
    const records = Array.from({ length: RECORDS_STEP + 40 }, (_, n) => fakeObservation(n + 1, { quote: `Citaat ${n}` }));
    render(
      <RecordList records={records} partnerNames={new Map()} statuses={new Map()} planItems={new Map()} onDelete={() => undefined} onEdit={() => undefined} />,
    );
    expect(screen.getAllByTestId('record-row')).toHaveLength(RECORDS_STEP);
    expect(screen.getByTestId('records-more').textContent).toBe('Toon 40 gegevens meer (40 nog niet getoond)');
    fireEvent.click(screen.getByTestId('records-more'));
    expect(screen.getAllByTestId('record-row')).toHaveLength(RECORDS_STEP + 40);
    expect(screen.queryByTestId('records-more')).toBeNull();
  });
});
