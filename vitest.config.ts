import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // unit: src/lib; content: the article is told whole; build: bad content stops `astro build`;
    // budget: what the built pages weigh; bench: the benchmark's own parts.
    include: [
      'tests/unit/**/*.test.ts',
      'tests/content/**/*.test.ts',
      'tests/build/**/*.test.ts',
      'tests/budget/**/*.test.ts',
      'tests/bench/**/*.test.ts',
    ],
    environment: 'node',
  },
});
