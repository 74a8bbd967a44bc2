import * as v from 'valibot';
import { LEVELS, TOPICS } from './bank.ts';

/**
 * The user's settings, kept in storage.sync by store/settings.ts. Every field has a fallback, so a
 * corrupt, partial, old or newer stored value still yields valid settings: bad fields take their
 * default, good ones survive.
 */
const integerBetween = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
/** A time in ms since 1970 that a Date can hold: anything beyond makes date formatting throw. */
const timestamp = integerBetween(0, 8_640_000_000_000_000);
const uniqueSorted = <T extends string | number>(values: T[]) => [...new Set(values)].sort();

export const QUESTION_MODES = ['every-tab', 'daily'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

export const settingsSchema = v.object({
  /** The hour (0-23) at which a new day begins, so late-night practice counts for the evening before. */
  dayStartHour: v.fallback(integerBetween(0, 23), 4),
  /** Answers to reveal for a day to count towards the streak (1-20). */
  dailyGoal: v.fallback(integerBetween(1, 20), 1),
  /** Weekdays (0 = Sunday) that never break a streak. */
  restDays: v.fallback(v.pipe(v.array(integerBetween(0, 6)), v.transform(uniqueSorted)), []),
  /** Some people find streaks stressful: this hides them everywhere, badge included. */
  hideStreak: v.fallback(v.boolean(), false),
  /** Topics to draw questions from; at least one. */
  topics: v.fallback(
    v.pipe(v.array(v.picklist(TOPICS)), v.minLength(1), v.transform(uniqueSorted)),
    [...TOPICS].sort(),
  ),
  /** Whether the built-in bank is drawn from; off, only custom decks are (the bank is the fallback when none is on). */
  includeBank: v.fallback(v.boolean(), true),
  /** Levels to draw questions from; at least one. */
  levels: v.fallback(
    v.pipe(v.array(v.picklist(LEVELS)), v.minLength(1), v.transform(uniqueSorted)),
    [...LEVELS].sort(),
  ),
  /** A new question on every new tab, or one question a day. */
  questionMode: v.fallback(v.picklist(QUESTION_MODES), 'every-tab'),
  /** New questions introduced a day at most (0-50). */
  newPerDay: v.fallback(integerBetween(0, 50), 10),
  theme: v.fallback(v.picklist(THEMES), 'system'),
  /** Until when (ms since 1970) new tabs show a calm page instead of a question; 0 when not snoozed. */
  snoozeUntil: v.fallback(timestamp, 0),
  /** When progress was last reset on any device (ms since 1970): every device clears what it holds from before. */
  resetAt: v.fallback(timestamp, 0),
});

export type Settings = v.InferOutput<typeof settingsSchema>;

export function sanitiseSettings(stored: unknown): Settings {
  const input = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
  return v.parse(settingsSchema, input);
}

export const DEFAULT_SETTINGS: Settings = sanitiseSettings(undefined);
