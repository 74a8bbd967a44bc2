import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeHtml, htmlToText, safeHref, sanitizeHtml } from '../../../core/safeHtml.ts';
import { expectSafeHtml } from '../htmlSafety.ts';

describe('sanitizeHtml', () => {
  test.each([
    ['<img src=x onerror=alert(1)>hi', 'hi'],
    ['<p>a<script>alert(1)</script>b</p>', '<p>ab</p>'],
    ['<style>p{}</style><iframe src="https://evil.example"></iframe>text', 'text'],
    ['<svg><script>alert(1)</script></svg><math><mi>x</mi></math>ok', 'ok'],
    ['<a href="javascript:alert(1)">x</a>', 'x'],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', 'x'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', 'x'],
    ['<a href="/relative">x</a><a href="//evil.example">y</a>', 'xy'],
    ['<p onclick="alert(1)" style="color:red" class="x">p</p>', '<p>p</p>'],
    ['<div><b>bold</b> <i>it</i></div>', 'bold it'],
    ['<table><tr><th style="text-align:right">h</th></tr></table>', '<table><tr><th>h</th></tr></table>'],
    ['<ol start="3"><li>three</ol><ol start="x"><li>y</ol>', '<ol start="3"><li>three</li></ol><ol><li>y</li></ol>'],
    [
      '<pre><code class="language-sql">SELECT 1 &lt; 2;</code></pre><code class="evil x">c</code>',
      '<pre><code class="language-sql">SELECT 1 &lt; 2;</code></pre><code>c</code>',
    ],
    ['</p></li>stray closes', '<p></p>stray closes'],
    ['<!-- comment --><![CDATA[x]]>after', 'after'],
  ])('%s', (input, expected) => {
    const output = sanitizeHtml(input, 'block');
    expect(output).toBe(expected);
    expectSafeHtml(output);
  });

  test('links keep http and https targets and always open in a new tab without a referrer', () => {
    expect(
      sanitizeHtml('<a href="https://example.com/a?b=1&amp;c=2" target="_self" rel="opener">x</a>', 'inline'),
    ).toBe('<a href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="noreferrer">x</a>');
    expect(sanitizeHtml('<a href="http://example.com">x</a>', 'inline')).toBe(
      '<a href="http://example.com/" target="_blank" rel="noreferrer">x</a>',
    );
  });

  test('a link inside a link is unwrapped', () => {
    expect(sanitizeHtml('<a href="https://a.example"><a href="https://b.example">in</a>out</a>', 'inline')).toBe(
      '<a href="https://a.example/" target="_blank" rel="noreferrer">inout</a>',
    );
  });

  test('inline context keeps phrasing markup only', () => {
    expect(sanitizeHtml('<p>one <code>two</code></p><ul><li>three</li></ul>', 'inline')).toBe(
      'one <code>two</code>three',
    );
  });

  test('text that only looks like a handler or a script URL is broken up with entities', () => {
    const output = sanitizeHtml('say onload=1 and JavaScript:void(0)', 'block');
    expect(output).toBe('say onload&#61;1 and JavaScript&#58;void(0)');
    expectSafeHtml(output);
  });

  test('sanitising twice changes nothing', () => {
    const htmlish = fc.array(
      fc.oneof(
        fc.string(),
        fc.constantFrom(
          '<p>',
          '</p>',
          '<a href="https://x.example/a b">',
          '</a>',
          '<script>',
          '</script>',
          '<img src=x onerror=alert(1)>',
          '&amp;',
          '&#61;',
          ' onload=',
          'javascript:',
          '<pre><code class="language-js">',
          '</code></pre>',
          '<br>',
          '<ul><li>',
          '<table><tr><td>',
        ),
      ),
    );
    fc.assert(
      fc.property(htmlish, fc.constantFrom('inline' as const, 'block' as const), (parts, context) => {
        const once = sanitizeHtml(parts.join(''), context);
        expect(sanitizeHtml(once, context)).toBe(once);
        expectSafeHtml(once);
      }),
      { numRuns: 500 },
    );
  });
});

test('safeHref accepts web URLs only', () => {
  expect(safeHref('https://example.com/x')).toBe('https://example.com/x');
  expect(safeHref('HTTP://EXAMPLE.com')).toBe('http://example.com/');
  for (const href of [
    'javascript:alert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    '/x',
    '//x.example',
    'https://',
  ]) {
    expect(safeHref(href)).toBeUndefined();
  }
});

test('escapeHtml escapes the characters that matter to a parser', () => {
  expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
});

describe('htmlToText', () => {
  test('keeps the words and line breaks, drops scripts and decodes entities', () => {
    expect(htmlToText('<div>Front&nbsp;side</div><div>second <b>line</b></div><script>alert(1)</script>')).toBe(
      'Front side\nsecond line',
    );
    expect(htmlToText('one<br>two<br><br>three &lt;tag&gt;')).toBe('one\ntwo\n\nthree <tag>');
    expect(htmlToText('<ul><li>a</li><li>b</li></ul>')).toBe('a\nb');
  });
});
