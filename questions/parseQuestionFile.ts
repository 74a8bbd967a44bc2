import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import type { Question } from '../core/bank.ts';
import { frontMatterSchema } from './frontMatterSchema.ts';

export const SHORT_ANSWER_WORD_LIMIT = 60;

/** Body sections in the order they must appear. */
const SECTIONS = [
  { title: 'Short answer', required: true },
  { title: 'Key points', required: true, needsList: true },
  { title: 'Example', required: false },
  { title: 'Follow-ups', required: true, needsList: true },
  { title: 'Common mistakes', required: false, needsList: true },
] as const;

// Raw HTML is switched on here only so that it shows up as tokens we can reject.
const htmlDetector = markdownIt({ html: true });
const renderer = createRenderer();

export interface ParsedQuestionFile {
  question?: Question;
  problems: string[];
}

/**
 * Parses and validates one question file. `path` is used in messages and must end in
 * `<topic>/<id>.md`; `knownTags` is the fixed tag list.
 */
export function parseQuestionFile(path: string, source: string, knownTags: ReadonlySet<string>): ParsedQuestionFile {
  const problems: string[] = [];
  const report = (where: string, message: string) => problems.push(`${path}: ${where}: ${message}`);

  const split = splitFrontMatter(source);
  if (!split) {
    report('front matter', 'the file must start with a YAML front matter block between --- lines');
    return { problems };
  }

  let data: unknown;
  try {
    // YAML 1.2 core schema: `no`, `on` and `yes` stay strings.
    data = parseYaml(split.yaml, { version: '1.2', uniqueKeys: true });
  } catch (error) {
    report('front matter', `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
    return { problems };
  }

  const parsed = v.safeParse(frontMatterSchema, data);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const field = v.getDotPath(issue) ?? 'front matter';
      report(`field \`${field}\``, issue.message);
    }
    return { problems };
  }
  const meta = parsed.output;

  const fileParts = path.split(/[\\/]/);
  const fileId = fileParts.at(-1)?.replace(/\.md$/, '');
  const folder = fileParts.at(-2);
  if (meta.id !== fileId) report('field `id`', `"${meta.id}" must equal the file name "${fileId}"`);
  if (meta.topic !== folder) report('field `topic`', `"${meta.topic}" must equal the folder "${folder}"`);
  for (const tag of meta.tags) {
    if (!knownTags.has(tag)) report('field `tags`', `"${tag}" is not in questions/tags.yaml`);
  }
  if (meta.lang && meta.topic !== 'languages') {
    report('field `lang`', 'is only for the languages topic');
  }

  const questionHtml = renderQuestionLine(meta.question, (message) => report('field `question`', message));
  const bodyLineOffset = split.bodyStartLine;
  checkBody(split.body, (line, message) =>
    report(line === undefined ? 'body' : `line ${line + bodyLineOffset}`, message),
  );

  if (problems.length > 0 || questionHtml === undefined) return { problems };
  return {
    problems,
    question: {
      id: meta.id,
      questionHtml,
      topic: meta.topic,
      level: meta.level,
      kind: meta.kind,
      tags: meta.tags,
      ...(meta.lang ? { lang: meta.lang } : {}),
      ...(meta.applies_to ? { appliesTo: meta.applies_to } : {}),
      sources: meta.sources,
      related: meta.related,
      answerHtml: renderer.render(split.body).trim(),
    },
  };
}

function splitFrontMatter(source: string) {
  const normalised = source.replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(normalised);
  if (!match) return undefined;
  const body = normalised.slice(match[0].length);
  const bodyStartLine = match[0].split('\n').length; // 1-based line number of the body's first line
  return { yaml: match[1] ?? '', body, bodyStartLine };
}

/** The question line may hold inline code and nothing else that renders as markup. */
function renderQuestionLine(question: string, report: (message: string) => void): string | undefined {
  const tokens = htmlDetector.parseInline(question, {});
  const children = tokens.flatMap((token) => token.children ?? []);
  const markup = children.find((token) => token.type !== 'text' && token.type !== 'code_inline');
  if (markup) {
    report(`only inline code is allowed, found ${describe(markup)} (put code in backticks)`);
    return undefined;
  }
  return renderer.renderInline(question).trim();
}

