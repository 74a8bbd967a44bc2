interface Props {
  onPracticeAnyway: () => void;
}

/** Nothing due and today's new questions done: say so, and leave the choice to the user. */
export function CaughtUpView({ onPracticeAnyway }: Props) {
  return (
    <section class="caught-up" aria-labelledby="caught-up-title">
      <h1 id="caught-up-title" tabIndex={-1}>
        All caught up
      </h1>
      <p>Nothing is due, and no new questions are left for today. Come back tomorrow, or keep going.</p>
      <button type="button" class="button" onClick={onPracticeAnyway}>
        Practice anyway
      </button>
      <p class="caught-up-note">Practice shows questions without changing when they come back.</p>
    </section>
  );
}
