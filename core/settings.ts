import * as v from 'valibot';

/**
 * The user's settings, kept in storage.sync by store/settings.ts. Every field has a fallback, so a
 * corrupt, partial, old or newer stored value still yields valid settings: bad fields take their
 * default, good ones survive.
 */
const DEFAULTS = {
  dayStartHour: 4,
  dailyGoal: 1,
  restDays: [] as number[],
  hideStreak: false,
};

const integerBetween = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const settingsSchema = v.object({
  /** The hour (0-23) at which a new day begins, so late-night practice counts for the evening before. */
  dayStartHour: v.fallback(integerBetween(0, 23), DEFAULTS.dayStartHour),
  /** Answers to reveal for a day to count towards the streak (1-20). */
  dailyGoal: v.fallback(integerBetween(1, 20), DEFAULTS.dailyGoal),
  /** Weekdays (0 = Sunday) that never break a streak. */
  restDays: v.fallback(
    v.pipe(
      v.array(integerBetween(0, 6)),
      v.transform((days) => [...new Set(days)].sort()),
    ),
    DEFAULTS.restDays,
  ),
  /** Some people find streaks stressful: this hides them everywhere, badge included. */
  hideStreak: v.fallback(v.boolean(), DEFAULTS.hideStreak),
});

export type Settings = v.InferOutput<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = sanitiseSettings(undefined);

export function sanitiseSettings(stored: unknown): Settings {
  const input = typeof stored === 'object' && stored !== null ? stored : {};
  return v.parse(settingsSchema, input);
}
