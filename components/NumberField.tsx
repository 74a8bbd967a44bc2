import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  id: string;
  value: number;
  min: number;
  max: number;
  /** Called with a whole number within bounds when the user commits a change (Enter or leaving the field). */
  onCommit: (value: number) => void;
  describedBy?: string;
}

function isAllowed(text: string, min: number, max: number): boolean {
  const number = Number(text);
  return text.trim() !== '' && Number.isInteger(number) && number >= min && number <= max;
}

/**
 * A number input that keeps what the user is typing. A plain controlled input would be reset to the
 * stored value by any re-render while a save is on its way, and the browser would then report that
 * stale value as a change of its own when focus leaves.
 *
 * A value out of bounds is kept in the field, with a message saying what is allowed, and the stored
 * value stays until a valid one is entered: putting the old number back silently left people
 * believing their 60 had been saved.
 */
export function NumberField({ id, value, min, max, onCommit, describedBy }: Props) {
  const [draft, setDraft] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = `${id}-error`;
  const error = invalid ? `Enter a whole number from ${min} to ${max}.` : '';

  useEffect(() => {
    if (document.activeElement !== inputRef.current) {
      setDraft(String(value));
      setInvalid(false);
    }
  }, [value]);

  // The browser's own validity agrees with the message, for whatever reads validationMessage.
  useEffect(() => {
    inputRef.current?.setCustomValidity(error);
  }, [error]);

  const commit = (text: string) => {
    if (!isAllowed(text, min, max)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const next = Number(text);
    if (next !== value) onCommit(next);
  };

  return (
    <>
      <input
        id={id}
        ref={inputRef}
        type="number"
        min={min}
        max={max}
        value={draft}
        aria-invalid={invalid}
        aria-describedby={[invalid ? errorId : undefined, describedBy].filter(Boolean).join(' ') || undefined}
        onInput={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          // The message goes as soon as the number is right; a new one waits for Enter or leaving.
          if (isAllowed(text, min, max)) setInvalid(false);
        }}
        onChange={(event) => commit(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Enter commits through the change event, which an unchanged field does not fire: pressing
          // Enter again on a refused number should still say what is wrong.
          if (event.key === 'Enter' && !isAllowed(event.currentTarget.value, min, max)) setInvalid(true);
        }}
      />
      {/* Always in the page, so that screen readers announce the message when it appears. */}
      <p id={errorId} class="field-error" aria-live="polite">
        {error}
      </p>
    </>
  );
}
