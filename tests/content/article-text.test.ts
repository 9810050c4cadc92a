/** The steps carry the whole article, in order and word for word (typographic quotes allowed). */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const STEPS = resolve(ROOT, 'content/steps');

/** Lines of the source file that are not article prose: the headline (in story.yaml), the credit and page furniture. */
const NOT_PROSE = new Set(['Source: with Agencies', 'All comments.']);

/**
 * Compares words, not typography: quotes straightened, and the spacing around double quotes and before
 * punctuation dropped (the source has stray spaces such as `competition ”.`).
 */
function normalise(text: string): string {
  return text
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ ?" ?/g, '"')
    .replace(/ ([.,;:!?])/g, '$1')
    .trim();
}

function articleParagraphs(): { headline: string; paragraphs: string[] } {
  const lines = readFileSync(resolve(ROOT, 'content/article/united-against-the-usa.txt'), 'utf8')
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const [headline, ...rest] = lines;
  return { headline, paragraphs: rest.filter((l) => !NOT_PROSE.has(l)) };
}

function steps(): { file: string; heading?: string; body: string }[] {
  return readdirSync(STEPS)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(resolve(STEPS, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`content/steps/${file}: no frontmatter block`);
      const heading = /^heading:\s*(.+)$/m.exec(match[1])?.[1]?.replace(/^["']|["']$/g, '');
      return { file, heading, body: match[2] };
    });
}

describe('content/steps', () => {
  it('tell every paragraph of the article, in order, word for word', () => {
    const { paragraphs } = articleParagraphs();
    const told = steps().flatMap((s) => [...(s.heading ? [s.heading] : []), s.body]);
    expect(normalise(told.join(' '))).toBe(normalise(paragraphs.join(' ')));
  });

  it('keep paragraph breaks where the article has them (no two paragraphs run together)', () => {
    const { paragraphs } = articleParagraphs();
    const bodyParagraphs = steps().flatMap((s) => s.body.split(/\n\s*\n/).map(normalise).filter(Boolean));
    for (const p of bodyParagraphs) {
      expect(paragraphs.some((a) => normalise(a).includes(p)), `"${p.slice(0, 60)}…" spans paragraphs`).toBe(true);
    }
  });

  it('put the article subheading in a step heading, not in prose', () => {
    const headings = steps().map((s) => s.heading).filter(Boolean);
    expect(headings).toContain('The limits of cooperation between China and Russia');
  });
});

describe('content/story.yaml', () => {
  it('uses the article headline', () => {
    const story = readFileSync(resolve(ROOT, 'content/story.yaml'), 'utf8');
    expect(story).toContain(articleParagraphs().headline);
  });
});
