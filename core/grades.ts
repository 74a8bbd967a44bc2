/**
 * The four self-grades, in the order of the keys 1-4. Kept apart from core/scheduler.ts so the
 * pages can show the buttons without loading the scheduler.
 */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type GradeName = (typeof GRADES)[number];

export const GRADE_LABELS: Record<GradeName, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

/** The grade for a key press (1-4), if it is one. */
export function gradeForKey(key: string): GradeName | undefined {
  const index = Number(key) - 1;
  return Number.isInteger(index) ? GRADES[index] : undefined;
}
