import type { Ref, TargetedEvent } from 'preact';
import { Field, type FieldProps } from './field.tsx';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps extends Omit<FieldProps, 'children'> {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly SelectOption[];
  /** For a form that moves focus to its first control when it opens. */
  readonly controlRef?: Ref<HTMLSelectElement>;
  readonly autoFocus?: boolean;
}

/** A labelled choice of one option, with its hint and error. */
export function SelectField({ value, onChange, options, controlRef, autoFocus, ...field }: SelectFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...control}
          {...(controlRef === undefined ? {} : { ref: controlRef })}
          {...(autoFocus === true ? { autoFocus: true } : {})}
          value={value}
          onChange={(event: TargetedEvent<HTMLSelectElement>) => onChange(event.currentTarget.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
