import type { Settings } from '../core/settings.ts';

/**
 * The few settings a page needs before its first paint - theme, snooze, question mode, day start -
 * copied into the page's synchronous localStorage whenever settings are read, because waiting for
 * storage.sync would delay the first frame. storage.sync stays the record of truth.
 */
const STORAGE_KEY = 'backtab.prefs.v1';

export type PagePrefs = Pick<Settings, 'theme' | 'snoozeUntil' | 'questionMode' | 'dayStartHour' | 'hideStreak'> & {
  /** Changes whenever a setting that decides which questions to pick changes: plans made before are void. */
  planKey: string;
};

const DEFAULT_PREFS: PagePrefs = {
  theme: 'system',
  snoozeUntil: 0,
  questionMode: 'every-tab',
  dayStartHour: 4,
  hideStreak: false,
  planKey: '',
};

export function planKeyOf(
  settings: Pick<Settings, 'topics' | 'levels' | 'newPerDay' | 'questionMode' | 'includeBank'>,
): string {
  return JSON.stringify([
    settings.topics,
    settings.levels,
    settings.newPerDay,
    settings.questionMode,
    settings.includeBank,
  ]);
}

export function readPagePrefs(): PagePrefs {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<PagePrefs> | null;
    if (typeof stored !== 'object' || stored === null) return DEFAULT_PREFS;
    return {
      theme: stored.theme === 'light' || stored.theme === 'dark' ? stored.theme : 'system',
      snoozeUntil: typeof stored.snoozeUntil === 'number' ? stored.snoozeUntil : 0,
      questionMode: stored.questionMode === 'daily' ? 'daily' : 'every-tab',
      dayStartHour:
        Number.isInteger(stored.dayStartHour) &&
        (stored.dayStartHour as number) >= 0 &&
        (stored.dayStartHour as number) < 24
          ? (stored.dayStartHour as number)
          : 4,
      hideStreak: stored.hideStreak === true,
      planKey: typeof stored.planKey === 'string' ? stored.planKey : '',
    };
  } catch {
    return DEFAULT_PREFS;
  }
}

export function rememberPagePrefs(settings: Settings): void {
  const prefs: PagePrefs = {
    theme: settings.theme,
    snoozeUntil: settings.snoozeUntil,
    questionMode: settings.questionMode,
    dayStartHour: settings.dayStartHour,
    hideStreak: settings.hideStreak,
    planKey: planKeyOf(settings),
  };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(prefs));
  } catch {
    // Without the copy the next page starts from defaults and corrects itself once settings load.
  }
}

/** Applies the theme to the document: `data-theme` overrides the system's light or dark. */
export function applyTheme(theme: PagePrefs['theme']): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
