import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelectField } from '../../extension/components/form/select-field.tsx';
import { TextField } from '../../extension/components/form/text-field.tsx';

afterEach(cleanup);

describe('the form kit', () => {
  it('labels the control and describes it by its error and its hint', () => {
    render(
      <TextField
        id="probe"
        label="Titel"
        value=""
        onChange={() => undefined}
        maxLength={10}
        hint="Kort graag."
        error="planTitleRequired"
        errorTestId="probe-problem"
      />,
    );
    const input = screen.getByLabelText('Titel');
    expect(input.getAttribute('data-testid')).toBe('probe');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual([screen.getByTestId('probe-problem').textContent, 'Kort graag.']);
    expect(screen.getByTestId('probe-problem').textContent).not.toBe('');
  });

  it('describes a field without error by its hint only, and not at all without one', () => {
    render(
      <>
        <TextField id="with-hint" label="Eén" value="" onChange={() => undefined} maxLength={10} hint="Uitleg" />
        <TextField id="bare" label="Twee" value="" onChange={() => undefined} maxLength={10} rows={3} />
      </>,
    );
    expect(screen.getByLabelText('Eén').getAttribute('aria-describedby')).toBe('with-hint-hint');
    expect(screen.getByLabelText('Eén').getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByLabelText('Twee').hasAttribute('aria-describedby')).toBe(false);
    expect(screen.getByLabelText('Twee').tagName).toBe('TEXTAREA');
  });

  it('hands typed text and chosen options to the form', () => {
    const typed = vi.fn();
    const chosen = vi.fn();
    render(
      <>
        <TextField id="text" label="Tekst" value="" onChange={typed} maxLength={10} />
        <SelectField
          id="choice"
          testId="choice-probe"
          label="Keuze"
          value="a"
          onChange={chosen}
          options={[
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B' },
          ]}
        />
      </>,
    );
    fireEvent.input(screen.getByLabelText('Tekst'), { target: { value: 'hallo' } });
    fireEvent.change(screen.getByTestId('choice-probe'), { target: { value: 'b' } });
    expect(typed).toHaveBeenCalledWith('hallo');
    expect(chosen).toHaveBeenCalledWith('b');
  });
});
