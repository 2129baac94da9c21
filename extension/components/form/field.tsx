import type { ComponentChildren } from 'preact';
import { type MessageKey, t } from '../../i18n/t.ts';

/** What a field hands its control, so label, hint and error are tied to it the same way in every form. */
export interface ControlProps {
  readonly id: string;
  readonly 'data-testid': string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby': string | undefined;
}

export interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: MessageKey | undefined;
  /** The control's test id; the id when absent. */
  readonly testId?: string;
  /** The error's test id; `<id>-error` when absent. */
  readonly errorTestId?: string;
  /** The error is said aloud when it shows (a form of a field or two, without a summary of its errors). */
  readonly errorAlert?: boolean;
  /** Layout classes beside `field` (`wide` in the plan editor's grid). */
  readonly class?: string;
  readonly children: (control: ControlProps) => ComponentChildren;
}

/**
 * One labelled control with its hint and its error: the control is described by both, and marked
 * invalid while the error shows, so a screen reader reads the reason with the field.
 */
export function Field({ id, label, hint, error, testId = id, errorTestId = `${id}-error`, errorAlert = false, class: layout, children }: FieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error === undefined ? '' : errorId, hint === undefined ? '' : hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={layout === undefined ? 'field' : `field ${layout}`}>
      <label for={id}>{label}</label>
      {children({ id, 'data-testid': testId, 'aria-invalid': error !== undefined, 'aria-describedby': describedBy })}
      {hint !== undefined && (
        <p class="hint small" id={hintId}>
          {hint}
        </p>
      )}
      <FieldError id={errorId} error={error} testId={errorTestId} alert={errorAlert} />
    </div>
  );
}

/** A field's error, or a group's (a fieldset of choices) where no single control holds it. */
export function FieldError({ id, error, testId, alert = false }: { id: string; error: MessageKey | undefined; testId: string; alert?: boolean }) {
  if (error === undefined) return null;
  return (
    <p class="field-error" id={id} data-testid={testId} {...(alert ? { role: 'alert' } : {})}>
      {t(error)}
    </p>
  );
}
