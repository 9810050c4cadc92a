/**
 * The problem record's own test: "no problems" means something only if the record sees them in this engine.
 * A page of the suite's server breaks its own Content-Security-Policy; the journey adds a console error, an
 * uncaught error and an unhandled rejection; each must be in the record.
 */
import { readProblems } from './capture.ts';
import type { Journey } from './journey.ts';
import { waitFor } from './wait.ts';

/** The kinds of problem every journey's last check relies on the record to see. */
const KINDS = ['CSP violation', 'console error', 'page error', 'unhandled rejection'];
/** What the journey makes the page report. */
const THROWN = ['canary: a console error', 'canary: an uncaught error', 'canary: a rejection'];

export const canaryJourney: Journey = {
  name: 'the page\'s problem record sees CSP violations, console errors, uncaught errors and rejections',
  async run({ tab, site }) {
    await tab.open(site.canaryUrl);
    await tab.evaluate(() => {
      console.error('canary: a console error');
      // Thrown and rejected later, outside the driver's own call, as a page's code would.
      setTimeout(() => {
        throw new Error('canary: an uncaught error');
      });
      setTimeout(() => void Promise.reject(new Error('canary: a rejection')));
    });
    await waitFor(
      `the record to hold each of: ${KINDS.join(', ')}`,
      () => tab.evaluate(readProblems),
      (problems) => KINDS.every((kind) => problems.some((p) => p.startsWith(`${kind}:`))),
    );
    // The engine's own reports of the same problems are the record's business here, not the next journey's. They
    // come a moment after the page's record has them (Firefox reported the rejection during the next journey once):
    // wait for each of them, where the engine reports any.
    const reported: string[] = [];
    await waitFor(
      "the engine's own reports of the canary's console error, uncaught error and rejection",
      async () => reported.push(...tab.takeReportedProblems()),
      () => !tab.reportsProblems || THROWN.every((text) => reported.some((p) => p.includes(text))),
    );
  },
};
