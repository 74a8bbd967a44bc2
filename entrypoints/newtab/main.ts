import bankVersion from 'virtual:bank-version';
import { takeOverOnceShown, whenRootParsed } from '../../components/firstPaint.ts';
import { dayOf } from '../../core/dates.ts';
import { isSnoozed } from '../../core/snooze.ts';
import { applyTheme, readPagePrefs } from '../../store/pagePrefs.ts';
import { takeUpcomingQuestion } from '../../store/shownQuestions.ts';
import { newTabFirstView } from './firstView.ts';
import type { NewTabPageProps } from './NewTabPage.tsx';
import '../../components/base.css';
import './style.css';

// Everything before the first view is synchronous, so the first paint already shows the question.
const prefs = readPagePrefs();
applyTheme(prefs.theme);
const snoozed = isSnoozed(prefs.snoozeUntil, Date.now());
const today =
  prefs.questionMode === 'daily'
    ? dayOf(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone, prefs.dayStartHour)
    : undefined;
const props: NewTabPageProps = {
  bankVersion,
  initialQuestion: snoozed ? undefined : takeUpcomingQuestion(bankVersion, prefs.planKey, today),
  planKey: prefs.planKey,
  snoozedUntil: snoozed ? prefs.snoozeUntil : undefined,
  hideStreak: prefs.hideStreak,
};
whenRootParsed((root) => {
  // Plain DOM first; Preact, storage and the rest of the page load once it is on screen and take
  // this DOM over (components/firstPaint.ts).
  root.append(newTabFirstView(props));
  takeOverOnceShown(async () => (await import('./hydratePage.tsx')).hydrateNewTabPage(root, props));
});
