import { type Card, createEmptyCard, fsrs, type Grade, generatorParameters, Rating, type State } from 'ts-fsrs';
import type { GradeName } from './grades.ts';
import { dueAt, type ReviewState } from './reviewState.ts';

const RATINGS: Record<GradeName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/**
 * ts-fsrs with default weights and a desired retention of 0.9. Short-term learning steps are off:
 * new tabs come at random moments, so minute-scale steps would fall due when nobody is there. Fuzz
 * spreads intervals so questions graded together do not all come back on the same day.
 */
export const scheduler = fsrs(
  generatorParameters({ request_retention: 0.9, enable_fuzz: true, enable_short_term: false }),
);

function toCard(review: ReviewState): Card {
  return {
    ...createEmptyCard(review.lastReview),
    due: new Date(dueAt(review)),
    stability: review.stability,
    difficulty: review.difficulty,
    scheduled_days: review.scheduledDays,
    reps: review.reps,
    lapses: review.lapses,
    state: review.state as State,
    last_review: new Date(review.lastReview),
  };
}

/** The state after grading a question at `now`; `previous` is absent for a question never graded. */
export function grade(previous: ReviewState | undefined, gradeName: GradeName, now: number): ReviewState {
  const card = previous ? toCard(previous) : createEmptyCard(now);
  const next = scheduler.next(card, now, RATINGS[gradeName]).card;
  return {
    lastReview: now,
    scheduledDays: next.scheduled_days,
    stability: next.stability,
    difficulty: next.difficulty,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
  };
}

/** The probability of recalling the answer at `now`, from 0 to 1. */
export function retrievability(review: ReviewState, now: number): number {
  return scheduler.get_retrievability(toCard(review), now, false);
}
