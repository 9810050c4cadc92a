/**
 * What the cross-engine journeys ask of a browser, whatever drives it: Gecko through WebDriver BiDi
 * (puppeteer-core, gecko.ts), WebKitGTK through classic WebDriver (webkit.ts). The journeys use only this.
 */

/** A viewport size in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** A document in a tab: the top-level page, or the page inside one of its iframes. */
export interface Scope {
  /**
   * Runs `fn` in the document with `args` (JSON values) and returns its result. `fn` travels as source text,
   * so it must refer to nothing outside itself.
   */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Clicks the first element `selector` matches, scrolled into view, as a reader's pointer would. */
  click(selector: string): Promise<void>;
}

/** A browser tab: the top-level document, and input that the engine dispatches as a reader's. */
export interface Tab extends Scope {
  /** Loads `url` afresh: never a same-document jump, even where only the hash differs from the current address. */
  open(url: string): Promise<void>;
  /** The document inside the iframe that `selector` matches in the top-level page. */
  frame(selector: string): Promise<Scope>;
  /** Makes the viewport `size` (the page reflows as on a screen of that size). */
  resize(size: Size): Promise<void>;
  /** Moves the pointer to (x, y), in viewport pixels of the top-level page. */
  movePointer(x: number, y: number): Promise<void>;
  /** Presses and releases `key` ("j", "k") where the focus is. */
  press(key: string): Promise<void>;
  /**
   * Problems the engine reported by itself since the last call (console errors, uncaught errors), where its
   * protocol reports them; [] where it does not (the page's own capture script covers those, see capture.ts).
   */
  takeReportedProblems(): string[];
  /** Whether the engine reports problems by itself (Firefox over BiDi: yes; WebKit's classic WebDriver: no). */
  reportsProblems: boolean;
}

/** A running browser. */
export interface Engine {
  /** The browser and its version, for the report ("Firefox 153.8.0esr"). */
  version: string;
  /** The tab the journeys run in, with JavaScript on; the same tab on every call. */
  tab(): Promise<Tab>;
  /** A tab of a second browser with JavaScript switched off, for the no-script reading; closed by the caller. */
  scriptlessTab(): Promise<Tab & { close(): Promise<void> }>;
  /** Stops the browser and everything started for it. */
  close(): Promise<void>;
}

/** An engine the suite can drive, found on this machine or not. */
export interface EngineKind {
  /** Its name in the report and in `--engine` ("firefox", "webkit"). */
  name: string;
  /** Why it cannot run here and how to install it, or null when it can. */
  missing(): string | null;
  /** Starts the browser with a viewport of `size`. */
  launch(size: Size): Promise<Engine>;
}
