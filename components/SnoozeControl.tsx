import { SNOOZE_LABELS, SNOOZE_OPTIONS, type SnoozeOption } from '../core/snooze.ts';

interface Props {
  snoozeUntil: number;
  now: number;
  onSnooze: (option: SnoozeOption) => void;
  onResume: () => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });

/** "Not now" without disabling anything: new tabs show a calm page until the snooze ends. */
export function SnoozeControl({ snoozeUntil, now, onSnooze, onResume }: Props) {
  if (snoozeUntil > now) {
    return (
      <p class="snooze">
        New tabs are snoozed until {timeFormat.format(snoozeUntil)}.{' '}
        <button type="button" class="link-button" onClick={onResume}>
          Resume now
        </button>
      </p>
    );
  }
  return (
    <fieldset class="snooze">
      <legend>Snooze new tabs</legend>
      {SNOOZE_OPTIONS.map((option) => (
        <button type="button" key={option} class="button button-small" onClick={() => onSnooze(option)}>
          {SNOOZE_LABELS[option]}
        </button>
      ))}
    </fieldset>
  );
}
