import { element, promptLabels, questionHeading, settingsLink } from '../../components/firstPaint.ts';
import { type PromptSummary, TOPIC_LABELS, type Topic } from '../../core/bank.ts';

export interface FirstViewState {
  initialQuestion: PromptSummary | undefined;
  drillTopic?: Topic | undefined;
}

/**
 * What PopupPage renders first, as plain DOM, for the first paint (components/firstPaint.ts says
 * why). Any change to PopupPage's first render or the components in it belongs here too; the unit
 * test tests/unit/entrypoints/firstViews.test.tsx fails until it is made.
 */
export function popupFirstView({ initialQuestion, drillTopic }: FirstViewState): HTMLElement {
  return element(
    'div',
    { class: 'popup' },
    element(
      'header',
      { class: 'popup-header' },
      element('span', { class: 'brand' }, drillTopic ? `Backtab · drilling ${TOPIC_LABELS[drillTopic]}` : 'Backtab'),
      element('p', { class: 'streak', 'aria-hidden': 'true' }),
      settingsLink(true),
    ),
    initialQuestion ? question(initialQuestion) : element('p', { class: 'loading' }, 'Picking a question…'),
    element('p', { class: 'popup-status', role: 'status' }),
    element('footer', { class: 'popup-footer' }, shortcutHint()),
  );
}

function question(prompt: PromptSummary): HTMLElement {
  return element(
    'main',
    { class: 'popup-question' },
    element('div', { class: 'popup-meta' }, promptLabels(prompt)),
    questionHeading(prompt),
    element(
      'div',
      { class: 'actions' },
      element(
        'button',
        {
          type: 'button',
          class: 'button button-primary',
          'aria-expanded': 'false',
          'aria-controls': 'popup-answer',
        },
        'Show answer',
      ),
      element('button', { type: 'button', class: 'button', 'aria-keyshortcuts': 'n' }, 'Skip'),
    ),
    element(
      'section',
      { id: 'popup-answer', class: 'popup-answer', 'aria-labelledby': 'popup-answer-title', hidden: '' },
      element('h2', { id: 'popup-answer-title', class: 'visually-hidden' }, 'Answer'),
    ),
  );
}

/** ShortcutHint before it has read the browser's shortcut. */
function shortcutHint(): HTMLElement {
  const kbd = (key: string) => element('kbd', {}, key);
  return element(
    'p',
    { class: 'shortcut-hint' },
    kbd('Space'),
    ' reveal · ',
    kbd('1'),
    '–',
    kbd('4'),
    ' grade · ',
    kbd('N'),
    ' skip · ',
    kbd('U'),
    ' undo',
  );
}
