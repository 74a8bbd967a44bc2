import bankVersion from 'virtual:bank-version';
import { TOPICS, type Topic } from '../../core/bank.ts';
import { applyTheme, readPagePrefs } from '../../store/pagePrefs.ts';
import { readCurrentQuestion } from '../../store/shownQuestions.ts';
import { popupFirstView } from './firstView.ts';
import type { PopupPageProps } from './PopupPage.tsx';

/**
 * Paints the popup's first view into `root` and returns the props PopupPage takes it over with,
 * synchronously, from localStorage (store/pagePrefs.ts, store/shownQuestions.ts).
 */
export function paintPopupFirstView(root: HTMLElement): PopupPageProps {
  applyTheme(readPagePrefs().theme);
  // Opened from the options page as `popup.html?drill=<topic>`, it drills one topic in a tab.
  const drillParameter = new URLSearchParams(location.search).get('drill');
  const drillTopic = (TOPICS as readonly string[]).includes(drillParameter ?? '')
    ? (drillParameter as Topic)
    : undefined;
  if (drillTopic) document.documentElement.classList.add('in-tab');
  const props: PopupPageProps = {
    bankVersion,
    // Otherwise it opens on the question the last new tab showed.
    initialQuestion: drillTopic ? undefined : readCurrentQuestion(bankVersion),
    drillTopic,
  };
  root.append(popupFirstView(props));
  return props;
}
