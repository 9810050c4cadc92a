/**
 * The embed height protocol, as pure encode/parse functions shared by the embed pages and the host script.
 * Embeds speak two dialects because newsroom pages host them with one or the other: pym.js strings
 * (`pymxPYMx<childId>xPYMx<type>xPYMx<value>`) and AMP objects (`{sentinel: 'amp', type: 'embed-size', height}`),
 * which @newswire/frames and amp-iframe read.
 */

/** What separates the fields of a pym.js message. */
export const PYM_DELIMITER = 'xPYMx';

/**
 * The longest pym.js message either side reads, in characters: real ones are a few dozen long. Anything longer
 * is ignored unread (a child id is held to a quarter of it, so every message we send fits).
 */
export const MAX_MESSAGE_LENGTH = 1_000;

/** Heights, in CSS pixels, a host accepts: anything else is a bug or a forgery, and is ignored. */
export const HEIGHT_RANGE = { min: 50, max: 10_000 } as const;

/** The DOM event an embed page fires after its content changed without a resize (a stepper's step change). */
export const CONTENT_CHANGE_EVENT = 'embed:content-change';

/** A pym.js message: which child it concerns, what kind it is and its value. */
export interface PymMessage {
  /** The child's id, as the pym parent passed it in the `childId` query parameter. */
  id: string;
  /** The message type, e.g. "height" (child to parent) or "width" (parent to child). */
  type: string;
  /** The value, as text. */
  value: string;
}

/** The AMP message that reports an embed's height. */
export interface AmpSizeMessage {
  /** Marks an AMP message. */
  sentinel: 'amp';
  /** Marks a height report. */
  type: 'embed-size';
  /** The embed's height in CSS pixels. */
  height: number;
}

/** The AMP message a frames parent sends to ask for the height. */
export const FRAMES_INIT = { sentinel: 'amp', type: 'frames-init' } as const;

/** Encodes a pym.js message. */
export function pymMessage(id: string, type: string, value: string | number): string {
  return ['pym', id, type, String(value)].join(PYM_DELIMITER);
}

/** Decodes a pym.js message, or null when `data` is not one (or is longer than MAX_MESSAGE_LENGTH). */
export function parsePym(data: unknown): PymMessage | null {
  if (typeof data !== 'string' || data.length > MAX_MESSAGE_LENGTH) return null;
  const parts = data.split(PYM_DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] === '') return null;
  return { id: parts[1], type: parts[2], value: parts[3] };
}

/** Encodes the AMP height message. */
export function ampSizeMessage(height: number): AmpSizeMessage {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/**
 * The pym child id from an embed page's query string, or null when there is none or it cannot be encoded. It is
 * only ever sent back in messages, never written into the page.
 */
export function childIdFrom(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  // An id holding the delimiter would make an ambiguous message: pym's parent could never match it. One too long
  // would make messages that a parent reading as defensively as ours ignores.
  return id && !id.includes(PYM_DELIMITER) && id.length <= MAX_MESSAGE_LENGTH / 4 ? id : null;
}

/** The messages an embed posts to report `height`: the AMP object, and the pym string when it has a child id. */
export function heightMessages(height: number, childId: string | null): (string | AmpSizeMessage)[] {
  const amp = ampSizeMessage(height);
  return childId === null ? [amp] : [pymMessage(childId, 'height', height), amp];
}

function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null;
}

/**
 * Whether a message from the host asks the embed for its height: the frames parent's `frames-init`, or a pym
 * parent's `width` for this child (pym's child answers a width by re-measuring and sending its height).
 */
export function isHeightRequest(data: unknown, childId: string | null): boolean {
  if (isRecord(data)) return data.sentinel === FRAMES_INIT.sentinel && data.type === FRAMES_INIT.type;
  const pym = parsePym(data);
  return pym !== null && childId !== null && pym.id === childId && pym.type === 'width';
}

/** A height as a number of pixels, or null when it is not a plain finite number within HEIGHT_RANGE. */
function saneHeight(value: unknown): number | null {
  let height: number;
  if (typeof value === 'number') height = value;
  else if (typeof value === 'string' && /^\d+(\.\d+)?(px)?$/.test(value.trim())) height = Number.parseFloat(value);
  else return null;
  if (!Number.isFinite(height) || height < HEIGHT_RANGE.min || height > HEIGHT_RANGE.max) return null;
  return Math.ceil(height);
}

/**
 * The height an embed reports in a message, in whole pixels: a pym `height` string (of any child id: the host
 * tells its embeds apart by the message's source window) or an AMP `embed-size` object. Null for anything
 * else, and for heights that are not finite or outside HEIGHT_RANGE.
 */
export function parseHeight(data: unknown): number | null {
  if (isRecord(data)) {
    return data.sentinel === 'amp' && data.type === 'embed-size' ? saneHeight(data.height) : null;
  }
  const pym = parsePym(data);
  return pym !== null && pym.type === 'height' ? saneHeight(pym.value) : null;
}

/** What an embed stepper posts to its host page when the reader moves to a step (docs/embedding.md, "Analytics"). */
export interface StepMessage {
  sentinel: 'china-russia';
  type: 'step';
  /** The step's anchor. */
  step: string;
  /** Its position in the scene, from 0. */
  index: number;
}

/** The message for the reader reaching `step` at `index`. */
export function stepMessage(step: string, index: number): StepMessage {
  return { sentinel: 'china-russia', type: 'step', step, index };
}
