/** Map transitions: animated between steps of a scene, instant when the reader prefers reduced motion. */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectLabelsPlaced, expectMapShows, expectViewBoxFitsCanvas, loadStates, openStory, scrollStepToCentre, stepScenes } from './story';

const FROM = 'alliance-talk';
const TO = 'conflicts-of-interest';

/**
 * The live map draws a scene once and moves between its steps by scaling and moving that drawing: one
 * transform on its visible base group, animated between steps by a CSS animation (which the compositor runs), and
 * written as its attribute once the map is at rest.
 */
const BASE = '.map-live g.base[visibility="visible"]';

/**
 * Scrolls from FROM to TO and records each different transform the map's drawing is drawn with from then on (its
 * computed style: the animation's value while it glides, the attribute's at rest; one entry per animation frame
 * that changed it), the countries' roles when it first changed, and then which of the map's groups were animated
 * while empty (Chromium plays such an animation on the main thread, painting the map in each of its frames).
 */
async function recordTransition(page: Page) {
  await page.evaluate(
    ([to, base]) => {
      const w = window as unknown as { transition: string[]; rolesAtSwitch: string[] | null; emptyAnimated: string[] | null; recording: boolean };
      const live = document.querySelector('.map-live')!;
      const transform = () => {
        const el = document.querySelector(base);
        return el ? getComputedStyle(el).transform : '';
      };
      const roles = () => [...live.querySelectorAll(`${base} path.country[data-role]`)].map((p) => `${p.getAttribute('data-id')}:${p.getAttribute('data-role')}`).sort();
      w.transition = [transform()];
      w.rolesAtSwitch = null;
      w.emptyAnimated = null;
      // Until the test has what it waited for: a glide on a busy machine takes as long as it takes.
      w.recording = true;
      const tick = () => {
        const t = transform();
        if (t !== w.transition.at(-1)) {
          w.rolesAtSwitch ??= roles();
          w.emptyAnimated ??= [...live.querySelectorAll('svg.map g')].filter((g) => g.childElementCount === 0 && g.getAnimations().length > 0).map((g) => g.getAttribute('class') ?? '');
          w.transition.push(t);
        }
        if (w.recording) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      document.getElementById(to)!.scrollIntoView({ block: 'center', behavior: 'instant' });
    },
    [TO, BASE],
  );
  await page.waitForFunction(() => (window as unknown as { rolesAtSwitch: unknown }).rolesAtSwitch !== null);
}

/**
 * Opens the story with the reader's motion preference, shows FROM, moves to TO while recording, and returns what
 * was recorded once TO is shown and `settled` has passed, with TO's roles as "code:role".
 */
async function moveFromTo(page: Page, request: APIRequestContext, reducedMotion: 'reduce' | 'no-preference', settled: () => Promise<unknown>) {
  await page.emulateMedia({ reducedMotion });
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  await scrollStepToCentre(page, FROM);
  await expectMapShows(page, states.get(FROM)!);
  await recordTransition(page);
  await expectMapShows(page, states.get(TO)!);
  await settled();
  const { transition, rolesAtSwitch, emptyAnimated } = await page.evaluate(
    () =>
      new Promise<{ transition: string[]; rolesAtSwitch: string[]; emptyAnimated: string[] }>((done) => {
        const w = window as unknown as { transition: string[]; rolesAtSwitch: string[]; emptyAnimated: string[]; recording: boolean };
        // The recorder's last frame runs first.
        requestAnimationFrame(() => {
          w.recording = false;
          done({ transition: w.transition, rolesAtSwitch: w.rolesAtSwitch, emptyAnimated: w.emptyAnimated });
        });
      }),
  );
  return { transition, rolesAtSwitch, emptyAnimated, toRoles: states.get(TO)!.roles.map(([c, r]) => `${c}:${r}`).sort() };
}

/** The drawing at rest: how it is drawn, its attribute, and how many animations still move it or what keeps its size. */
const atRest = (page: Page) =>
  page.locator(BASE).evaluate((el) => ({
    drawn: getComputedStyle(el).transform,
    attribute: el.getAttribute('transform'),
    moving: [el, ...document.querySelectorAll('.map-live .flows, .map-live .marker')]
      .flatMap((e) => e.getAnimations())
      .filter((a) => a.effect instanceof KeyframeEffect && a.effect.getKeyframes().some((k) => 'transform' in k)).length,
  }));

/** `matrix(a b c d e f)` (the attribute) as CSS writes it: `matrix(a, b, c, d, e, f)`. */
const asCss = (attribute: string | null) => (attribute ?? '').replace(/\s+/g, ', ').replace('(, ', '(');

test('with reduced motion the map switches to the next step at once', async ({ page, request }) => {
  const { transition, rolesAtSwitch, toRoles } = await moveFromTo(page, request, 'reduce', () => expectLabelsPlaced(page));
  expect(rolesAtSwitch).toEqual(toRoles);
  // From FROM's view straight to TO's: no view in between.
  expect(transition).toHaveLength(2);
  const rest = await atRest(page);
  expect(rest.drawn).toBe(transition[1]);
  expect(rest.drawn).toBe(asCss(rest.attribute));
});

test('between steps of a scene the map moves in frames and settles on the new step', async ({ page, request }) => {
  const { transition, rolesAtSwitch, emptyAnimated, toRoles } = await moveFromTo(page, request, 'no-preference', () => expectLabelsPlaced(page));
  expect(rolesAtSwitch).toEqual(toRoles);
  // This scene has no arrows: nothing animates their empty group.
  expect(emptyAnimated).toEqual([]);
  const rest = await atRest(page);
  expect(rest.drawn).not.toBe(transition[0]);
  expect(transition.at(-1)).toBe(rest.drawn);
  // At rest the drawing is drawn by its attribute (crisp, lines at their width), no animation holding it.
  expect(rest.drawn).toBe(asCss(rest.attribute));
  expect(rest.moving).toBe(0);
  // At least one view between the first and the last: a movement, not a jump. (How many frames and how
  // long it takes depend on the machine: speed figures are the benchmark's, not a test's.)
  expect(transition.length).toBeGreaterThan(3);
});

test('a label the next step shows too is kept, the same element moved to its new place; others come and go', async ({ page, request }) => {
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  const labels = () =>
    page.locator('.map-live svg.map g.labels text.label').evaluateAll((els) =>
      els.map((el) => ({
        // What a label says and how it is anchored, not where: the same label at another step.
        label: `${el.getAttribute('data-id')}|${el.getAttribute('text-anchor')}|${el.textContent}`,
        at: `${el.getAttribute('x')},${el.getAttribute('y')}`,
        kept: 'placedBefore' in el,
      })),
    );
  await scrollStepToCentre(page, FROM);
  await expectMapShows(page, states.get(FROM)!);
  await expectLabelsPlaced(page);
  const before = await labels();
  await page.locator('.map-live svg.map g.labels text.label').evaluateAll((els) => els.forEach((el) => Object.assign(el, { placedBefore: true })));
  await scrollStepToCentre(page, TO);
  await expectMapShows(page, states.get(TO)!);
  await expectLabelsPlaced(page);
  const after = await labels();
  const shared = after.filter((a) => before.some((b) => b.label === a.label));
  expect(shared.length, `labels ${FROM} and ${TO} share`).toBeGreaterThan(0);
  expect(after.length, `labels of ${TO} only`).toBeGreaterThan(shared.length);
  for (const label of after) expect(label.kept, label.label).toBe(shared.includes(label));
  // The view moves between the two steps: so do the labels kept.
  for (const label of shared) expect(label.at, label.label).not.toBe(before.find((b) => b.label === label.label)!.at);
  await expect(page.locator('.map-live svg.map g.labels')).not.toHaveAttribute('visibility', 'hidden');
});

test('labels come in one go, marked as coming until they are in: none changes once the mark is gone', async ({ page, request }) => {
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  await page.evaluate(() => {
    const w = window as unknown as { lateLabels: string[]; labelTasks: number; drawings: number };
    w.lateLabels = [];
    w.labelTasks = 0;
    w.drawings = 0;
    // Mutations are delivered before the next task, each task's together and in order: a label came or moved while
    // its group was marked if the group is marked still, or if the mark went later in the same task.
    new MutationObserver((records) => {
      let changed = false;
      records.forEach((r, i) => {
        const target = r.target as Element;
        if (r.type === 'attributes' && r.attributeName === 'data-shown-step') {
          w.drawings += 1;
          return;
        }
        const group = target.closest('.map-live svg.map g.labels');
        if (!group || r.attributeName === 'data-placing') return;
        // A label put in, or one kept and moved (its x or y, or its lines'); a label only taken out shows nothing new.
        const label = r.type === 'childList' ? (r.addedNodes[0] as Element | undefined) : target.closest('text.label');
        if (!label) return;
        changed = true;
        const unmarkedAfter = records.slice(i + 1).some((q) => q.type === 'attributes' && q.target === group);
        if (group.hasAttribute('data-placing') || unmarkedAfter) return;
        w.lateLabels.push(label.getAttribute('data-id') ?? '?');
      });
      if (changed) w.labelTasks += 1;
    }).observe(document.querySelector('.map-live')!, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-placing', 'data-shown-step', 'x', 'y'],
    });
  });
  const counts = () =>
    page.evaluate(() => {
      const w = window as unknown as { labelTasks: number; drawings: number };
      const seen = { labelTasks: w.labelTasks, drawings: w.drawings };
      w.labelTasks = 0;
      w.drawings = 0;
      return seen;
    });
  // A glide within a scene, then other scenes.
  for (const anchor of [FROM, TO, 'sino-indian-border', 'nord-stream-2']) {
    await scrollStepToCentre(page, anchor);
    await expectMapShows(page, states.get(anchor)!);
    await expectLabelsPlaced(page);
    await expect(page.locator('.map-live svg.map g.labels text.label').first(), `labels at ${anchor}`).toBeAttached();
    // Each frame in which the map changes is painted whole: a drawing's labels change in one task, never a few at a
    // time.
    const { labelTasks, drawings } = await counts();
    expect(labelTasks, `tasks that changed labels up to ${anchor}, for ${drawings} drawings`).toBeLessThanOrEqual(drawings);
  }
  expect(await page.evaluate(() => (window as unknown as { lateLabels: string[] }).lateLabels)).toEqual([]);
});

