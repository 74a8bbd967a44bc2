import { beforeEach, describe, expect, test } from 'vitest';
import type { QuestionSummary } from '../../../core/bank.ts';
import {
  readCurrentQuestion,
  refillUpcoming,
  showNextQuestion,
  takeUpcomingQuestion,
} from '../../../store/shownQuestions.ts';

const question = (id: string): QuestionSummary => ({ id, questionHtml: id, topic: 'sql', level: 'mid' });
const bank = ['a', 'b', 'c', 'd', 'e', 'f'].map(question);
const VERSION = 'bank-1';

/** Cycles through fixed numbers, so each pick is predictable. */
const sequence = (...numbers: number[]) => {
  let index = 0;
  return () => numbers[index++ % numbers.length] as number;
};

beforeEach(() => localStorage.clear());

describe('shown questions', () => {
  test('a first tab finds nothing waiting', () => {
    expect(takeUpcomingQuestion(VERSION)).toBeUndefined();
    expect(readCurrentQuestion(VERSION)).toBeUndefined();
  });

  test('showing a question makes it current and plans the next ones without it', () => {
    const shown = showNextQuestion(VERSION, bank, sequence(0));
    expect(shown?.id).toBe('a');
    expect(readCurrentQuestion(VERSION)?.id).toBe('a');
    const next = takeUpcomingQuestion(VERSION);
    expect(next?.id).not.toBe('a');
    expect(readCurrentQuestion(VERSION)?.id).toBe(next?.id);
  });

  test('tabs opened one after another each take a different waiting question', () => {
    showNextQuestion(VERSION, bank, Math.random);
    const taken = [takeUpcomingQuestion(VERSION), takeUpcomingQuestion(VERSION), takeUpcomingQuestion(VERSION)];
    const ids = taken.map((shown) => shown?.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(3);
  });

  test('a refill never plans the current or a recent question', () => {
    for (let tab = 0; tab < 50; tab++) {
      const previous = readCurrentQuestion(VERSION)?.id;
      const shown = takeUpcomingQuestion(VERSION) ?? showNextQuestion(VERSION, bank, Math.random);
      expect(shown?.id).not.toBe(previous);
      refillUpcoming(VERSION, bank, Math.random);
    }
  });

  test('"next" never repeats the question on screen', () => {
    let previous = showNextQuestion(VERSION, bank, Math.random)?.id;
    for (let click = 0; click < 50; click++) {
      const next = showNextQuestion(VERSION, bank, Math.random)?.id;
      expect(next).not.toBe(previous);
      previous = next;
    }
  });

  test('a cache from another version of the bank is ignored', () => {
    showNextQuestion(VERSION, bank, Math.random);
    expect(takeUpcomingQuestion('bank-2')).toBeUndefined();
    expect(readCurrentQuestion('bank-2')).toBeUndefined();
  });

  test('corrupt or tampered contents are ignored, never thrown', () => {
    localStorage.setItem('backtab.shown.v1', '{not json');
    expect(takeUpcomingQuestion(VERSION)).toBeUndefined();
    localStorage.setItem(
      'backtab.shown.v1',
      JSON.stringify({ bankVersion: VERSION, current: { id: 1 }, upcoming: [{ id: 'x', topic: 'nope' }, 'y'] }),
    );
    expect(readCurrentQuestion(VERSION)).toBeUndefined();
    expect(takeUpcomingQuestion(VERSION)).toBeUndefined();
    expect(showNextQuestion(VERSION, bank, sequence(0))?.id).toBe('a');
  });
});
