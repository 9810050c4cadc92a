/**
 * The embed options that change an embed's colours and layout, applied before the first paint: EmbedLayout
 * writes this, bundled, into the page's head, where it sets the theme and caption attributes on the root element
 * that the CSS reads. Only whitelisted values are set (lib/embed/embed-options.ts). A stepper's `step` is its own
 * script's (embed-stepper.ts).
 */
import { parseEmbedOptions, rootAttributes } from '../lib/embed/embed-options';

for (const [name, value] of Object.entries(rootAttributes(parseEmbedOptions(location.search)))) {
  document.documentElement.setAttribute(name, value);
}
