import bankVersion from 'virtual:bank-version';
import { render } from 'preact';
import { takeUpcomingQuestion } from '../../store/shownQuestions.ts';
import { NewTabPage } from './NewTabPage.tsx';
import '../../components/base.css';
import './style.css';

// Taken synchronously, before the first render, so the question is on screen in the first paint.
const initialQuestion = takeUpcomingQuestion(bankVersion);
const root = document.getElementById('app');
if (root) render(<NewTabPage bankVersion={bankVersion} initialQuestion={initialQuestion} />, root);
