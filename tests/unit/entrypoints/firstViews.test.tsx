import { type ComponentChild, render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { CardSummary, QuestionSummary } from '../../../core/bank.ts';
import { newTabFirstView } from '../../../entrypoints/newtab/firstView.ts';
import { NewTabPage } from '../../../entrypoints/newtab/NewTabPage.tsx';
import { popupFirstView } from '../../../entrypoints/popup/firstView.ts';
import { PopupPage } from '../../../entrypoints/popup/PopupPage.tsx';

// The first views are hydrated by the full pages, and hydration keeps the DOM it finds without
// comparing attributes: markup that differed would stay wrong until the next render changed it.

const question: QuestionSummary = {
  id: 'http-idempotency',
  questionHtml: 'Why must <code>PUT</code> be idempotent?',
  topic: 'http',
  level: 'mid',
};
const card: CardSummary = { id: 'deck:d1:0', questionHtml: 'What is <em>MVCC</em>?', deckName: 'Postgres' };

let container: HTMLElement | undefined;
afterEach(() => {
  // Unmounted before any effect runs: only the first render is compared, and nothing reads storage.
  if (container) render(null, container);
  container = undefined;
});

function firstRender(page: ComponentChild): string {
  container = document.createElement('div');
  render(page, container);
  return container.innerHTML;
}

describe('the new tab’s first view', () => {
  const cases = {
    'a bank question': { initialQuestion: question, snoozedUntil: undefined, hideStreak: false },
    'a custom card, streak hidden': { initialQuestion: card, snoozedUntil: undefined, hideStreak: true },
    'no question waiting': { initialQuestion: undefined, snoozedUntil: undefined, hideStreak: false },
    snoozed: { initialQuestion: undefined, snoozedUntil: Date.now() + 3_600_000, hideStreak: false },
  };
  for (const [name, state] of Object.entries(cases)) {
    test(`is what NewTabPage renders first: ${name}`, () => {
      const page = firstRender(<NewTabPage bankVersion="v1" planKey="" {...state} />);
      expect(newTabFirstView(state).outerHTML).toBe(page);
    });
  }
});

describe('the popup’s first view', () => {
  const cases = {
    'a bank question': { initialQuestion: question },
    'a custom card': { initialQuestion: card },
    'no question yet': { initialQuestion: undefined },
    'drilling a topic': { initialQuestion: undefined, drillTopic: 'sql' as const },
  };
  for (const [name, state] of Object.entries(cases)) {
    test(`is what PopupPage renders first: ${name}`, () => {
      const page = firstRender(<PopupPage bankVersion="v1" {...state} />);
      expect(popupFirstView(state).outerHTML).toBe(page);
    });
  }
});
