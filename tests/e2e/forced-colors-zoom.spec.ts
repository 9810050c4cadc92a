/**
 * Readers who bring their own colors and sizes: forced colors (Windows High Contrast), where each role keeps an
 * outline of its own on the map and in the key; and 200 % zoom with the WCAG 1.4.12 text spacing, where nothing
 * is lost, cut off or run together.
 */
import { expect, test, type Page } from '@playwright/test';
import { ANCHORS, expectLabelsPlaced, expectMapShows, loadStates, openStory, scrollStepToCentre, stepScenes } from './story';

/** The roles a step's map draws, each with its countries' outline on the map and its swatch in the key. */
async function roleStyles(page: Page) {
  return page.evaluate(() => {
    const styles: Record<string, { dash: string; swatchBorder: string; swatchBackground: string }> = {};
    for (const swatch of document.querySelectorAll<HTMLElement>('.map-live .map-key-strip[data-current] .swatch[data-role]')) {
      const role = swatch.dataset.role ?? '';
      const country = document.querySelector(`.map-live svg.map g.base[visibility="visible"] path.country[data-role="${role}"]`);
      const style = getComputedStyle(swatch);
      styles[role] = {
        dash: country ? `${getComputedStyle(country).stroke}|${getComputedStyle(country).strokeDasharray}` : 'none drawn',
        swatchBorder: style.borderTopStyle,
        swatchBackground: style.backgroundColor,
      };
    }
    // Lines, arrows, areas and reference sizes in the key: each swatch's mark against the key's own background.
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r, g, b] = rgb(color).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const legend = document.querySelector('.map-live .map-key-strip[data-current] .legend');
    const keyBackground = legend ? getComputedStyle(legend).backgroundColor : 'rgb(0, 0, 0)';
    const marks: Record<string, number> = {};
    for (const swatch of document.querySelectorAll<SVGElement>('.map-live .map-key-strip[data-current] .swatch-line')) {
      // Whatever of the swatch is drawn: its line, its area's fill or its area's outline (the hatching's).
      const seen = [...swatch.querySelectorAll('.swatch-stroke, .swatch-area')].flatMap((el) => {
        const style = getComputedStyle(el);
        if (style.display === 'none') return [];
        return [style.stroke, style.fill].filter((paint) => paint.startsWith('rgb')).map((paint) => contrast(paint, keyBackground));
      });
      marks[swatch.dataset.style ?? ''] = Math.max(0, ...seen);
    }
    return { styles, marks, page: getComputedStyle(document.body).backgroundColor };
  });
}

// In the desktop project only (one screen is enough).
test('in forced colors, at every step, each role has an outline of its own, the same in the key, and the key\'s swatches keep their color and stand out', { tag: '@desktop' }, async ({ page }) => {
  // Each step's map at rest, with reduced motion drawn at once rather than glided to.
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark', reducedMotion: 'reduce' });
  await openStory(page);
  const states = await loadStates(page.request, (await stepScenes(page)).values());
  for (const anchor of ANCHORS) {
    await scrollStepToCentre(page, anchor);
    await expectMapShows(page, states.get(anchor)!);
    const { styles, marks, page: background } = await roleStyles(page);
    const roles = Object.keys(styles);
    expect(roles.length, `roles at ${anchor}`).toBeGreaterThanOrEqual(1);
    // WCAG 1.4.11: a graphic that tells something apart stands out from what is behind it by 3 to 1.
    for (const [style, ratio] of Object.entries(marks)) expect(ratio, `${anchor}: the key's mark for ${style} against its background`).toBeGreaterThanOrEqual(3);
    for (const [role, style] of Object.entries(styles)) {
      expect(style.dash, `${anchor}: ${role} is outlined on the map`).not.toMatch(/^none/);
      expect(style.swatchBackground, `${anchor}: ${role}'s swatch shows its color`).not.toBe(background);
    }
    expect(new Set(roles.map((r) => styles[r].dash)).size, `${anchor}: outlines tell the roles apart`).toBe(roles.length);
    expect(new Set(roles.map((r) => styles[r].swatchBorder)).size, `${anchor}: the key's swatches tell them apart`).toBe(roles.length);
  }
});

/** WCAG 1.4.12: line height 1.5, paragraphs 2 em apart, letters 0.12 em and words 0.16 em apart. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

test.describe('zoomed, with the reader\'s own text spacing', () => {
  // The reader's stylesheet is theirs, not the page's: the page's Content-Security-Policy does not apply to it.
  test.use({ bypassCSP: true });

  // In the desktop project only (the zoomed desktop is the case: a 1280 × 800 window at 200 %).
  test('at 200 % zoom with WCAG text spacing nothing is lost, cut off or run together', { tag: '@desktop' }, async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    // Each step at rest: with reduced motion the map is drawn at once rather than glided to.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page);
    await page.addStyleTag({ content: TEXT_SPACING });
    const states = await loadStates(page.request, (await stepScenes(page)).values());
    for (const anchor of ANCHORS) {
      await scrollStepToCentre(page, anchor);
      await expectMapShows(page, states.get(anchor)!);
      await expectLabelsPlaced(page);
      const problems = await page.evaluate((step) => {
        const found: string[] = [];
        if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
        const clipped = (el: Element | null, what: string) => {
          if (el && el.scrollHeight > el.clientHeight + 1) found.push(`${what} is cut off (${el.scrollHeight} > ${el.clientHeight})`);
          if (el && el.scrollWidth > el.clientWidth + 1) found.push(`${what} is cut off sideways`);
        };
        clipped(document.querySelector('.map-live .map-key-strip[data-current]'), 'the key');
        clipped(document.querySelector(`section.step[id="${step}"] .step-card`), 'the step');
        const boxes = [...document.querySelectorAll('.map-live svg.map text.label')].map((el) => ({ id: el.getAttribute('data-id'), r: el.getBoundingClientRect() }));
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i].r, boxes[j].r];
            if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) found.push(`labels ${boxes[i].id} and ${boxes[j].id} overlap`);
          }
        }
        return found;
      }, anchor);
      expect(problems, `at ${anchor}`).toEqual([]);
    }
  });
});
