/**
 * Bad content never builds: each case makes one mistake in a copy of the project's content/, runs `astro build` and
 * expects it to stop with one message for it, naming the file, the field and the fix. A mistake the content
 * schemas catch stops Astro at the first bad entry, so it is built alone; the checks across files list every
 * problem at once, so the mistakes each of them catches are made in different files and share one build (one
 * message each, no more messages than mistakes), which keeps the suite to ten builds rather than one per mistake.
 * The builds run side by side: a build that fails on content stops within a few seconds.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MISTAKES, type Mistake } from './content-mistakes';

const ROOT = resolve(import.meta.dirname, '../..');
const COPIED = ['astro.config.mjs', 'tsconfig.json', 'svelte.config.js', 'package.json', 'src', 'content'];
/** Caches that tools write into node_modules: each copy gets its own, so builds running together never share one. */
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);
const made: string[] = [];

async function projectCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'content-error-'));
  made.push(dir);
  await Promise.all(COPIED.map((name) => cp(join(ROOT, name), join(dir, name), { recursive: true })));
  await mkdir(join(dir, 'node_modules'));
  const packages = (await readdir(join(ROOT, 'node_modules'))).filter((name) => !CACHES.has(name));
  await Promise.all(packages.map((name) => symlink(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name))));
  return dir;
}


function build(dir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}

/**
 * The content problems a failed build printed, each as "<file>: <field>: <message>". The checks across files
 * list theirs under "Content problems (n)"; a schema's issues come from Astro as "<field>: <message>" lines
 * under "<collection> → <entry> data does not match collection schema", with the file under "Location". In a
 * file of many entries (sources.yaml, borders.yaml) the field is named within its entry: "<entry>.<field>".
 */
function problemsIn(output: string, dir: string): string[] {
  const listed = /Content problems \(\d+\):\n((?:- .*(?:\n|$))+)/.exec(output);
  if (listed) return listed[1].trimEnd().split('\n').map((line) => line.slice(2));
  const schema = /→ (\S+) data does not match collection schema\.\n([\s\S]*?)\n\s*Hint:/.exec(output);
  const location = /Location:\s*\n\s*(\S+?)(?::\d+:\d+)?\n/.exec(output);
  if (!schema || !location) return [];
  const file = relative(dir, location[1]);
  const entry = schema[1];
  const own = file.replace(/^.*\//, '').replace(/\.\w+$/, '') === entry;
  return schema[2]
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `${file}: ${own ? '' : `${entry}.`}${line}`);
}

async function buildProblems(dir: string): Promise<string[]> {
  const { code, output } = await build(dir);
  expect(code, 'the build stops').not.toBe(0);
  const problems = problemsIn(output, dir);
  if (problems.length === 0) throw new Error(`no content problem found in the build's output:\n${output.slice(-3000)}`);
  return problems;
}

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});


/**
 * The builds: each schema mistake alone; the others first-fit into builds of mistakes that the same check catches
 * and that touch different files (so no edit lands on another's, and no mistake hides another).
 */
function buildsOf(mistakes: Mistake[]): Mistake[][] {
  const builds: Mistake[][] = [];
  const touched = (m: Mistake) => m.touches ?? [m.file];
  for (const mistake of mistakes) {
    const shared =
      mistake.check === 'schema'
        ? undefined
        : builds.find((b) => b[0].check === mistake.check && b.every((other) => !touched(other).some((f) => touched(mistake).includes(f))));
    if (shared) shared.push(mistake);
    else builds.push([mistake]);
  }
  return builds;
}

const BUILDS = buildsOf(MISTAKES);
const built = new Map<Mistake[], Promise<string[]>>();

/** The problems the build with these mistakes prints; built once, for the first of its cases to ask. */
function problemsOf(mistakes: Mistake[]): Promise<string[]> {
  let problems = built.get(mistakes);
  if (!problems) {
    problems = projectCopy().then(async (dir) => {
      for (const mistake of mistakes) await mistake.make(dir);
      return buildProblems(dir);
    });
    built.set(mistakes, problems);
  }
  return problems;
}

describe.concurrent('astro build with bad content', { timeout: 240_000 }, () => {
  it('builds every mistake: a schema mistake alone, the others in one build per check', () => {
    expect(BUILDS.flat()).toHaveLength(MISTAKES.length);
    for (const build of BUILDS) {
      if (build[0].check === 'schema') expect(build).toHaveLength(1);
      expect(new Set(build.map((m) => m.check)).size).toBe(1);
    }
    // A second build for a check means two of its mistakes touch one file: make the new one in another file.
    const checks = BUILDS.filter((b) => b[0].check !== 'schema').map((b) => b[0].check);
    expect(checks, 'one build per check across files').toEqual([...new Set(checks)]);
  });

  for (const build of BUILDS) {
    for (const mistake of build) {
      it(`stops on ${mistake.name} with one message naming the file, the field and the fix`, async () => {
        const problems = await problemsOf(build);
        const others = build.filter((m) => m !== mistake).map((m) => m.name);
        const context = others.length > 0 ? ` (built with: ${others.join('; ')})` : '';
        expect(problems, `one message per mistake${context}`).toHaveLength(build.length);
        const mine = problems.filter((p) => p.startsWith(`${mistake.file}: ${mistake.field}: `) && mistake.problem.test(p));
        expect(mine, `one message for this mistake, among:\n${problems.join('\n')}`).toHaveLength(1);
        expect(mine[0]).toMatch(mistake.fix);
      });
    }
  }

  it('stops on several mistakes in several files with every message at once', async () => {
    const story = BUILDS.find((b) => b[0].check === 'story');
    if (!story) throw new Error('no story mistakes');
    const problems = await problemsOf(story);
    const files = new Set(problems.map((p) => p.slice(0, p.indexOf(': '))));
    expect(files.size, problems.join('\n')).toBe(story.length);
    expect(files.size).toBeGreaterThan(5);
  });
});
