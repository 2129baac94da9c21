import type { TargetedEvent } from 'preact';
import { type MessageKey, t } from '../../i18n/t.ts';

export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: MessageKey | undefined;
  readonly maxLength: number;
  readonly multiline?: boolean;
  readonly hint?: string;
  readonly list?: string;
  readonly autoFocus?: boolean;
}

/** A labelled text input or textarea with its error; the test id is the id. */
export function TextField({ id, label, value, onChange, error, maxLength, multiline = false, hint, list, autoFocus }: TextFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error === undefined ? '' : errorId, hint === undefined ? '' : hintId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    'data-testid': id,
    value,
    maxLength,
    'aria-invalid': error !== undefined,
    'aria-describedby': describedBy,
    onInput: (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.currentTarget.value),
    ...(autoFocus === true ? { autoFocus: true } : {}),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? <textarea {...common} rows={4} /> : <input type="text" {...common} {...(list === undefined ? {} : { list })} />}
      {hint !== undefined && (
        <p class="hint small" id={hintId}>
          {hint}
        </p>
      )}
      <FieldError id={errorId} error={error} testId={`${id}-error`} />
    </div>
  );
}

export function FieldError({ id, error, testId }: { id: string; error: MessageKey | undefined; testId: string }) {
  if (error === undefined) return null;
  return (
    <p class="field-error" id={id} data-testid={testId}>
      {t(error)}
    </p>
  );
}
