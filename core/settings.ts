/** The user's settings, with the defaults a new user gets. Kept in storage.sync by store/settings.ts. */
export interface Settings {
  /** The hour (0-23) at which a new day begins, so late-night practice counts for the evening before. */
  dayStartHour: number;
  /** Answers to reveal for a day to count towards the streak (1-20). */
  dailyGoal: number;
}

export const DEFAULT_SETTINGS: Settings = {
  dayStartHour: 4,
  dailyGoal: 1,
};

/** Any stored value, however corrupt or old, becomes valid settings: bad fields fall back to defaults. */
export function sanitiseSettings(stored: unknown): Settings {
  const raw = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    dayStartHour: integerIn(raw.dayStartHour, 0, 23, DEFAULT_SETTINGS.dayStartHour),
    dailyGoal: integerIn(raw.dailyGoal, 1, 20, DEFAULT_SETTINGS.dailyGoal),
  };
}

function integerIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}
