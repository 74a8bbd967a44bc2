import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import type { Question } from '../core/bank.ts';
import { parseQuestionFile } from './parseQuestionFile.ts';
import { findNearDuplicates } from './similarity.ts';

export interface CompiledBank {
  questions: Question[];
  problems: string[];
}

const tagListSchema = v.record(v.string(), v.array(v.string('every tag must be a string (quote words like "null")')));
const allowedPairsSchema = v.array(v.tuple([v.string(), v.string()]));

/**
 * Reads every `<topic>/<id>.md` under `bankDir`, validates each file and the bank as a whole, and
 * returns the questions sorted by id. `problems` is empty only when the whole bank is valid.
 */
export function compileBank(bankDir: string, displayRoot = process.cwd()): CompiledBank {
  const problems: string[] = [];
  const knownTags = readTagList(join(bankDir, 'tags.yaml'));
  const allowedPairs = readAllowedPairs(join(bankDir, 'allowed-similar.yaml'));
  const questions: Question[] = [];
  const pathById = new Map<string, string>();
  // Every file names an id, even one that failed validation: its related links are not wrong too.
  const fileIds = new Set<string>();

  for (const folder of readdirSync(bankDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(bankDir, folder.name)).sort()) {
      const fullPath = join(bankDir, folder.name, file);
      const displayPath = relative(displayRoot, fullPath);
      if (!file.endsWith('.md')) {
        problems.push(`${displayPath}: file: only .md question files belong in a topic folder`);
        continue;
      }
      fileIds.add(file.replace(/\.md$/, ''));
      const parsed = parseQuestionFile(displayPath, readFileSync(fullPath, 'utf8'), knownTags);
      problems.push(...parsed.problems);
      if (!parsed.question) continue;
      const earlier = pathById.get(parsed.question.id);
      if (earlier) {
        problems.push(`${displayPath}: field \`id\`: "${parsed.question.id}" is already used by ${earlier}`);
        continue;
      }
      pathById.set(parsed.question.id, displayPath);
      questions.push(parsed.question);
    }
  }

  for (const question of questions) {
    for (const relatedId of question.related) {
      if (relatedId === question.id || !fileIds.has(relatedId)) {
        problems.push(
          `${pathById.get(question.id)}: field \`related\`: "${relatedId}" is not another question in the bank`,
        );
      }
    }
  }

  if (questions.length === 0 && problems.length === 0)
    problems.push(`${relative(displayRoot, bankDir) || bankDir}: the bank has no questions`);

  const texts = questions.map((question) => ({ id: question.id, text: question.questionHtml }));
  for (const pair of findNearDuplicates(texts)) {
    if (allowedPairs.has(pairKey(pair.left, pair.right))) continue;
    problems.push(
      `${pathById.get(pair.left)}: field \`question\`: near duplicate of ${pathById.get(pair.right)} ` +
        `(similarity ${pair.similarity.toFixed(2)}); reword one, or list the pair in questions/allowed-similar.yaml`,
    );
  }

  questions.sort((a, b) => a.id.localeCompare(b.id));
  return { questions, problems };
}

function readTagList(path: string): Set<string> {
  const tagList = v.parse(tagListSchema, parseYaml(readFileSync(path, 'utf8')));
  return new Set(Object.values(tagList).flat());
}

function readAllowedPairs(path: string): Set<string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return new Set();
  }
  const pairs = v.parse(allowedPairsSchema, parseYaml(text) ?? []);
  return new Set(pairs.map(([left, right]) => pairKey(left, right)));
}

function pairKey(left: string, right: string): string {
  return [left, right].sort().join(' ~ ');
}
