import type { IndexHtmlTransformContext, Plugin, Rolldown } from 'vite';
import { expect, test } from 'vitest';
import { inlineStylesheets } from '../../../vite/inlineStylesheets.ts';

/** The plugins' hooks, called the way Vite calls them at the end of a build, in Vite's order. */
function hooks([inlining, unlisting]: Plugin[]) {
  const transform = inlining?.transformIndexHtml as {
    handler: (html: string, ctx: IndexHtmlTransformContext) => string;
  };
  const unlist = unlisting?.generateBundle as unknown as (options: unknown, bundle: unknown) => void;
  const generate = inlining?.generateBundle as unknown as { handler: (options: unknown, bundle: unknown) => void };
  return {
    transform: (html: string, bundle: Rolldown.OutputBundle, page = 'newtab.html') =>
      transform.handler(html, { path: `/${page}`, filename: page, bundle }),
    /** Vite's import analysis runs between the two: a chunk lists the CSS left in its metadata. */
    generate: (bundle: Rolldown.OutputBundle) => {
      unlist({}, bundle);
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.viteMetadata) {
          file.code = `preload(${JSON.stringify([...file.viteMetadata.importedCss])})`;
        }
      }
      generate.handler({}, bundle);
    },
  };
}

const css = (source: string) => ({ type: 'asset', fileName: 'assets/page.css', source }) as Rolldown.OutputAsset;
const chunk = (code: string) => ({ type: 'chunk', fileName: 'chunks/page.js', code }) as Rolldown.OutputChunk;
const importing = (...cssFiles: string[]) =>
  ({ importedCss: new Set(cssFiles), importedAssets: new Set<string>() }) as Rolldown.OutputChunk['viteMetadata'];

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

test('a stylesheet inlined into every page is no longer fetched again by the chunks the pages import', () => {
  const { transform, generate } = hooks(inlineStylesheets());
  const shared = { ...chunk(''), fileName: 'chunks/shared.js', viteMetadata: importing('assets/base.css') };
  const lazy = {
    ...chunk(''),
    fileName: 'chunks/lazy.js',
    viteMetadata: importing('assets/base.css', 'assets/newtab.css'),
  };
  const bundle: Rolldown.OutputBundle = {
    'assets/base.css': { ...css('body{}'), fileName: 'assets/base.css' },
    'assets/newtab.css': { ...css('h1{}'), fileName: 'assets/newtab.css' },
    'chunks/shared.js': shared,
    'chunks/lazy.js': lazy,
  };
  transform('<link rel="stylesheet" href="/assets/base.css"><link rel="stylesheet" href="/assets/newtab.css">', bundle);
  transform('<link rel="stylesheet" href="/assets/base.css">', bundle, 'popup.html');
  generate(bundle);

  expect([...(lazy.viteMetadata?.importedCss ?? [])]).toEqual(['assets/newtab.css']);
  expect([...(shared.viteMetadata?.importedCss ?? [])]).toEqual([]);
  // The popup may load the lazy chunk too, and it has no newtab.css inline: that file still ships.
  expect(Object.keys(bundle).sort()).toEqual(['assets/newtab.css', 'chunks/lazy.js', 'chunks/shared.js']);
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
