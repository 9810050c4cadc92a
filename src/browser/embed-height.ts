/**
 * The embed page's side of the height protocol: reports the page's height to the host page on load, whenever
 * it changes (resize, a stepper's step change) and when asked, in both pym.js and AMP form.
 */
import { childIdFrom, CONTENT_CHANGE_EVENT, heightMessages, isHeightRequest } from '../lib/embed/embed-protocol';

/**
 * The document's height with its margins. Measured on the root's box, not its scroll height: that is at least
 * the iframe's own height, so it could grow when polled and never shrink.
 */
function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/** Starts reporting; does nothing on a page that is not in a frame. */
export function reportHeight(): void {
  if (window.parent === window) return;
  // Read for the pym message only: query parameters are never written into the page.
  const childId = childIdFrom(location.search);
  const send = () => {
    for (const message of heightMessages(contentHeight(), childId)) window.parent.postMessage(message, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  window.addEventListener('load', send);
  window.addEventListener('resize', send);
  document.addEventListener(CONTENT_CHANGE_EVENT, send);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && isHeightRequest(event.data, childId)) send();
  });
  send();
}