test('the map keeps its drawing size from step to step', async ({ page }) => {
  await openStory(page);
  // Steps whose legends differ (founders only; partners; partners, listed and the inset; NATO members).
  const sizes: string[] = [];
  for (const anchor of ['ilrs-agreement', 'open-to-partners', 'aerospace-integration', 'nato-report', 'us-sanctions']) {
    await scrollStepToCentre(page, anchor);
    await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', anchor);
    await expectViewBoxFitsCanvas(page, `at ${anchor}`);
    sizes.push(`${anchor}: ${await page.locator('.map-live svg.map').getAttribute('viewBox')}`);
  }
  const first = sizes[0].split(': ')[1];
  expect(sizes).toEqual(sizes.map((s) => `${s.split(': ')[0]}: ${first}`));
});

test('a step that shares its view with the one before writes nothing on the drawing itself: it is not restyled whole', async ({ page }) => {
  await openStory(page);
  const states = await loadStates(page.request, (await stepScenes(page)).values());
  await scrollStepToCentre(page, 'nato-report');
  await expectMapShows(page, states.get('nato-report')!);
  await expectLabelsPlaced(page);
  await page.locator(BASE).evaluate((base) => {
    const w = window as unknown as { baseWrites: string[] };
    w.baseWrites = [];
    new MutationObserver((records) => w.baseWrites.push(...records.map((r) => r.attributeName ?? ''))).observe(base, { attributes: true });
  });
  await scrollStepToCentre(page, 'nato-space-quote');
  await expectMapShows(page, states.get('nato-space-quote')!);
  await expectLabelsPlaced(page);
  expect(await page.evaluate(() => (window as unknown as { baseWrites: string[] }).baseWrites)).toEqual([]);
});