function checkBody(body: string, report: (line: number | undefined, message: string) => void) {
  const tokens = htmlDetector.parse(body, {});
  const sectionsSeen: string[] = [];
  let currentSection: string | undefined;
  let shortAnswerWords = 0;
  const sectionHasList = new Set<string>();

  for (const [index, token] of tokens.entries()) {
    const line = token.map ? token.map[0] : undefined;
    if (token.type === 'heading_open') {
      const title = tokens[index + 1]?.content.trim() ?? '';
      if (token.tag !== 'h2') report(line, `heading "${title}" must be a level-2 heading (##)`);
      if (!SECTIONS.some((section) => section.title === title)) {
        report(line, `unknown section "${title}"; allowed: ${SECTIONS.map((s) => s.title).join(', ')}`);
      }
      currentSection = title;
      sectionsSeen.push(title);
      continue;
    }
    if (token.type === 'inline' && tokens[index - 1]?.type === 'heading_open') continue;
    if (currentSection === undefined && token.type !== 'inline' && !token.type.endsWith('_close')) {
      report(line, 'text before the first section; start the body with "## Short answer"');
    }
    if (token.type === 'html_block') report(line, 'raw HTML is not allowed');
    if (token.type === 'fence' && token.info.trim() === '') {
      report(line, 'code fence has no language (write ```sql, ```text, ...)');
    }
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      if (currentSection) sectionHasList.add(currentSection);
    }
    if (token.type === 'inline') {
      if (currentSection === 'Short answer') shortAnswerWords += countWords(token.content);
      for (const child of token.children ?? []) checkInline(child, line, report);
    }
  }

  const order = SECTIONS.map((section) => section.title as string);
  const known = sectionsSeen.filter((title) => order.includes(title));
  const sorted = [...known].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (known.join('|') !== sorted.join('|') || new Set(known).size !== known.length) {
    report(undefined, `sections must appear once each, in this order: ${order.join(', ')}`);
  }
  for (const section of SECTIONS) {
    if (section.required && !sectionsSeen.includes(section.title)) {
      report(undefined, `missing section "## ${section.title}"`);
    }
    if ('needsList' in section && sectionsSeen.includes(section.title) && !sectionHasList.has(section.title)) {
      report(undefined, `section "${section.title}" must be a list of bullets`);
    }
  }
  if (shortAnswerWords > SHORT_ANSWER_WORD_LIMIT) {
    report(undefined, `short answer has ${shortAnswerWords} words; the limit is ${SHORT_ANSWER_WORD_LIMIT}`);
  }
}

function checkInline(
  token: Token,
  line: number | undefined,
  report: (line: number | undefined, message: string) => void,
) {
  if (token.type === 'html_inline') report(line, `raw HTML is not allowed: ${token.content}`);
  if (token.type === 'image') report(line, 'images are not allowed (they would load from the network)');
  if (token.type === 'link_open') {
    const href = String(token.attrGet('href') ?? '');
    if (!href.startsWith('https://')) report(line, `links must be https: ${href}`);
  }
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function describe(token: Token): string {
  return token.type.replace(/_open$/, '').replace(/_/g, ' ');
}

/** Answers sit under the question's own heading in the dialog, so their sections become h3. */
function createRenderer(): MarkdownIt {
  const markdown = markdownIt({ html: false, linkify: false, typographer: false });
  const defaultLinkOpen = markdown.renderer.rules.link_open;
  const defaultFence = markdown.renderer.rules.fence;
  markdown.renderer.rules.heading_open = (tokens, index) => `<h${Number(tokens[index]?.tag.slice(1)) + 1}>`;
  markdown.renderer.rules.heading_close = (tokens, index) => `</h${Number(tokens[index]?.tag.slice(1)) + 1}>\n`;
  markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
    tokens[index]?.attrSet('target', '_blank');
    tokens[index]?.attrSet('rel', 'noreferrer');
    return defaultLinkOpen
      ? defaultLinkOpen(tokens, index, options, env, self)
      : self.renderToken(tokens, index, options);
  };
  // A code block scrolls sideways when a line is long, and only an element that takes focus can be
  // scrolled from the keyboard (axe: scrollable-region-focusable).
  markdown.renderer.rules.fence = (tokens, index, options, env, self) =>
    (defaultFence ? defaultFence(tokens, index, options, env, self) : self.renderToken(tokens, index, options)).replace(
      /^<pre>/,
      '<pre tabindex="0">',
    );
  return markdown;
}
