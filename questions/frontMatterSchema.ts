import * as v from 'valibot';
import { KINDS, LANGS, LEVELS, TOPICS } from '../core/bank.ts';

const LEVEL_WORDS = /(^|-)(junior|mid|senior)(-|$)/;

const nonEmptyLine = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.check((text) => !text.includes('\n'), 'must be one line'),
);

const httpsUrl = v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https link'));

/** The front matter of one question file. Unknown keys are errors, so a typo never passes silently. */
export const frontMatterSchema = v.strictObject({
  id: v.pipe(
    v.string(),
    v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, hyphens)'),
    v.check((id) => !LEVEL_WORDS.test(id), 'must not name a level (junior, mid, senior)'),
  ),
  question: nonEmptyLine,
  topic: v.picklist(TOPICS, `must be one of: ${TOPICS.join(', ')}`),
  level: v.picklist(LEVELS, `must be one of: ${LEVELS.join(', ')}`),
  kind: v.picklist(KINDS, `must be one of: ${KINDS.join(', ')}`),
  tags: v.pipe(v.array(v.string('must be a string')), v.minLength(1, 'needs at least one tag')),
  lang: v.optional(v.picklist(LANGS, `must be one of: ${LANGS.join(', ')}`)),
  applies_to: v.optional(nonEmptyLine),
  sources: v.pipe(v.array(httpsUrl), v.minLength(1, 'needs at least one source')),
  related: v.optional(v.array(v.string('must be a string')), []),
});

export type FrontMatter = v.InferOutput<typeof frontMatterSchema>;
