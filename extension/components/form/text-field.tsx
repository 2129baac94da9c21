import type { TargetedEvent } from 'preact';
import { Field, type FieldProps } from './field.tsx';

export interface TextFieldProps extends Omit<FieldProps, 'children'> {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
  /** A textarea of this many rows instead of a one-line input. */
  readonly rows?: number;
  readonly list?: string;
  readonly autoFocus?: boolean;
  readonly autocomplete?: string;
  /** `search` for a search box (a one-line input only). */
  readonly type?: 'text' | 'search';
}

/** A labelled text input or textarea with its hint and error. */
export function TextField({ value, onChange, maxLength, rows, list, autoFocus, autocomplete, type = 'text', ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      {(control) => {
        const common = {
          ...control,
          value,
          maxLength,
          onInput: (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.currentTarget.value),
          ...(autoFocus === true ? { autoFocus: true } : {}),
        };
        return rows === undefined ? (
          <input type={type} {...common} {...(list === undefined ? {} : { list })} {...(autocomplete === undefined ? {} : { autocomplete })} />
        ) : (
          <textarea {...common} rows={rows} />
        );
      }}
    </Field>
  );
}