test('the pipelines fade in by opacity alone (the compositor plays it) and keep the dash their key shows', async ({ page }) => {
  await openStory(page);
  await scrollStepToCentre(page, 'nord-stream-2');
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', 'nord-stream-2');
  const lines = await page.evaluate(() => {
    const keyframes = (name: string) =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSKeyframesRule => rule instanceof CSSKeyframesRule && rule.name === name)
        .flatMap((rule) => [...rule.cssRules].flatMap((frame) => [...(frame as CSSKeyframeRule).style]));
    const px = (dash: string) => (dash === 'none' ? [] : dash.split(',').map((part) => parseFloat(part)));
    return [...document.querySelectorAll<SVGPathElement>('.map-live g.base[visibility="visible"] path.line')].map((line) => {
      const zoom = Number(getComputedStyle(line).getPropertyValue('--zoom') || 1);
      const swatch = document.querySelector(`.map-live [data-style="line:${line.dataset.layer}:${line.dataset.class}"] .swatch-stroke`);
      const animation = getComputedStyle(line).animationName;
      return {
        line: line.dataset.class,
        animated: animation === 'none' ? [] : [...new Set(keyframes(animation))],
        pathLength: line.getAttribute('pathLength'),
        // On screen: the drawing divides its dashes by its zoom.
        dash: px(getComputedStyle(line).strokeDasharray).map((x) => Math.round(x * zoom * 10) / 10),
        keyDash: swatch ? px(getComputedStyle(swatch).strokeDasharray) : null,
      };
    });
  });
  expect(lines.map((l) => l.line).sort()).toEqual(['ns1', 'ns2']);
  for (const line of lines) {
    expect(line.animated, `${line.line}: what its appearance animates`).toEqual(['opacity']);
    expect(line.pathLength, `${line.line}: a path length would scale its dash`).toBeNull();
    expect(line.dash, `${line.line}: its dash against its key's`).toEqual(line.keyDash);
  }
  expect(lines.find((l) => l.line === 'ns1')?.dash, 'Nord Stream 1 is dashed').toEqual([8, 3]);
});

