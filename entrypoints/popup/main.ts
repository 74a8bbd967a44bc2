import bankVersion from 'virtual:bank-version';
import { takeOverOnceShown, whenRootParsed } from '../../components/firstPaint.ts';
import { TOPICS, type Topic } from '../../core/bank.ts';
import { applyTheme, readPagePrefs } from '../../store/pagePrefs.ts';
import { readCurrentQuestion } from '../../store/shownQuestions.ts';
import { popupFirstView } from './firstView.ts';
import type { PopupPageProps } from './PopupPage.tsx';
import '../../components/base.css';
import './style.css';

applyTheme(readPagePrefs().theme);
// Opened from the options page as `popup.html?drill=<topic>`, it drills one topic in a tab.
const drillParameter = new URLSearchParams(location.search).get('drill');
const drillTopic = (TOPICS as readonly string[]).includes(drillParameter ?? '') ? (drillParameter as Topic) : undefined;
if (drillTopic) document.documentElement.classList.add('in-tab');
const props: PopupPageProps = {
  bankVersion,
  // Otherwise it opens on the question the last new tab showed, read synchronously for the first paint.
  initialQuestion: drillTopic ? undefined : readCurrentQuestion(bankVersion),
  drillTopic,
};
whenRootParsed((root) => {
  // Plain DOM first; Preact, storage and the rest of the page load once it is on screen and take
  // this DOM over (components/firstPaint.ts).
  root.append(popupFirstView(props));
  takeOverOnceShown(async () => (await import('./hydratePage.tsx')).hydratePopupPage(root, props));
});
