import bankVersion from 'virtual:bank-version';
import { render } from 'preact';
import { TOPICS, type Topic } from '../../core/bank.ts';
import { applyTheme, readPagePrefs } from '../../store/pagePrefs.ts';
import { readCurrentQuestion } from '../../store/shownQuestions.ts';
import { PopupPage } from './PopupPage.tsx';
import '../../components/base.css';
import './style.css';

applyTheme(readPagePrefs().theme);
// Opened from the options page as `popup.html?drill=<topic>`, it drills one topic in a tab.
const drillParameter = new URLSearchParams(location.search).get('drill');
const drillTopic = (TOPICS as readonly string[]).includes(drillParameter ?? '') ? (drillParameter as Topic) : undefined;
if (drillTopic) document.documentElement.classList.add('in-tab');
// Otherwise it opens on the question the last new tab showed, read synchronously for the first paint.
const initialQuestion = drillTopic ? undefined : readCurrentQuestion(bankVersion);
const root = document.getElementById('app');
if (root) {
  render(<PopupPage bankVersion={bankVersion} initialQuestion={initialQuestion} drillTopic={drillTopic} />, root);
}
