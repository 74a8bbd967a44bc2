import { describe, expect, test } from 'vitest';
import { parseQuestionFile } from '../../../questions/parseQuestionFile.ts';

const TAGS = new Set(['rest', 'http-methods', 'python']);
const PATH = 'questions/api/rest-basics.md';

const FRONT_MATTER = `id: "rest-basics"
question: "What is \`REST\`?"
topic: "api"
level: "junior"
kind: "concept"
tags: ["rest"]
sources:
  - "https://www.rfc-editor.org/rfc/rfc9110"`;

const BODY = `## Short answer
An architectural style for networked systems, described by Roy Fielding in 2000.

## Key points
- Client-server, stateless, cacheable.

## Example
\`\`\`http
GET /orders/1 HTTP/1.1
\`\`\`

## Follow-ups
- What is HATEOAS?

## Common mistakes
- Calling it a protocol.
`;

const file = (frontMatter = FRONT_MATTER, body = BODY) => `---\n${frontMatter}\n---\n${body}`;
const problemsOf = (source: string, path = PATH) => parseQuestionFile(path, source, TAGS).problems;

describe('a valid question file', () => {
  test('compiles to a question with rendered HTML', () => {
    const { question, problems } = parseQuestionFile(PATH, file(), TAGS);
    expect(problems).toEqual([]);
    expect(question?.questionHtml).toBe('What is <code>REST</code>?');
    expect(question?.answerHtml).toContain('<h3>Short answer</h3>');
    expect(question?.answerHtml).toContain('<pre tabindex="0"><code class="language-http">');
    expect(question?.related).toEqual([]);
  });

  test('keeps YAML 1.2 words like `no` as strings', () => {
    const { question } = parseQuestionFile(PATH, file(FRONT_MATTER.replace('"rest"', 'no'), BODY), new Set(['no']));
    expect(question?.tags).toEqual(['no']);
  });

  test('never renders a javascript: link as a link', () => {
    const body = BODY.replace('Calling it', '[Calling](javascript:alert(1)) it');
    expect(parseQuestionFile(PATH, file(FRONT_MATTER, body), TAGS).question?.answerHtml).not.toContain('href');
  });

  test('accepts Windows line endings', () => {
    expect(problemsOf(file().replaceAll('\n', '\r\n'))).toEqual([]);
  });
});

const replaceField = (field: string, line: string) =>
  FRONT_MATTER.split('\n')
    .map((current) => (current.startsWith(`${field}:`) ? line : current))
    .join('\n');

describe('rejects, naming the file and what is wrong:', () => {
  test.each([
    ['no front matter', BODY, 'front matter'],
    ['invalid YAML', file('id: "a\nquestion: ['), 'invalid YAML'],
    ['a duplicated key', file(`${FRONT_MATTER}\nid: "rest-basics"`), 'invalid YAML'],
    ['a missing field', file(replaceField('kind', '')), 'field `kind`'],
    ['an unknown field', file(`${FRONT_MATTER}\nappliesTo: "PHP 8"`), 'field `appliesTo`'],
    ['an id that is not a slug', file(replaceField('id', 'id: "Rest_Basics"')), 'field `id`'],
    ['an id naming a level', file(replaceField('id', 'id: "rest-junior"')), 'must not name a level'],
    ['an id that differs from the file name', file(replaceField('id', 'id: "rest-intro"')), 'must equal the file name'],
    ['a topic not in the list', file(replaceField('topic', 'topic: "frontend"')), 'field `topic`'],
    ['a topic other than the folder', file(replaceField('topic', 'topic: "http"')), 'must equal the folder'],
    ['a level not in the list', file(replaceField('level', 'level: "beginner"')), 'field `level`'],
    ['a kind not in the list', file(replaceField('kind', 'kind: "trivia"')), 'field `kind`'],
    ['a tag not in the tag list', file(replaceField('tags', 'tags: ["rest", "frontend"]')), '"frontend" is not in'],
    ['no tags', file(replaceField('tags', 'tags: []')), 'field `tags`'],
    ['lang outside the languages topic', file(`${FRONT_MATTER}\nlang: "python"`), 'field `lang`'],
    ['a lang not in the list', file(`${FRONT_MATTER}\nlang: "ruby"`), 'field `lang`'],
    ['an http source', file(FRONT_MATTER.replace('https://www.rfc-editor.org', 'http://example.com')), 'https link'],
    ['no sources', file(replaceField('sources', 'sources: []').replace(/\n {2}- .*/, '')), 'field `sources`'],
    ['a multi-line question', file(replaceField('question', 'question: "What\\nis REST?"')), 'must be one line'],
    [
      'markup other than code in the question',
      file(replaceField('question', 'question: "What is **REST**?"')),
      'only inline code',
    ],
  ])('%s', (_, source, expected) => {
    const problems = problemsOf(source);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(expected);
    for (const problem of problems) expect(problem.startsWith(`${PATH}: `)).toBe(true);
  });

  test.each([
    [
      'a missing required section',
      BODY.replace(/## Follow-ups\n- What is HATEOAS\?\n\n/, ''),
      'missing section "## Follow-ups"',
    ],
    [
      'sections out of order',
      BODY.replace('## Short answer', '## Key points\n- x\n\n## Short answer'),
      'in this order',
    ],
    ['an unknown section', `${BODY}\n## Trivia\n- x\n`, 'unknown section "Trivia"'],
    ['a level-3 heading', BODY.replace('## Example', '### Example'), 'level-2 heading'],
    ['text before the first section', `Intro.\n\n${BODY}`, 'text before the first section'],
    [
      'key points that are not bullets',
      BODY.replace('- Client-server, stateless, cacheable.', 'Prose.'),
      'must be a list',
    ],
    [
      'a short answer over 60 words',
      BODY.replace('An architectural', `${'word '.repeat(60)}An architectural`),
      'words; the limit is 60',
    ],
    ['a code fence without a language', BODY.replace('```http', '```'), 'code fence has no language'],
    ['raw HTML in a block', `${BODY}\n<details>secret</details>\n`, 'raw HTML'],
    ['raw HTML inline', BODY.replace('Calling it', 'Calling <b>it</b>'), 'raw HTML'],
    ['an http link', BODY.replace('Calling it', '[Calling](http://example.com) it'), 'links must be https'],
    ['an image', BODY.replace('Calling it', '![x](https://example.com/x.png) it'), 'images are not allowed'],
  ])('%s', (_, body, expected) => {
    const problems = problemsOf(file(FRONT_MATTER, body));
    expect(problems.join('\n')).toContain(expected);
  });

  test('errors in the body name the line', () => {
    const problems = problemsOf(file(FRONT_MATTER, BODY.replace('```http', '```')));
    expect(problems).toEqual([`${PATH}: line 18: code fence has no language (write \`\`\`sql, \`\`\`text, ...)`]);
  });
});
