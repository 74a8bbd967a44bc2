import markdownIt, { type MarkdownIt } from 'markdown-it';
import { escapeHtml, type HtmlContext, safeHref, sanitizeHtml } from './safeHtml.ts';

/**
 * Custom cards become HTML once, when they are imported on the options page, so the new tab never
 * parses Markdown and never sees a card's source. Every renderer ends in sanitizeHtml: markdown-it
 * with raw HTML off is already safe, the sanitizer makes that a property of the stored data.
 */

function createMarkdown(breaks: boolean): MarkdownIt {
  // Raw HTML stays text; bare URLs become links (sanitizeHtml keeps only http and https ones).
  const markdown = markdownIt({ html: false, linkify: true, typographer: false, breaks });
  // An image would load from the network when the card is shown.
  markdown.disable('image');
  markdown.validateLink = (url) => safeHref(url) !== undefined;
  // The question is the page's heading, so headings in an answer start a level below its sections.
  const level = (tag: string | undefined) => Math.min(6, Math.max(3, Number(tag?.slice(1)) + 1));
  markdown.renderer.rules.heading_open = (tokens, index) => `<h${level(tokens[index]?.tag)}>`;
  markdown.renderer.rules.heading_close = (tokens, index) => `</h${level(tokens[index]?.tag)}>\n`;
  return markdown;
}

const blockMarkdown = createMarkdown(false);
const inlineMarkdown = createMarkdown(true);

/** A question written in Markdown: inline markup only, since it is shown as a heading. */
export function renderMarkdownQuestion(source: string): string {
  return sanitizeHtml(inlineMarkdown.renderInline(source.trim()), 'inline');
}

/** An answer written in Markdown. */
export function renderMarkdownAnswer(source: string): string {
  return sanitizeHtml(blockMarkdown.render(source.trim()).trim(), 'block');
}

/** Plain text as HTML: nothing in it is markup, line breaks stay, blank lines start paragraphs. */
export function renderText(text: string, context: HtmlContext): string {
  const lines = (paragraph: string) => paragraph.split('\n').map(escapeHtml).join('<br>');
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (context === 'inline') return sanitizeHtml(lines(normalised), 'inline');
  const paragraphs = normalised.split(/\n[ \t]*\n+/).filter((paragraph) => paragraph.trim() !== '');
  return sanitizeHtml(paragraphs.map((paragraph) => `<p>${lines(paragraph.trim())}</p>`).join('\n'), 'block');
}
