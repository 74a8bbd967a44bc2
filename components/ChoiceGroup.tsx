interface Props<T extends string> {
  legend: string;
  choices: readonly T[];
  selected: readonly T[];
  label: (choice: T) => string;
  /** At least one choice stays ticked: its checkbox is disabled rather than unticked. */
  onChange: (selected: T[]) => void;
  layout: 'grid' | 'row';
}

/** A fieldset of checkboxes of which at least one stays selected, such as topics or levels. */
export function ChoiceGroup<T extends string>({ legend, choices, selected, label, onChange, layout }: Props<T>) {
  return (
    <fieldset class="field">
      <legend>{legend}</legend>
      <div class={layout === 'grid' ? 'choice-grid' : 'choice-row'}>
        {choices.map((choice) => {
          const checked = selected.includes(choice);
          return (
            <label key={choice} class="checkbox">
              <input
                type="checkbox"
                checked={checked}
                disabled={checked && selected.length === 1}
                onChange={(event) => {
                  const next = event.currentTarget.checked
                    ? [...selected, choice]
                    : selected.filter((entry) => entry !== choice);
                  if (next.length > 0) onChange(next);
                }}
              />
              {label(choice)}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
