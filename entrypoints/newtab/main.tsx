import bankVersion from 'virtual:bank-version';
import { render } from 'preact';
import { dayOf } from '../../core/dates.ts';
import { applyTheme, readPagePrefs } from '../../store/pagePrefs.ts';
import { takeUpcomingQuestion } from '../../store/shownQuestions.ts';
import { NewTabPage } from './NewTabPage.tsx';
import '../../components/base.css';
import './style.css';

// Everything before the first render is synchronous, so the first paint already shows the question.
const prefs = readPagePrefs();
applyTheme(prefs.theme);
const snoozed = prefs.snoozeUntil > Date.now();
const today =
  prefs.questionMode === 'daily'
    ? dayOf(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone, prefs.dayStartHour)
    : undefined;
const initialQuestion = snoozed ? undefined : takeUpcomingQuestion(bankVersion, prefs.planKey, today);
const root = document.getElementById('app');
if (root) {
  render(
    <NewTabPage
      bankVersion={bankVersion}
      initialQuestion={initialQuestion}
      planKey={prefs.planKey}
      snoozedUntil={snoozed ? prefs.snoozeUntil : undefined}
      hideStreak={prefs.hideStreak}
    />,
    root,
  );
}
