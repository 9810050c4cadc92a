/**
 * A WebDriver (W3C, "classic", HTTP) client: the dozen commands the cross-engine journeys send to
 * WebKitWebDriver. Written here rather than taken from webdriverio, which brings some 170 packages (and driver
 * downloaders for other browsers) for what is a few JSON requests.
 */

/** How an element is named across the protocol (the W3C spec's fixed key). */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

/** An element of the current browsing context, as the driver refers to it. */
export type ElementRef = { [ELEMENT_KEY]: string };

/** One input source's actions, as the Perform Actions command takes them. */
export type ActionSequence = { type: 'key' | 'pointer' | 'wheel' | 'none'; id: string; parameters?: object; actions: object[] };

/** A WebDriver error answer, with the command that got it. */
export class WebDriverError extends Error {}

/** One session with a WebDriver server. */
export class WebDriverSession {
  private readonly endpoint: string;
  /** The session's id, as the server named it. */
  readonly id: string;
  /** The capabilities the server matched (browserName, browserVersion, …). */
  readonly capabilities: Record<string, unknown>;

  private constructor(endpoint: string, id: string, capabilities: Record<string, unknown>) {
    this.endpoint = endpoint;
    this.id = id;
    this.capabilities = capabilities;
  }

  /** Opens a session on the server at `endpoint` ("http://127.0.0.1:4444") with `alwaysMatch` capabilities. */
  static async start(endpoint: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const value = await send<{ sessionId: string; capabilities: Record<string, unknown> }>(endpoint, 'POST', '/session', {
      capabilities: { alwaysMatch: capabilities },
    });
    return new WebDriverSession(endpoint, value.sessionId, value.capabilities);
  }

  /** Sends a command of this session: `path` is what follows `/session/<id>`. */
  command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: object): Promise<T> {
    return send<T>(this.endpoint, method, `/session/${this.id}${path}`, body);
  }

  /** Loads `url` and waits for its load event (the session's page load strategy, "normal" by default). */
  navigate(url: string): Promise<void> {
    return this.command('POST', '/url', { url });
  }

  /**
   * Runs `fn` in the current browsing context with `args` (JSON values and element references) and returns its
   * result (a promise's, once it settles). `fn` is sent as source text, so it must refer to nothing outside itself.
   */
  execute<A extends unknown[], R>(fn: (...args: A) => R, args: A): Promise<Awaited<R>> {
    return this.command('POST', '/execute/sync', { script: `return (${fn.toString()}).apply(null, arguments);`, args });
  }

  /** Sets the outer size of the window. */
  setWindowSize(width: number, height: number): Promise<void> {
    return this.command('POST', '/window/rect', { width, height });
  }

  /** The first element `selector` matches in the current browsing context (an error when none does). */
  findElement(selector: string): Promise<ElementRef> {
    return this.command('POST', '/element', { using: 'css selector', value: selector });
  }

  /** Scrolls the element into view and clicks its centre, as a reader's pointer would. */
  click(element: ElementRef): Promise<void> {
    return this.command('POST', `/element/${element[ELEMENT_KEY]}/click`, {});
  }

  /** Makes the iframe `element` the current browsing context, or the top-level one for null. */
  switchToFrame(element: ElementRef | null): Promise<void> {
    return this.command('POST', '/frame', { id: element });
  }

  /** Dispatches input (keys, pointer moves) as the operating system would, then releases what is still pressed. */
  async perform(actions: ActionSequence[]): Promise<void> {
    await this.command('POST', '/actions', { actions });
    await this.command('DELETE', '/actions');
  }

  /** Sets the session's timeouts, in milliseconds. */
  setTimeouts(timeouts: { script?: number; pageLoad?: number; implicit?: number }): Promise<void> {
    return this.command('POST', '/timeouts', timeouts);
  }

  /** Ends the session; the driver closes the browser. */
  end(): Promise<void> {
    return send(this.endpoint, 'DELETE', `/session/${this.id}`);
  }
}

/** Sends one request and unwraps the answer's `value`; an answer with an `error` becomes a WebDriverError. */
async function send<T>(endpoint: string, method: string, path: string, body?: object): Promise<T> {
  const response = await fetch(`${endpoint}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json; charset=utf-8' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let value: unknown;
  try {
    value = (JSON.parse(text) as { value: unknown }).value;
  } catch {
    throw new WebDriverError(`${method} ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  const error = value as { error?: string; message?: string } | null;
  if (!response.ok || (error && typeof error === 'object' && typeof error.error === 'string')) {
    throw new WebDriverError(`${method} ${path}: ${error?.error ?? `HTTP ${response.status}`}${error?.message ? `: ${error.message}` : ''}`);
  }
  return value as T;
}
