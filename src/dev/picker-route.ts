/**
 * The map-state picker, an editors' tool for `npm run dev` only: its page and its data are routes injected when
 * Astro runs the dev server, so `astro build` never sees them and the published site has none of it
 * (tests/e2e/dev-only.spec.ts). They live here, not in src/pages/, because every file there is built.
 */
import type { AstroIntegration } from 'astro';

/** Where the picker is, below the site's base path. */
export const PICKER_PATH = '_picker';

export function mapStatePicker(): AstroIntegration {
  return {
    name: 'map-state-picker',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: `/${PICKER_PATH}`, entrypoint: new URL('./picker.astro', import.meta.url) });
        injectRoute({ pattern: `/${PICKER_PATH}/[scene].json`, entrypoint: new URL('./picker-scene.json.ts', import.meta.url) });
      },
    },
  };
}
