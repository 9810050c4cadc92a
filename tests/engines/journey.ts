/**
 * A journey: one thing a reader does, run the same way in every engine, and the checks every journey ends
 * with: nothing went wrong in the pages it read, and the map data was fetched once.
 */
import type { Hosts } from '../e2e/hosts.ts';
import type { MapState } from '../e2e/story-content.ts';
import { readProblems } from './capture.ts';
import type { Scope, Size, Tab } from './engine.ts';
import type { SiteServer } from './site-server.ts';
import { check } from './wait.ts';

/** What a journey runs against. */
export interface Context {
  /** The tab, with JavaScript on, its viewport `size`. */
  tab: Tab;
  /** The suite's viewport: a journey that changes the tab's puts this one back. */
  size: Size;
  /** A tab of a browser with JavaScript off; the journey closes it. */
  scriptlessTab(): Promise<Tab & { close(): Promise<void> }>;
  /** The site's server, and its log of requests. */
  site: SiteServer;
  /** The host pages' server (another origin than the site). */
  hosts: Hosts;
  /** Every step's map state as the build published it, by step. */
  states: Map<string, MapState>;
}

/** One thing a reader does. */
export interface Journey {
  /** What the reader does and what must follow, as the report names it. */
  name: string;
  run(context: Context): Promise<void>;
}

/** Fails with every problem the pages in `scopes` (named by their keys) and the engine itself recorded. */
export async function expectNoProblems(tab: Tab, scopes: Record<string, Scope>): Promise<void> {
  const problems = [...tab.takeReportedProblems()];
  for (const [name, scope] of Object.entries(scopes)) {
    for (const problem of await scope.evaluate(readProblems)) problems.push(`${name}: ${problem}`);
  }
  check(problems.length === 0, `problems in the page:\n  ${problems.join('\n  ')}`);
}

/** The requests the site answered since `mark` (a length of its log). */
export function answeredSince(site: SiteServer, mark: number) {
  return site.answered.slice(mark);
}

/**
 * Fails where a request since `mark` got an error status, or where a scene's map data was fetched more than
 * once; returns how often each `data/<scene>.json` (and each shared base map, `data/base/<file>.json`) was fetched.
 */
export function expectCleanFetches(site: SiteServer, mark: number): Map<string, number> {
  const answered = answeredSince(site, mark);
  // A browser asks for the host's icon on its own; the site has none at the origin's root.
  const failed = answered.filter((a) => a.status >= 400 && a.path !== '/favicon.ico');
  check(failed.length === 0, `requests failed: ${failed.map((a) => `${a.status} ${a.path}`).join(', ')}`);
  const data = new Map<string, number>();
  for (const { path } of answered) {
    const scene = /\/data\/((?:base\/)?[^/]+)\.json$/.exec(path)?.[1];
    if (scene) data.set(scene, (data.get(scene) ?? 0) + 1);
  }
  const twice = [...data].filter(([, count]) => count > 1);
  check(twice.length === 0, `map data fetched more than once: ${twice.map(([scene, n]) => `${scene}.json ${n}×`).join(', ')}`);
  return data;
}
