import { GRADE_LABELS, GRADES, type GradeName } from '../core/grades.ts';

interface Props {
  onGrade: (grade: GradeName) => void;
  /** Shown above the buttons, e.g. why grading is off in practice. */
  disabledReason?: string;
}

/** How well the answer was remembered. Keys 1-4 do the same wherever the page has focus. */
export function GradeButtons({ onGrade, disabledReason }: Props) {
  if (disabledReason) return <p class="grade-note">{disabledReason}</p>;
  return (
    <fieldset class="grades">
      <legend>How well did you know it?</legend>
      <div class="grade-buttons">
        {GRADES.map((gradeName, index) => (
          <button
            type="button"
            key={gradeName}
            class={`button grade-button grade-${gradeName}`}
            onClick={() => onGrade(gradeName)}
            aria-keyshortcuts={String(index + 1)}
          >
            {GRADE_LABELS[gradeName]}
            <kbd>{index + 1}</kbd>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
