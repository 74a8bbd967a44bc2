import answerLoaders from 'virtual:bank-answer-loaders';
import type { Question, QuestionSummary } from '../core/bank.ts';

/**
 * The compiled bank, loaded in pieces: the summaries when a question must be picked, one topic's
 * answers when an answer is shown. Neither is in a page's initial script.
 */
export async function loadBankIndex(): Promise<QuestionSummary[]> {
  return (await import('virtual:bank-index')).default;
}

export async function loadQuestion(summary: QuestionSummary): Promise<Question | undefined> {
  const loadTopic = answerLoaders[summary.topic];
  if (!loadTopic) return undefined;
  const topic = await loadTopic();
  return topic.default.find((question) => question.id === summary.id);
}
