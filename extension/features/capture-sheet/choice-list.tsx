import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { LIMITS } from '../../../shared/limits.ts';
import { type MessageKey, t } from '../../i18n/t.ts';
import { FieldError } from '../../components/form/field.tsx';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export interface ChoiceGroup {
  readonly heading?: string;
  readonly choices: readonly Choice[];
}

export interface ChoiceListProps {
  /** Prefix of ids and test ids: `<id>-option`, `<id>-free-input`, `<id>-free-add`, `<id>-chip`. */
  readonly id: string;
  readonly legend: string;
  readonly groups: readonly ChoiceGroup[];
  readonly selected: readonly string[];
  readonly onChange: (selected: readonly string[]) => void;
  readonly freeLabel: string;
  readonly error?: MessageKey | undefined;
  /** How a chosen value the list does not hold is shown: a stored code by its name, free text as typed. */
  readonly chipLabel?: (value: string) => string;
}

/**
 * Ticks from a bundled list, plus the partner's own words for what the list lacks. A free entry
 * that matches a listed label (in any case) ticks that one instead of adding a twin.
 */
export function ChoiceList({ id, legend, groups, selected, onChange, freeLabel, error, chipLabel = (value) => value }: ChoiceListProps) {
  const [free, setFree] = useState('');
  const listed = groups.flatMap((group) => group.choices);
  const own = selected.filter((value) => !listed.some((choice) => choice.value === value));

  const toggle = (value: string) => onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);

  function addFree() {
    const text = free.trim().slice(0, LIMITS.shortText);
    if (text === '') return;
    const match = listed.find((choice) => choice.label.toLowerCase() === text.toLowerCase() || choice.value.toLowerCase() === text.toLowerCase());
    const value = match?.value ?? text;
    if (!selected.includes(value)) onChange([...selected, value]);
    setFree('');
  }

  function onFreeKey(event: TargetedEvent<HTMLInputElement, KeyboardEvent>) {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      addFree();
    }
  }

  return (
    <fieldset class="choices" data-testid={id}>
      <legend>{legend}</legend>
      {groups.map((group, index) => (
        <div class="choice-group" key={group.heading ?? index}>
          {group.heading !== undefined && <p class="group-heading">{group.heading}</p>}
          {group.choices.map((choice) => (
            <label class="choice" key={choice.value}>
              <input
                type="checkbox"
                checked={selected.includes(choice.value)}
                onChange={() => toggle(choice.value)}
                data-testid={`${id}-option`}
                data-value={choice.value}
              />
              {choice.label}
            </label>
          ))}
        </div>
      ))}
      {own.length > 0 && (
        <ul class="chips">
          {own.map((value) => (
            <li key={value} class="chip" data-testid={`${id}-chip`}>
              <span>{chipLabel(value)}</span>
              <button type="button" class="chip-remove" onClick={() => toggle(value)} aria-label={t('sheetRemoveChoice', chipLabel(value))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="free-add">
        <label for={`${id}-free`} class="visually-hidden">
          {freeLabel}
        </label>
        <input
          id={`${id}-free`}
          type="text"
          placeholder={freeLabel}
          value={free}
          maxLength={LIMITS.shortText}
          onInput={(event) => setFree(event.currentTarget.value)}
          onKeyDown={onFreeKey}
          data-testid={`${id}-free-input`}
        />
        <button type="button" onClick={addFree} data-testid={`${id}-free-add`}>
          {t('sheetAddChoice')}
        </button>
      </div>
      <FieldError id={`${id}-error`} error={error} testId={`${id}-error`} />
    </fieldset>
  );
}
