import { resolve } from 'node:path';
import type { Question } from '../../core/bank.ts';
import { compileBank } from '../../questions/compileBank.ts';

/** The bank the production build was made from, to check what the pages show against it. */
export function loadBuiltBank(): Map<string, Question> {
  const { questions } = compileBank(resolve(process.env.BACKTAB_BANK_DIR ?? 'questions'));
  return new Map(questions.map((question) => [question.questionHtml, question]));
}
