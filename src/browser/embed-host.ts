/**
 * The host script (served as `embed.js`): turns each placeholder `<div data-china-russia-embed-src="…">` into
 * an iframe (or takes the one pasted oEmbed code brings in it) and sizes it to the height its embed reports. A height is applied only from a message whose source
 * is that iframe's window and origin, and only when it is a sane number (HEIGHT_RANGE); pym.js strings and AMP
 * `embed-size` messages are both understood, so one script serves every embed on the page.
 */
import { EMBED_SRC_ATTRIBUTE, EMBED_TITLE_ATTRIBUTE, initialEmbedHeight } from '../lib/embed/embed';
import { FRAMES_INIT, parseHeight } from '../lib/embed/embed-protocol';

/** Marks a placeholder that already has its iframe. */
const READY_ATTRIBUTE = 'data-china-russia-embed-ready';
/** Where a copy of this script that ran first keeps its scanner, so later copies reuse its listener and list. */
const GLOBAL = '__chinaRussiaEmbeds';

/** An iframe this script made, and the origin its embed's messages must come from. */
interface Embedded {
  /** The iframe. */
  iframe: HTMLIFrameElement;
  /** Its embed's origin. */
  origin: string;
}

declare global {
  interface Window {
    [GLOBAL]?: { scan: () => void };
  }
}

function start(): { scan: () => void } {
  const embedded: Embedded[] = [];

  window.addEventListener('message', (event) => {
    const match = embedded.find((e) => e.iframe.contentWindow === event.source && e.origin === event.origin);
    if (!match) return;
    const height = parseHeight(event.data);
    if (height !== null) match.iframe.style.height = `${height}px`;
  });

  const scan = () => {
    for (const placeholder of document.querySelectorAll<HTMLElement>(`[${EMBED_SRC_ATTRIBUTE}]:not([${READY_ATTRIBUTE}])`)) {
      const src = placeholder.getAttribute(EMBED_SRC_ATTRIBUTE) ?? '';
      let url: URL;
      try {
        url = new URL(src, document.baseURI);
      } catch {
        continue;
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
      placeholder.setAttribute(READY_ATTRIBUTE, '');
      // Code pasted through oEmbed brings its iframe, at a fixed height: that one is sized from now on, not replaced.
      const pasted = placeholder.querySelector('iframe');
      const iframe = pasted?.src === url.href ? pasted : document.createElement('iframe');
      const ask = () => iframe.contentWindow?.postMessage(FRAMES_INIT, url.origin);
      // Asks for the height once the embed has loaded, as a frames parent does, in case its first report came early.
      iframe.addEventListener('load', ask);
      embedded.push({ iframe, origin: url.origin });
      if (iframe === pasted) {
        iframe.style.display = 'block';
        // It may have loaded before this script ran.
        ask();
        continue;
      }
      iframe.src = url.href;
      iframe.title = placeholder.getAttribute(EMBED_TITLE_ATTRIBUTE) || placeholder.textContent?.trim() || 'Map';
      iframe.loading = 'lazy';
      iframe.style.cssText = `display:block;width:100%;border:0;height:${initialEmbedHeight(placeholder.clientWidth || 600)}px`;
      placeholder.replaceChildren(iframe);
    }
  };
  return { scan };
}

const host = (window[GLOBAL] ??= start());
host.scan();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', host.scan);
