import type { Settings } from '../core/settings.ts';
import { NumberField } from './NumberField.tsx';

interface Props {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** Settings that decide what counts as a day and an active one. Each change is saved at once. */
export function StreakSettingsForm({ settings, onChange }: Props) {
  return (
    <div class="form">
      <div class="field">
        <label for="day-start">A new day starts at</label>
        <select
          id="day-start"
          value={settings.dayStartHour}
          onChange={(event) => onChange({ dayStartHour: Number(event.currentTarget.value) })}
          aria-describedby="day-start-help"
        >
          {Array.from({ length: 24 }, (_, hour) => (
            <option key={hour} value={hour}>
              {hourLabel(hour)}
            </option>
          ))}
        </select>
        <p id="day-start-help" class="help">
          Practice before this hour counts for the day before, so a late night never breaks a streak.
        </p>
      </div>

      <div class="field">
        <label for="daily-goal">Daily goal (answers revealed)</label>
        <NumberField
          id="daily-goal"
          value={settings.dailyGoal}
          min={1}
          max={20}
          onCommit={(dailyGoal) => onChange({ dailyGoal })}
        />
      </div>

      <fieldset class="field">
        <legend>Rest days</legend>
        <p class="help">Days that never break a streak.</p>
        <div class="weekday-options">
          {WEEKDAYS.map((name, weekday) => (
            <label key={name} class="checkbox">
              <input
                type="checkbox"
                checked={settings.restDays.includes(weekday)}
                onChange={(event) => {
                  const others = settings.restDays.filter((day) => day !== weekday);
                  onChange({ restDays: event.currentTarget.checked ? [...others, weekday] : others });
                }}
              />
              {name}
            </label>
          ))}
        </div>
      </fieldset>

      <label class="checkbox field">
        <input
          type="checkbox"
          checked={settings.hideStreak}
          onChange={(event) => onChange({ hideStreak: event.currentTarget.checked })}
        />
        Hide the streak everywhere (new tab, popup and toolbar badge)
      </label>
    </div>
  );
}
