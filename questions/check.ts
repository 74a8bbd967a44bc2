/** `npm run questions:check`: validates the bank and names every file and field that is wrong. */
import { fileURLToPath } from 'node:url';
import { compileBank } from './compileBank.ts';

const bankDir = fileURLToPath(new URL('.', import.meta.url));
const { questions, problems } = compileBank(bankDir);

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`\nThe question bank has ${problems.length} problem(s).`);
  process.exit(1);
}
console.log(`The question bank is valid: ${questions.length} questions.`);
