import { render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { MasteryTable } from '../../../components/MasteryTable.tsx';
import type { TopicMastery } from '../../../core/mastery.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

const sql = (seen: number): TopicMastery => ({
  topic: 'sql',
  total: 20,
  seen,
  meanRetrievability: seen > 0 ? 0.5 : undefined,
  mastery: seen > 0 ? (0.5 * seen) / 20 : 0,
});
const http: TopicMastery = { topic: 'http', total: 10, seen: 10, meanRetrievability: 0.9, mastery: 0.9 };

function drillLink(masteries: TopicMastery[]) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<MasteryTable masteries={masteries} weakest="sql" drillHref={(topic) => `popup.html?drill=${topic}`} />, root);
  return root.querySelector('a');
}

test('a weakest topic with something seen is offered as a drill of the weakest', () => {
  const link = drillLink([sql(4), http]);
  expect(link?.textContent).toBe('Drill my weakest topic: SQL');
  expect(link?.getAttribute('href')).toBe('popup.html?drill=sql');
});

test('an untouched topic is weakest only for being untouched: it is offered as a start', () => {
  expect(drillLink([sql(0), http])?.textContent).toBe('Start a topic: SQL');
});
