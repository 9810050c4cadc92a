/**
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json), less two matters of
 * style: how a boolean attribute is written (Astro writes `hidden`, Svelte `disabled=""`; both are HTML) and the
 * length of a title (the story's is the article's own headline). Each page carries its icon in itself, as a PNG.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DIST, PAGES } from './site';

/** A built page's file. */
const pageFile = (path: string) => join(DIST, path.endsWith('.html') ? path : `${path}index.html`);

// In the desktop project only (the files are the same for every browser width).
test('html-validate finds no error in any built page', { tag: '@desktop' }, async () => {
  expect(PAGES.length).toBeGreaterThan(20);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const path of PAGES) {
    const report = await validator.validateFile(pageFile(path));
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${path || '(the story)'}:${m.line}:${m.column} ${m.ruleId}: ${m.message} — ${m.selector ?? ''}`);
    }
  }
  expect(errors).toEqual([]);
});

test('every page carries its icon as a PNG in the page: no request for it, and no SVG document made at each change of the address', { tag: '@desktop' }, async () => {
  for (const path of PAGES) {
    const html = readFileSync(pageFile(path), 'utf8');
    const icons = [...html.matchAll(/<link rel="icon"[^>]*>/g)].map(([link]) => link);
    expect(icons, path || '(the story)').toHaveLength(1);
    expect(icons[0], path || '(the story)').toMatch(/^<link rel="icon" href="data:image\/png;base64,[A-Za-z0-9+/]+=*" type="image\/png">$/);
  }
});
