/**
 * A glide between two views of one drawing, as CSS animations of transforms, which Chromium's compositor plays with
 * no script, style, layout or paint per frame: the drawing moved along the path, the arrows (placed for the first
 * view) stretched with it, and each marker's centre moved with it, the marker keeping its size.
 */
import { relativeTransform, transformStyle, type MapTransform } from '../lib/render/reference-drawing';

const DURATION_MS = 800;
/**
 * A glide's path (its zoom and pan) in even steps: the animation moves straight between them and its timing function
 * eases it. Each keyframe costs its animations' start, one per marker, in the step's task (12 of 25 ms at 4× CPU with
 * 24 eased points). Off the path by 0.1 px at most in the story's glides, and 2.9 px in a zoom of 4× across the map,
 * where 24 eased points were 0.7 and 4.6 (docs/performance.md).
 */
const GLIDE_KEYFRAMES = 12;
/** Ease-in-out cubic, as CSS writes it. */
const GLIDE_EASING = 'cubic-bezier(0.65, 0, 0.35, 1)';

/**
 * Starts the animations that move `drawing` from `from` along `path`, with the arrows in `flows` and the markers in
 * `markers` following it; the drawing's animation comes first. Each holds its last keyframe until cancelled.
 */
export function glideAnimations(drawing: SVGGElement, flows: SVGGElement, markers: SVGGElement, from: MapTransform, path: (t: number) => MapTransform): Animation[] {
  const views = Array.from({ length: GLIDE_KEYFRAMES + 1 }, (_, i) => path(i / GLIDE_KEYFRAMES));
  const moves = views.map((view) => relativeTransform(from, view));
  // Held at the last keyframe until settled, so that nothing shows the start again for a frame.
  const timing: KeyframeAnimationOptions = { duration: DURATION_MS, easing: GLIDE_EASING, fill: 'forwards' };
  return [
    drawing.animate(views.map((view) => ({ transform: transformStyle(view) })), timing),
    // Arrows stretch with the map while it moves. Without arrows, no animation: Chromium leaves one of an empty
    // group to the main thread (no visible change to composite), which then paints the map in every frame.
    ...(flows.childElementCount > 0 ? [flows.animate(moves.map((move) => ({ transform: transformStyle(move) })), timing)] : []),
    // A marker keeps its size: only its centre moves.
    ...[...markers.children].map((marker) => {
      const [cx, cy] = [Number(marker.getAttribute('cx')), Number(marker.getAttribute('cy'))];
      const shift = (m: MapTransform) => ({ k: 1, x: m.k * cx + m.x - cx, y: m.k * cy + m.y - cy });
      return marker.animate(moves.map((move) => ({ transform: transformStyle(shift(move)) })), timing);
    }),
  ];
}
