/** The built site as the end-to-end tests see it: every HTML page in dist/, by kind. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The build the preview server serves. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Every HTML page of the build, as a path relative to the base: "" for the story, "embed/<scene>/" for a
 * folder's index.html, "404.html" for a page that is a file.
 */
export const PAGES: string[] = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => file.endsWith('.html'))
  .map((file) => (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1')))
  .sort();

/** A scene's stepper embed: "embed/<scene>/". */
export const isStepper = (path: string) => /^embed\/[^/]+\/$/.test(path);
/** A step's still embed: "embed/<scene>/<step>/". */
export const isStill = (path: string) => /^embed\/[^/]+\/[^/]+\/$/.test(path);
