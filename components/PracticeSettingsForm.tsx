import { LEVELS, TOPIC_LABELS, TOPICS } from '../core/bank.ts';
import type { Settings } from '../core/settings.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { NumberField } from './NumberField.tsx';

interface Props {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

/** Which questions to practise, and how many new ones a day. Each change is saved at once. */
export function PracticeSettingsForm({ settings, onChange }: Props) {
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

      <ChoiceGroup
        legend="Topics"
        choices={TOPICS}
        selected={settings.topics}
        label={(topic) => TOPIC_LABELS[topic]}
        onChange={(topics) => onChange({ topics })}
        layout="grid"
      />

      <ChoiceGroup
        legend="Levels"
        choices={LEVELS}
        selected={settings.levels}
        label={(level) => `${level[0]?.toUpperCase()}${level.slice(1)}`}
        onChange={(levels) => onChange({ levels })}
        layout="row"
      />

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
