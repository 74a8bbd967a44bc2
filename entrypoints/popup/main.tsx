import bankVersion from 'virtual:bank-version';
import { render } from 'preact';
import { readCurrentQuestion } from '../../store/shownQuestions.ts';
import { PopupPage } from './PopupPage.tsx';
import '../../components/base.css';
import './style.css';

// The popup opens on the question the last new tab showed, read synchronously for the first paint.
const initialQuestion = readCurrentQuestion(bankVersion);
const root = document.getElementById('app');
if (root) render(<PopupPage bankVersion={bankVersion} initialQuestion={initialQuestion} />, root);
