/**
 * WebKit: Debian's WebKitGTK MiniBrowser, driven over classic WebDriver by WebKitWebDriver (package
 * webkit2gtk-driver). The MiniBrowser has no headless mode, so it runs on a virtual screen (Xvfb) of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine, EngineKind, Size, Tab } from './engine.ts';
import { waitFor } from './wait.ts';
import { WebDriverSession } from './webdriver.ts';

/** The driver, the browser and the virtual screen: $WEBKIT_WEBDRIVER, $WEBKIT_MINIBROWSER, $XVFB, else Debian's. */
function findTools(): { driver: string | null; browser: string | null; xvfb: string | null } {
  const lib = '/usr/lib';
  const debian = existsSync(lib)
    ? readdirSync(lib)
        .map((dir) => join(lib, dir, 'webkit2gtk-4.1', 'MiniBrowser'))
        .find((path) => existsSync(path))
    : undefined;
  const pick = (fromEnv: string | undefined, fallback: string | undefined) =>
    fromEnv ? (existsSync(fromEnv) ? fromEnv : null) : fallback && existsSync(fallback) ? fallback : null;
  return {
    driver: pick(process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver'),
    browser: pick(process.env.WEBKIT_MINIBROWSER, debian),
    xvfb: pick(process.env.XVFB, '/usr/bin/Xvfb'),
  };
}

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Stops `child` (TERM, then KILL if it lingers) and waits until it has exited, so none outlives the suite. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const lingering = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(lingering);
}

/** Starts Xvfb on the first free display; resolves with the display's name (":99") once it takes clients. */
function startXvfb(xvfb: string): Promise<{ display: string; process: ChildProcess }> {
  // -displayfd: Xvfb picks a free display and writes its number to fd 3 once it is ready.
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let said = '';
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('\n')) resolve({ display: `:${said.trim()}`, process: child });
    });
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${errors.slice(-500)}`)));
  });
}

/** The tab of a WebDriver session: the top-level page, iframes by switching into them and back. */
function tabOf(session: WebDriverSession): Tab {
  const inFrame = async <T>(selector: string, then: () => Promise<T>): Promise<T> => {
    await session.switchToFrame(null);
    await session.switchToFrame(await session.findElement(selector));
    try {
      return await then();
    } finally {
      await session.switchToFrame(null);
    }
  };
  const click = async (selector: string) => session.click(await session.findElement(selector));
  return {
    evaluate: (fn, ...args) => session.execute(fn, args),
    click,
    async open(url) {
      // A detour through a blank page: going from "/" to "/#step" would otherwise only scroll.
      await session.navigate('about:blank');
      await session.navigate(url);
    },
    async frame(selector) {
      return {
        evaluate: (fn, ...args) => inFrame(selector, () => session.execute(fn, args)),
        click: (inner) => inFrame(selector, () => click(inner)),
      };
    },
    resize: (size) => fitViewport(session, size),
    movePointer: (x, y) =>
      session.perform([
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [{ type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) }],
        },
      ]),
    press: (key) =>
      session.perform([{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }]),
    // Classic WebDriver reports no console messages or page errors: the page's own record has them.
    takeReportedProblems: () => [],
    reportsProblems: false,
  };
}

/**
 * Makes the viewport `size`. The driver sets the window's outer size, which includes the MiniBrowser's toolbar,
 * and the window takes a new size some time after the command answers (later on a busy machine, when reading the
 * viewport at once gave a stale width and a negative size to ask for). So: read the outer size and the viewport
 * together, ask for `size` plus the toolbar's share whenever the window is not at that yet, until the viewport is
 * `size`. The toolbar keeps the window at least about 450 px wide.
 */
async function fitViewport(session: WebDriverSession, size: Size): Promise<void> {
  await waitFor(
    `a ${size.width}×${size.height} viewport`,
    async () => {
      const [outerWidth, outerHeight, width, height] = await session.execute(
        () => [window.outerWidth, window.outerHeight, window.innerWidth, window.innerHeight],
        [],
      );
      if (width === size.width && height === size.height) return true;
      const target = { width: size.width + Math.max(0, outerWidth - width), height: size.height + Math.max(0, outerHeight - height) };
      if (outerWidth !== target.width || outerHeight !== target.height) await session.setWindowSize(target.width, target.height);
      return false;
    },
    (fitted) => fitted,
  );
}

/** Opens a session whose viewport is `size`. */
async function sessionOf(endpoint: string, browser: string, args: string[], size: Size): Promise<WebDriverSession> {
  const session = await WebDriverSession.start(endpoint, {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: browser, args: ['--automation', ...args] },
  });
  await session.setTimeouts({ script: 60_000, pageLoad: 60_000 });
  await fitViewport(session, size);
  return session;
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver, on a virtual screen. */
export const webkit: EngineKind = {
  name: 'webkit',
  missing() {
    const tools = findTools();
    const lacking = [
      !tools.driver && 'WebKitWebDriver',
      !tools.browser && 'the MiniBrowser',
      !tools.xvfb && 'Xvfb',
    ].filter(Boolean);
    if (lacking.length === 0) return null;
    return `${lacking.join(', ')} not installed: sudo apt-get install -y --no-install-recommends webkit2gtk-driver xvfb (or set WEBKIT_WEBDRIVER, WEBKIT_MINIBROWSER, XVFB)`;
  },
  async launch(size) {
    const { driver, browser, xvfb } = findTools();
    if (!driver || !browser || !xvfb) throw new Error(this.missing() ?? 'no WebKit');
    let screen: ChildProcess | undefined;
    const drivers: ChildProcess[] = [];
    // The browser's settings, caches and data in a folder of this run, so none carry over from another.
    const home = mkdtempSync(join(tmpdir(), 'engines-webkit-'));
    const sessions: WebDriverSession[] = [];
    const close = async () => {
      await Promise.allSettled(sessions.map((s) => s.end()));
      // The drivers first, then the screen their browsers draw on.
      await Promise.all(drivers.map(stop));
      if (screen) await stop(screen);
      rmSync(home, { recursive: true, force: true });
    };
    try {
      const xserver = await startXvfb(xvfb);
      screen = xserver.process;
      const env = {
        ...process.env,
        DISPLAY: xserver.display,
        XDG_CONFIG_HOME: join(home, 'config'),
        XDG_CACHE_HOME: join(home, 'cache'),
        XDG_DATA_HOME: join(home, 'data'),
      };
      /** A driver of its own for each session: WebKitWebDriver holds one session at a time. */
      const session = async (args: string[]) => {
        const port = await freePort();
        drivers.push(spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' }));
        const endpoint = `http://127.0.0.1:${port}`;
        await waitFor('WebKitWebDriver to answer', () => fetch(`${endpoint}/status`).then((r) => r.ok, () => false), (ok) => ok);
        const started = await sessionOf(endpoint, browser, args, size);
        sessions.push(started);
        return started;
      };
      const main = await session([]);
      const tab = tabOf(main);
      return {
        version: `WebKitGTK ${String(main.capabilities.browserVersion ?? '?')}`,
        tab: async () => tab,
        async scriptlessTab() {
          // WebKit's setting for the page's scripts; the driver's own scripts still run, so the journey can read the page.
          const scriptless = await session(['--enable-javascript=false']);
          return { ...tabOf(scriptless), close: () => scriptless.end() };
        },
        close,
      } satisfies Engine;
    } catch (error) {
      await close();
      throw error;
    }
  },
};