test('the live map animates only transforms, its glides: another scene or rotation is shown at once', { tag: '@desktop' }, async ({ page }) => {
  // Every animation the live map starts, as "<class>: <properties>".
  await page.addInitScript(() => {
    const started: string[] = [];
    (window as unknown as { started: string[] }).started = started;
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (keyframes, options) {
      const frames = Array.isArray(keyframes) ? keyframes : [];
      const properties = new Set(frames.flatMap((frame) => Object.keys(frame).filter((key) => !['offset', 'easing', 'composite'].includes(key))));
      started.push(`${this.getAttribute('class')}: ${[...properties].join(' ')}`);
      return animate.call(this, keyframes, options);
    };
  });
  await openStory(page);
  const scenes = await stepScenes(page);
  let sceneChanges = 0;
  let previous = '';
  for (const [anchor, scene] of scenes) {
    await scrollStepToCentre(page, anchor);
    await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', anchor);
    if (previous && scene !== previous) sceneChanges += 1;
    previous = scene;
  }
  const started = await page.evaluate(() => (window as unknown as { started: string[] }).started);
  expect(sceneChanges, 'the read crosses scenes').toBeGreaterThan(3);
  expect(started, 'the read glides').toContain('base: transform');
  // A fade of the drawing, though the compositor plays it, made 1.5 to 2 % more of the frames at 6× CPU slow.
  expect(started.filter((s) => !s.endsWith(': transform')), 'animations of anything but a transform').toEqual([]);
});

test('mid-glide, each marker is where its place in the drawing is', async ({ page, request }) => {
  // The glide's animations, held where they start once `hold` is set: a slow machine cannot finish them first.
  await page.addInitScript(() => {
    const w = window as unknown as { held: Animation[]; hold: boolean };
    w.held = [];
    w.hold = false;
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (keyframes, options) {
      const animation = animate.call(this, keyframes, options);
      if (w.hold) {
        animation.pause();
        w.held.push(animation);
      }
      return animation;
    };
  });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  await scrollStepToCentre(page, FROM);
  await expectMapShows(page, states.get(FROM)!);
  await expectLabelsPlaced(page);
  await page.evaluate((to) => {
    (window as unknown as { hold: boolean }).hold = true;
    document.getElementById(to)!.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, TO);
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', TO);
  const offsets = await page.locator(BASE).evaluate((base: SVGGElement) => {
    const held = (window as unknown as { held: Animation[] }).held;
    const markers = [...document.querySelectorAll<SVGCircleElement>('.map-live .marker')];
    // Markers are placed for the view the glide starts from, which the drawing's attribute holds until it settles.
    const placedFor = DOMMatrix.fromMatrix(base.transform.baseVal.consolidate()!.matrix);
    const offsets: number[] = [];
    for (const at of [0.1, 0.25, 0.5, 0.75, 0.9]) {
      // All at the same moment of the glide, as the compositor draws them.
      for (const animation of held) animation.currentTime = 800 * at;
      const drawing = new DOMMatrix(getComputedStyle(base).transform);
      for (const marker of markers) {
        const [cx, cy] = [marker.cx.baseVal.value, marker.cy.baseVal.value];
        const place = drawing.transformPoint(placedFor.inverse().transformPoint(new DOMPoint(cx, cy)));
        const shift = new DOMMatrix(getComputedStyle(marker).transform);
        offsets.push(Math.hypot(cx + shift.e - place.x, cy + shift.f - place.y));
      }
    }
    return { offsets, held: held.length, markers: markers.length };
  });
  expect(offsets.markers, 'the step has markers').toBeGreaterThan(0);
  expect(offsets.held, 'the drawing and each marker glide').toBe(offsets.markers + 1);
  expect(Math.max(...offsets.offsets), 'px between a marker and its place').toBeLessThan(0.5);
});
