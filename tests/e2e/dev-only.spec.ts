/**
 * What `npm run dev` alone serves stays out of the published site: the map-state picker's routes
 * (src/dev/picker-route.ts, tested against `astro dev` in tests/dev/) are neither in the build nor served by it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_DIST } from '../../playwright.config';
import { PICKER_PATH } from '../../src/dev/picker-route';

/** Files whose text could name the picker (pages, scripts, styles, data); images cannot. */
const TEXT = /\.(html|js|mjs|css|json|xml|txt|svg|csv|geojson|webmanifest)$/;
/** What any trace of the picker would contain: its path, its components' names, its data's. */
const TRACES = [PICKER_PATH, 'Map-state picker', 'StatePicker', 'PickerFrame', 'picker-scene'];

test('the production build has no file of the map-state picker and names it nowhere', { tag: '@desktop' }, () => {
  const files = (readdirSync(E2E_DIST, { recursive: true }) as string[]).filter((f) => statSync(join(E2E_DIST, f)).isFile());
  expect(files.length).toBeGreaterThan(50);
  expect(files.filter((f) => f.includes(PICKER_PATH) || /picker/i.test(f))).toEqual([]);
  const mentions = files
    .filter((f) => TEXT.test(f))
    .flatMap((f) => {
      const text = readFileSync(join(E2E_DIST, f), 'utf8');
      return TRACES.filter((trace) => text.includes(trace)).map((trace) => `${f}: ${trace}`);
    });
  expect(mentions).toEqual([]);
});

test('the production server answers the picker’s addresses with its 404 page', { tag: '@desktop' }, async ({ request }) => {
  for (const path of [`${PICKER_PATH}/`, `${PICKER_PATH}/world.json`, `${PICKER_PATH}/sino-indian-border.json`]) {
    const response = await request.get(path);
    expect([path, response.status()]).toEqual([path, 404]);
  }
});
