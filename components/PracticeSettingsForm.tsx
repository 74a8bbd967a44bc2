import { LEVELS, type Level, TOPIC_LABELS, TOPICS, type Topic } from '../core/bank.ts';
import type { Settings } from '../core/settings.ts';
import { NumberField } from './NumberField.tsx';

interface Props {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

/** Which questions to practise, and how many new ones a day. Each change is saved at once. */
export function PracticeSettingsForm({ settings, onChange }: Props) {
  // At least one topic and one level stay on: unticking the last one is refused, not saved.
  const toggle = <T extends string>(list: readonly T[], item: T, on: boolean): T[] | undefined => {
    const next = on ? [...list, item] : list.filter((entry) => entry !== item);
    return next.length > 0 ? next : undefined;
  };
  return (
    <div class="form">
      <div class="field">
        <label class="checkbox">
          <input
            type="checkbox"
            checked={settings.includeBank}
            aria-describedby="include-bank-help"
            onChange={(event) => onChange({ includeBank: event.currentTarget.checked })}
          />
          Built-in questions
        </label>
        <p id="include-bank-help" class="help">
          Off: new tabs show only the cards of your decks that are switched on (below). With no deck on, the built-in
          questions stay.
        </p>
      </div>

      <fieldset class="field">
        <legend>Topics</legend>
        <div class="choice-grid">
          {TOPICS.map((topic: Topic) => (
            <label key={topic} class="checkbox">
              <input
                type="checkbox"
                checked={settings.topics.includes(topic)}
                disabled={settings.topics.length === 1 && settings.topics.includes(topic)}
                onChange={(event) => {
                  const topics = toggle(settings.topics, topic, event.currentTarget.checked);
                  if (topics) onChange({ topics });
                }}
              />
              {TOPIC_LABELS[topic]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="field">
        <legend>Levels</legend>
        <div class="choice-row">
          {LEVELS.map((level: Level) => (
            <label key={level} class="checkbox">
              <input
                type="checkbox"
                checked={settings.levels.includes(level)}
                disabled={settings.levels.length === 1 && settings.levels.includes(level)}
                onChange={(event) => {
                  const levels = toggle(settings.levels, level, event.currentTarget.checked);
                  if (levels) onChange({ levels });
                }}
              />
              {level[0]?.toUpperCase()}
              {level.slice(1)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="field">
        <legend>Questions on new tabs</legend>
        <div class="choice-row">
          <label class="checkbox">
            <input
              type="radio"
              name="question-mode"
              checked={settings.questionMode === 'every-tab'}
              onChange={() => onChange({ questionMode: 'every-tab' })}
            />
            A new question on every tab
          </label>
          <label class="checkbox">
            <input
              type="radio"
              name="question-mode"
              checked={settings.questionMode === 'daily'}
              onChange={() => onChange({ questionMode: 'daily' })}
            />
            One question a day
          </label>
        </div>
      </fieldset>

      <div class="field">
        <label for="new-per-day">New questions a day</label>
        <NumberField
          id="new-per-day"
          value={settings.newPerDay}
          min={0}
          max={50}
          describedBy="new-per-day-help"
          onCommit={(newPerDay) => onChange({ newPerDay })}
        />
        <p id="new-per-day-help" class="help">
          Questions you have never graded. Due reviews always come first; when both run out, new tabs say you are caught
          up.
        </p>
      </div>
    </div>
  );
}
