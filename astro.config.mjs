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
  // Two pages at a time: the map images rasterise in parallel on a two-core machine.
  build: { format: 'directory', concurrency: 2 },
  integrations: [svelte()],
  // The story has no code blocks; Shiki's inline styles would also clash with the Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  // Scripts and styles are allowed by hash only (no 'unsafe-inline', no 'unsafe-eval'); nothing loads from
  // another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: { build: { sourcemap: false } },
});
