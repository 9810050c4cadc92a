// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

// The deploy target comes from the environment so one build config serves any host (see README).
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [svelte()],
  vite: { build: { sourcemap: false } },
});
