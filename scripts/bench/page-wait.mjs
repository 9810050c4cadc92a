// @ts-check
/**
 * Waiting for a state of the measured page without putting anything of Playwright's in it. Playwright's
 * `waitForFunction` evaluates its injected script (a few hundred KB) in the page first: at 4× CPU that took 70 to
 * 120 ms of the page's main thread, in the middle of the jump it was timing (traced), and jumps measured so took
 * 1378 and 1331 ms against 1172 and 1199 waiting as here (two runs of 8 each, in turn; medians). This asks the page
 * itself, through the DevTools protocol, to check a function of its own every `polling` ms.
 */

/**
 * The expression for `Runtime.evaluate` (with `awaitPromise`): a promise of `predicate(arg)`'s first truthy value,
 * checked at once and then every `polling` ms, or of null once `timeout` ms have passed. `predicate` must be
 * self-contained (it is sent as its source, as `page.evaluate` would), `arg` JSON.
 * @param {(arg: any) => unknown} predicate @param {unknown} arg
 * @param {{ polling: number, timeout: number }} options @returns {string}
 */
export function pollExpression(predicate, arg, { polling, timeout }) {
  if (!(polling > 0) || !(timeout >= 0)) throw new Error(`pollExpression: polling must be over 0 and timeout at least 0, got ${polling} and ${timeout}`);
  return `new Promise((resolve, reject) => {
  const predicate = (${predicate});
  const deadline = performance.now() + ${timeout};
  const check = () => {
    let value;
    try { value = predicate(${JSON.stringify(arg ?? null)}); } catch (error) { reject(error); return; }
    if (value) resolve(value);
    else if (performance.now() >= deadline) resolve(null);
    else setTimeout(check, ${polling});
  };
  check();
})`;
}

/**
 * Waits in the page (`cdp`: a session attached to it) until `predicate(arg)` is truthy; returns that value, or null
 * after `timeout` ms. A predicate that throws, or a page that navigates meanwhile, rejects.
 * @param {import('playwright-core').CDPSession} cdp @param {(arg: any) => unknown} predicate @param {unknown} arg
 * @param {{ polling: number, timeout: number }} options @returns {Promise<any>}
 */
export async function waitInPage(cdp, predicate, arg, options) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: pollExpression(predicate, arg, options),
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`waiting in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value ?? null;
}
