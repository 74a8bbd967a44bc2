import { expect, test } from 'vitest';
import { renderMarkdownAnswer, renderMarkdownQuestion, renderText } from '../../../core/cardRender.ts';
import { expectSafeHtml } from '../htmlSafety.ts';

test('Markdown answers keep their formatting, with headings below the question’s', () => {
  const html = renderMarkdownAnswer(
    '# Title\n\n## Part\n\nSome `code`, **bold** and [a link](https://example.com).\n\n```sql\nSELECT 1 < 2;\n```\n\n- one\n- two',
  );
  expect(html).toBe(
    [
      '<h3>Title</h3>',
      '<h3>Part</h3>',
      '<p>Some <code>code</code>, <strong>bold</strong> and <a href="https://example.com/" target="_blank" rel="noreferrer">a link</a>.</p>',
      '<pre><code class="language-sql">SELECT 1 &lt; 2;',
      '</code></pre>',
      '<ul>',
      '<li>one</li>',
      '<li>two</li>',
      '</ul>',
    ].join('\n'),
  );
});

test('Markdown never yields raw HTML, images or script links', () => {
  const html = renderMarkdownAnswer(
    '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n![pic](https://example.com/a.png)\n\n[x](javascript:alert(1)) [y](data:text/html,hi) <a href="javascript:alert(1)">z</a>',
  );
  expectSafeHtml(html);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).not.toContain('<a href="data');
});

test('a Markdown question is inline HTML, its line breaks kept', () => {
  expect(renderMarkdownQuestion('What does `SELECT *` return?\nAnd **why**?')).toBe(
    'What does <code>SELECT *</code> return?<br>\nAnd <strong>why</strong>?',
  );
  expect(renderMarkdownQuestion('- not a list\n# not a heading')).not.toMatch(/<(ul|h\d)/);
});

test('plain text is shown exactly as written, formula cells included', () => {
  expect(renderText("=cmd|' /C calc'!A0", 'block')).toBe("<p>=cmd|' /C calc'!A0</p>");
  expect(renderText('@SUM(1)', 'inline')).toBe('@SUM(1)');
  expect(renderText('line one\nline two\n\nnext *paragraph* <b>x</b>', 'block')).toBe(
    '<p>line one<br>line two</p>\n<p>next *paragraph* &lt;b&gt;x&lt;/b&gt;</p>',
  );
});
