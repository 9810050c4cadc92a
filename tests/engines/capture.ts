/**
 * The page's own record of what went wrong in it: classic WebDriver (WebKit) reports no console messages, page
 * errors or Content-Security-Policy violations, so the suite's server puts a small script at the top of every
 * page it serves that records them in the page, for the journeys to read. Gecko's driver reports some of them
 * too; the same record is read in both engines, so both are held to the same list.
 */

/**
 * Runs in the page before anything else of it: records in `window.__engineProblems` uncaught errors, rejected promises nobody handled,
 * resources that failed to load, Content-Security-Policy violations and console errors and warnings.
 */
function recordProblems(): void {
  const problems: string[] = [];
  (window as unknown as Record<string, string[]>).__engineProblems = problems;
  const add = (kind: string, text: string) => problems.push(`${kind}: ${text}`);
  addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent) add('page error', `${event.message} (${event.filename}:${event.lineno})`);
      else {
        // An element's load error: these do not bubble, hence the capture phase.
        const target = event.target as { src?: string; href?: string; tagName?: string } | null;
        add('failed to load', target?.src || target?.href || target?.tagName || 'a resource');
      }
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => {
    const reason = event.reason as { message?: string } | undefined;
    add('unhandled rejection', String(reason?.message ?? reason));
  });
  document.addEventListener(
    'securitypolicyviolation',
    (event) => add('CSP violation', `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    true,
  );
  for (const level of ['error', 'warn'] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      add(`console ${level}`, args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));
      original.apply(console, args);
    };
  }
}

/**
 * `html` with the recording script as the first thing in its head: right after `<meta charset>` (which must stay
 * in the first bytes), before the page's Content-Security-Policy, which therefore does not apply to it.
 */
export function withProblemRecord(html: string): string {
  const script = `<script>(${recordProblems.toString()})();</script>`;
  const charset = /<meta charset="[^"]*">/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}${script}`);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('a page without <head>: nowhere to record its problems');
  return html.replace(head[0], `${head[0]}${script}`);
}

/** Runs in the page: what the record holds, or a problem of its own where the recording script never ran. */
export function readProblems(): string[] {
  const record = (window as unknown as Record<string, string[] | undefined>).__engineProblems;
  return record ? [...record] : [`no problem record in ${location.href}: the recording script did not run`];
}
