import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { isSnoozed, SNOOZE_LABELS, SNOOZE_OPTIONS, type SnoozeOption } from '../core/snooze.ts';

interface Props {
  snoozeUntil: number;
  now: number;
  onSnooze: (option: SnoozeOption) => void;
  onResume: () => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });

/** "Not now" without disabling anything: new tabs show a calm page until the snooze ends. */
export function SnoozeControl({ snoozeUntil, now, onSnooze, onResume }: Props) {
  const snoozed = isSnoozed(snoozeUntil, now);
  const messageId = useId();
  const message = useRef<HTMLParagraphElement>(null);
  const choices = useRef<HTMLFieldSetElement>(null);
  const pressedHere = useRef(false);

  // Snoozing and resuming swap the buttons for others, so the pressed one leaves the page and the
  // focus would fall to the body. The swap comes once the settings are saved, which may take several
  // renders: hence an effect keyed on the state, where useFocusAfterRender would serve the next render.
  useLayoutEffect(() => {
    if (!pressedHere.current) return;
    pressedHere.current = false;
    const control = message.current ?? choices.current;
    const focused = document.activeElement;
    // Someone who moved on while the save was under way keeps the place they moved to.
    if (focused && focused !== document.body && !control?.contains(focused)) return;
    control?.querySelector('button')?.focus();
  }, [snoozed]);

  if (snoozed) {
    return (
      <p class="snooze" ref={message}>
        <span id={messageId}>New tabs are snoozed until {timeFormat.format(snoozeUntil)}.</span>{' '}
        <button
          type="button"
          class="link-button"
          aria-describedby={messageId}
          onClick={() => {
            pressedHere.current = true;
            onResume();
          }}
        >
          Resume now
        </button>
      </p>
    );
  }
  return (
    <fieldset class="snooze" ref={choices}>
      <legend>Snooze new tabs</legend>
      {SNOOZE_OPTIONS.map((option) => (
        <button
          type="button"
          key={option}
          class="button button-small"
          onClick={() => {
            pressedHere.current = true;
            onSnooze(option);
          }}
        >
          {SNOOZE_LABELS[option]}
        </button>
      ))}
    </fieldset>
  );
}
