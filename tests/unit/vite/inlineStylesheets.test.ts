import type { IndexHtmlTransformContext, Plugin, Rolldown } from 'vite';
import { expect, test } from 'vitest';
import { inlineStylesheets } from '../../../vite/inlineStylesheets.ts';

/** The plugin's two hooks, called the way Vite calls them at the end of a build. */
function hooks(plugin: Plugin) {
  const transform = plugin.transformIndexHtml as { handler: (html: string, ctx: IndexHtmlTransformContext) => string };
  const generate = plugin.generateBundle as unknown as { handler: (options: unknown, bundle: unknown) => void };
  return {
    transform: (html: string, bundle: Rolldown.OutputBundle) =>
      transform.handler(html, { path: '/newtab.html', filename: 'newtab.html', bundle }),
    generate: (bundle: Rolldown.OutputBundle) => generate.handler({}, bundle),
  };
}

const css = (source: string) => ({ type: 'asset', fileName: 'assets/page.css', source }) as Rolldown.OutputAsset;
const chunk = (code: string) => ({ type: 'chunk', fileName: 'chunks/page.js', code }) as Rolldown.OutputChunk;

test('a page stylesheet goes into the HTML, and its file out of the build', () => {
  const { transform, generate } = hooks(inlineStylesheets());
  const bundle: Rolldown.OutputBundle = { 'assets/page.css': css('h1{color:red}'), 'chunks/page.js': chunk('x()') };
  const html = transform('<head><link rel="stylesheet" crossorigin href="/assets/page.css">\n</head>', bundle);
  expect(html).toBe('<head><style>h1{color:red}</style>\n</head>');
  generate(bundle);
  expect(Object.keys(bundle)).toEqual(['chunks/page.js']);
});

test('a stylesheet that a script also loads stays in the build', () => {
  const { transform, generate } = hooks(inlineStylesheets());
  const bundle: Rolldown.OutputBundle = {
    'assets/page.css': css('p{}'),
    'chunks/page.js': chunk('preload(["assets/page.css"])'),
  };
  transform('<link rel="stylesheet" href="/assets/page.css">', bundle);
  generate(bundle);
  expect(Object.keys(bundle)).toContain('assets/page.css');
});

test('CSS that contains "</style" cannot end the element early', () => {
  const { transform } = hooks(inlineStylesheets());
  const html = transform('<link rel="stylesheet" href="/assets/page.css">', {
    'assets/page.css': css('a::after{content:"</style>"}'),
  });
  expect(html).toBe('<style>a::after{content:"<\\/style>"}</style>\n');
});

test('a stylesheet that is not in the bundle is left linked', () => {
  const { transform } = hooks(inlineStylesheets());
  const tag = '<link rel="stylesheet" href="https://example.org/x.css">';
  expect(transform(tag, {})).toBe(tag);
});
