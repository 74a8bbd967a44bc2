import { render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { ChoiceGroup } from '../../../components/ChoiceGroup.tsx';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(selected: string[], onChange: (next: string[]) => void) {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <ChoiceGroup
      legend="Levels"
      choices={['junior', 'mid', 'senior']}
      selected={selected}
      label={(choice) => choice}
      onChange={onChange}
      layout="row"
    />,
    root,
  );
  return [...root.querySelectorAll('input')];
}

test('ticking and unticking report the new selection', () => {
  const changes: string[][] = [];
  const [junior, mid] = mount(['mid', 'senior'], (next) => changes.push(next));
  junior?.click();
  mid?.click();
  expect(changes).toEqual([['mid', 'senior', 'junior'], ['senior']]);
});

test('the last ticked choice cannot be unticked', () => {
  const changes: string[][] = [];
  const [junior, mid] = mount(['mid'], (next) => changes.push(next));
  expect(mid?.disabled).toBe(true);
  expect(junior?.disabled).toBe(false);
  expect(changes).toEqual([]);
});
