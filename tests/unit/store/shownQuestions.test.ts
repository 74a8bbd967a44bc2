import { beforeEach, describe, expect, test } from 'vitest';
import type { QuestionSummary } from '../../../core/bank.ts';
import {
  forgetShownQuestions,
  forgetUpcomingQuestions,
  markShown,
  readCurrentQuestion,
  readShown,
  replaceUpcoming,
  SHOWN_QUESTIONS_KEY,
  takeUpcomingQuestion,
} from '../../../store/shownQuestions.ts';

const question = (id: string): QuestionSummary => ({ id, questionHtml: id, topic: 'sql', level: 'mid' });
const VERSION = 'bank-1';
const PLAN = 'plan-1';

beforeEach(() => localStorage.clear());

describe('the shown-question cache', () => {
  test('a first tab finds nothing waiting', () => {
    expect(takeUpcomingQuestion(VERSION, PLAN)).toBeUndefined();
    expect(readCurrentQuestion(VERSION)).toBeUndefined();
  });

  test('a shown question becomes current and recent', () => {
    markShown(VERSION, question('a'), '2026-11-27', [question('b'), question('c')], PLAN);
    expect(readCurrentQuestion(VERSION)?.id).toBe('a');
    expect(readShown(VERSION).recentIds).toEqual(['a']);
  });

  test('tabs opened one after another each take a different waiting question', () => {
    markShown(VERSION, question('a'), '2026-11-27', [question('b'), question('c'), question('d')], PLAN);
    const ids = [
      takeUpcomingQuestion(VERSION, PLAN),
      takeUpcomingQuestion(VERSION, PLAN),
      takeUpcomingQuestion(VERSION, PLAN),
    ].map((shown) => shown?.id);
    expect(ids).toEqual(['b', 'c', 'd']);
    expect(takeUpcomingQuestion(VERSION, PLAN)).toBeUndefined();
    expect(readShown(VERSION).recentIds).toEqual(['d', 'c', 'b', 'a']);
  });

  test('never takes the question already on screen', () => {
    markShown(VERSION, question('a'), '2026-11-27', [question('a'), question('b')], PLAN);
    expect(takeUpcomingQuestion(VERSION, PLAN)?.id).toBe('b');
  });

  test('with one question a day, shows the same question again the same day', () => {
    markShown(VERSION, question('a'), '2026-11-27', [question('b')], PLAN);
    expect(takeUpcomingQuestion(VERSION, PLAN, '2026-11-27')?.id).toBe('a');
    expect(takeUpcomingQuestion(VERSION, PLAN, '2026-11-28')?.id).toBe('b');
    expect(takeUpcomingQuestion(VERSION, PLAN, '2026-11-28')?.id).toBe('b');
  });

  test('forgetting the planned questions keeps what was shown, and the next tab plans afresh', () => {
    markShown(VERSION, question('a'), '2026-11-27', [question('b'), question('c')], PLAN);
    forgetUpcomingQuestions();
    expect(takeUpcomingQuestion(VERSION, PLAN)).toBeUndefined();
    expect(readCurrentQuestion(VERSION)?.id).toBe('a');
    expect(readShown(VERSION).recentIds).toEqual(['a']);
  });

  test('forgetting the planned questions of an empty or unreadable cache changes nothing', () => {
    forgetUpcomingQuestions();
    expect(localStorage.getItem(SHOWN_QUESTIONS_KEY)).toBeNull();
    localStorage.setItem(SHOWN_QUESTIONS_KEY, '{not json');
    forgetUpcomingQuestions();
    expect(localStorage.getItem(SHOWN_QUESTIONS_KEY)).toBe('{not json');
  });

  test('replacing the queue keeps what was shown', () => {
    markShown(VERSION, question('a'), '2026-11-27', [question('b')], PLAN);
    replaceUpcoming(VERSION, [question('c')], PLAN);
    expect(readCurrentQuestion(VERSION)?.id).toBe('a');
    expect(takeUpcomingQuestion(VERSION, PLAN)?.id).toBe('c');
  });

  test('a queue planned under other settings is not used', () => {
    markShown(VERSION, question('a'), '2026-11-27', [question('b')], PLAN);
    expect(takeUpcomingQuestion(VERSION, 'plan-2')).toBeUndefined();
    expect(takeUpcomingQuestion(VERSION, PLAN)?.id).toBe('b');
  });

  test('a cache from another version of the bank is ignored', () => {
    markShown(VERSION, question('a'), '2026-11-27', [question('b')], PLAN);
    expect(takeUpcomingQuestion('bank-2', PLAN)).toBeUndefined();
    expect(readCurrentQuestion('bank-2')).toBeUndefined();
  });

  test('a reset forgets what was shown and planned', () => {
    markShown(VERSION, question('a'), '2026-11-27', [question('b')], PLAN);
    forgetShownQuestions();
    expect(readCurrentQuestion(VERSION)).toBeUndefined();
    expect(takeUpcomingQuestion(VERSION, PLAN)).toBeUndefined();
  });

  test('corrupt or tampered contents are ignored, never thrown', () => {
    localStorage.setItem(SHOWN_QUESTIONS_KEY, '{not json');
    expect(takeUpcomingQuestion(VERSION, PLAN)).toBeUndefined();
    localStorage.setItem(
      SHOWN_QUESTIONS_KEY,
      JSON.stringify({ bankVersion: VERSION, current: { id: 1 }, upcoming: [{ id: 'x', topic: 'nope' }, 'y'] }),
    );
    expect(readCurrentQuestion(VERSION)).toBeUndefined();
    expect(takeUpcomingQuestion(VERSION, PLAN)).toBeUndefined();
  });
});
