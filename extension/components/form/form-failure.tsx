/** Why a whole form could not be saved (the store refused, the disk is full), announced when it appears; nothing while there is none. */
export function FormFailure({ text, testId }: { readonly text: string; readonly testId: string }) {
  if (text === '') return null;
  return (
    <p class="field-error" role="alert" data-testid={testId}>
      {text}
    </p>
  );
}
