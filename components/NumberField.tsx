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

/**
 * A number input that keeps what the user is typing. A plain controlled input would be reset to the
 * stored value by any re-render while a save is on its way, and the browser would then report that
 * stale value as a change of its own when focus leaves.
 */
export function NumberField({ id, value, min, max, onCommit, describedBy }: Props) {
  const [draft, setDraft] = useState(String(value));
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (document.activeElement !== inputRef.current) setDraft(String(value));
  }, [value]);

  return (
    <input
      id={id}
      ref={inputRef}
      type="number"
      min={min}
      max={max}
      value={draft}
      aria-describedby={describedBy}
      onInput={(event) => setDraft(event.currentTarget.value)}
      onChange={(event) => {
        const next = Number(event.currentTarget.value);
        if (event.currentTarget.value !== '' && Number.isInteger(next) && next >= min && next <= max) {
          if (next !== value) onCommit(next);
        } else {
          setDraft(String(value));
        }
      }}
    />
  );
}
