/**
 * On a screen too short for the story's sticky map (SHORT_SCREEN_QUERY), each step shows its own map image, as it
 * does without JavaScript: the step's <noscript> holds that picture (StepMapImage.astro), which a browser running
 * scripts keeps as text. It is put in the page the first time the screen is that short, and global.css shows it
 * only then; its image loads as the reader nears it.
 */
import { SHORT_SCREEN_QUERY } from '../lib/render/short-screen';
import { noscriptContent } from './noscript-content';

/** Marks a picture put in from its step's noscript (global.css shows it on a short screen only). */
const SCRIPTED_IMAGE_ATTRIBUTE = 'data-step-image';

export function showStepImagesWhenShort(): void {
  const short = matchMedia(SHORT_SCREEN_QUERY);
  const insert = () => {
    if (!short.matches) return;
    short.removeEventListener('change', insert);
    // The step the reader sees begin stays put (a link to it, a reload): the pictures go in above it and in it. (The
    // browser's own scroll anchoring keeps the step before it, whose last pixels are still on screen.)
    const seen = [...document.querySelectorAll<HTMLElement>('section.step')].find((step) => step.getBoundingClientRect().top >= 0);
    const top = seen?.getBoundingClientRect().top ?? 0;
    for (const noscript of document.querySelectorAll('section.step noscript.step-map-column')) {
      const picture = noscriptContent(noscript).querySelector('picture');
      if (!picture) throw new Error(`step "${noscript.closest('section.step')?.id}": its noscript holds no picture`);
      picture.setAttribute(SCRIPTED_IMAGE_ATTRIBUTE, '');
      noscript.after(picture);
    }
    if (seen && top < innerHeight) scrollBy({ top: seen.getBoundingClientRect().top - top, behavior: 'instant' });
  };
  short.addEventListener('change', insert);
  insert();
}
