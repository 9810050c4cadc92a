/**
 * The embed gallery's script: copy buttons for the code boxes, and each embed's options (EmbedOptionsForm), which
 * rewrite its code every way and reload its previews with them, together.
 */
import { EMBED_SRC_ATTRIBUTE, EMBED_WAYS, embedCodes, type EmbedCodeSource } from '../lib/embed/embed';
import { parseEmbedOptions } from '../lib/embed/embed-options';

/** Shows the copy buttons (without this script the code boxes are still there to select) and makes them copy. */
export function startCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const box = document.getElementById(button.dataset.copy ?? '') as HTMLTextAreaElement | null;
    const status = button.nextElementSibling;
    if (!box || !status) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      box.select();
      try {
        await navigator.clipboard.writeText(box.value);
        status.textContent = 'Copied';
      } catch {
        status.textContent = 'Selected: press Ctrl+C or ⌘C to copy';
      }
    });
  }
}

/** Shows the options of the embed in `set` (GalleryEmbed) and keeps its code and previews in step with them. */
export function startEmbedOptions(set: HTMLElement): void {
  const form = set.querySelector<HTMLFieldSetElement>('.gallery-options');
  if (!form || !set.dataset.embedCode) return;
  const source = JSON.parse(set.dataset.embedCode) as EmbedCodeSource;
  const value = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? '';
  form.hidden = false;
  form.addEventListener('change', () => {
    // Read as the embed reads its query string, so only what it would take is written.
    const query = new URLSearchParams({ theme: value('theme'), caption: value('caption'), step: value('step') });
    const options = parseEmbedOptions(query.toString(), source.steps);
    const codes = embedCodes(source, options);
    for (const way of EMBED_WAYS) {
      const box = set.querySelector<HTMLTextAreaElement>(`textarea[data-way="${way}"]`);
      if (box) box.value = codes[way];
    }
    const height = set.querySelector('[data-fixed-height]');
    if (height) height.textContent = String(source.fixedHeights[options.caption]);
    for (const placeholder of set.querySelectorAll<HTMLElement>(`[${EMBED_SRC_ATTRIBUTE}]`)) {
      // Once the host script has made its iframe, the iframe loads the new URL and reports its new height.
      const iframe = placeholder.querySelector('iframe');
      if (iframe) {
        // Out of view, a lazy iframe defers its load, and Chromium then loaded the first of two URLs set in a row
        // (the options change one by one): the preview the editor is tuning reloads now.
        iframe.loading = 'eager';
        iframe.src = codes.link;
      } else {
        placeholder.setAttribute(EMBED_SRC_ATTRIBUTE, codes.link);
        placeholder.querySelector('a')?.setAttribute('href', codes.link);
      }
    }
  });
}
