import { clockTime } from '../../components/clockTime.ts';
import { element, promptLabels, questionHeading, settingsLink } from '../../components/firstPaint.ts';
import type { PromptSummary } from '../../core/bank.ts';

export interface FirstViewState {
  initialQuestion: PromptSummary | undefined;
  snoozedUntil: number | undefined;
  hideStreak: boolean;
}

/**
 * What NewTabPage renders first, as plain DOM, for the first paint (components/firstPaint.ts says
 * why). Any change to NewTabPage's first render or the components in it belongs here too; the unit
 * test tests/unit/entrypoints/firstViews.test.tsx fails until it is made.
 */
export function newTabFirstView({ initialQuestion, snoozedUntil, hideStreak }: FirstViewState): HTMLElement {
  return element(
    'div',
    { class: 'page', 'data-settled': snoozedUntil ? 'yes' : 'no' },
    element(
      'header',
      { class: 'topbar', 'data-streak': 'loading' },
      element('span', { class: 'brand' }, 'Backtab'),
      !hideStreak && element('p', { class: 'streak', 'aria-hidden': 'true' }),
      settingsLink(false),
    ),
    element(
      'main',
      { class: 'stage' },
      snoozedUntil
        ? snoozedView(snoozedUntil)
        : initialQuestion
          ? questionCard(initialQuestion)
          : element('p', { class: 'loading', 'aria-busy': 'true' }, 'Picking a question…'),
    ),
    element('footer', { class: 'page-footer' }),
    element('dialog', { class: 'answer-dialog', 'aria-labelledby': 'answer-dialog-title' }),
  );
}

function snoozedView(until: number): HTMLElement {
  return element(
    'section',
    { class: 'snoozed', 'aria-labelledby': 'snoozed-time' },
    element('h1', { id: 'snoozed-time', class: 'snoozed-time' }, clockTime(Date.now())),
    element('p', { class: 'snoozed-note' }, 'Backtab is snoozed until ', clockTime(until), '.'),
    element('button', { type: 'button', class: 'button' }, 'Show me a question anyway'),
  );
}

function questionCard(question: PromptSummary): HTMLElement {
  return element(
    'article',
    { class: 'question-card' },
    promptLabels(question),
    questionHeading(question),
    element(
      'div',
      { class: 'actions' },
      element('button', { type: 'button', class: 'button button-primary' }, 'Show answer'),
      element('button', { type: 'button', class: 'button' }, 'Next question'),
    ),
    element('p', { class: 'graded', role: 'status' }),
  );
}
