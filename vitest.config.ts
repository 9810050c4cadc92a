import { defineConfig } from 'vitest/config';

/** The files a test may import freely: pure modules, no build, no browser. */
const QUICK = ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/bench/**/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      // `npm run test:quick` runs this one alone. unit: src/lib; content: the article is told whole; bench: the
      // benchmark's own parts. Modules are pure, so one worker runs many files (no fresh module graph per file).
      { extends: true, test: { name: 'quick', include: QUICK, isolate: false } },
      // build: bad content stops `astro build`; budget: what the built pages weigh. Each builds the site.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts', 'tests/budget/**/*.test.ts'] } },
    ],
  },
});
