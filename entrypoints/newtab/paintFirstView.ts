import bankVersion from 'virtual:bank-version';
import { dayOf } from '../../core/dates.ts';
import { isSnoozed } from '../../core/snooze.ts';
import { applyTheme, readPagePrefs } from '../../store/pagePrefs.ts';
import { takeUpcomingQuestion } from '../../store/shownQuestions.ts';
import { newTabFirstView } from './firstView.ts';
import type { NewTabPageProps } from './NewTabPage.tsx';

/**
 * Paints the new tab's first view into `root` and returns the props NewTabPage takes it over with.
 * Synchronous from start to end: the settings it needs and the question an earlier page picked are
 * in localStorage (store/pagePrefs.ts, store/shownQuestions.ts), so the first frame shows the question.
 */
export function paintNewTabFirstView(root: HTMLElement): NewTabPageProps {
  const prefs = readPagePrefs();
  applyTheme(prefs.theme);
  const now = Date.now();
  const snoozed = isSnoozed(prefs.snoozeUntil, now);
  const today =
    prefs.questionMode === 'daily'
      ? dayOf(now, Intl.DateTimeFormat().resolvedOptions().timeZone, prefs.dayStartHour)
      : undefined;
  const props: NewTabPageProps = {
    bankVersion,
    initialQuestion: snoozed ? undefined : takeUpcomingQuestion(bankVersion, prefs.planKey, today),
    planKey: prefs.planKey,
    snoozedUntil: snoozed ? prefs.snoozeUntil : undefined,
    hideStreak: prefs.hideStreak,
  };
  root.append(newTabFirstView(props));
  return props;
}
