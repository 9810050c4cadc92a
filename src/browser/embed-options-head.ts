/**
 * The embed options that change an embed's colours and layout, applied before the first paint: EmbedLayout
 * writes this, bundled, into the page's head, where it sets the theme and caption attributes on the root element
 * that the CSS reads, and on a stepper started at a later step (its steps are the script element's `data-steps`)
 * that step, so that the first step's server map never shows in its place. Only whitelisted values are set
 * (lib/embed/embed-options.ts). The stepper's own script (embed-stepper.ts) reads `step` again to show it.
 */
import { parseEmbedOptions, rootAttributes } from '../lib/embed/embed-options';

const steps = document.currentScript?.dataset.steps?.split(' ') ?? [];
for (const [name, value] of Object.entries(rootAttributes(parseEmbedOptions(location.search, steps), steps[0] ?? null))) {
  document.documentElement.setAttribute(name, value);
}
