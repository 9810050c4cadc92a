/** axe-core in the end-to-end tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

// Evaluated rather than added as a <script>: the page's Content-Security-Policy (rightly) refuses inline scripts.
// The minified build: each page compiles it afresh, and it is half the size.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations on the page, or only within the elements `include` selects, one readable line per failing
 * node; all rules, or only `rules`. Frames are left out (each embed page is swept on its own). The map's labels are left out of the
 * contrast rule only: each has a halo in the page colour (a stroke painted under the text) that axe does not
 * see, and the map is an image whose description says what its labels say.
 */
export async function axeViolations(page: Page, include?: string[], rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async ([include, rules]) => {
    interface Node { target: string[]; failureSummary?: string }
    interface Violation { id: string; impact: string | null; help: string; nodes: Node[] }
    type Run = (context: object, options: object) => Promise<{ violations: Violation[] }>;
    const axe = (window as unknown as { axe: { run: Run } }).axe;
    const context = include ? { include: include.map((selector) => [selector]) } : document;
    const { violations } = await axe.run(context, { resultTypes: ['violations'], iframes: false, ...(rules ? { runOnly: rules } : {}) });
    const haloed = (node: Node) => document.querySelector(node.target.join(' '))?.closest('svg.map text') != null;
    return violations.flatMap((v) =>
      v.nodes
        .filter((n) => !(v.id === 'color-contrast' && haloed(n)))
        .map((n) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    );
  }, [include, rules] as const);
}

/** The axe rules whose outcome depends on colours: all a second colour scheme can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
