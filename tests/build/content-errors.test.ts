/**
 * Bad content never builds: each case copies the project, breaks one thing in content/, runs `astro build`
 * and expects it to stop with a message naming the file, the field and the problem.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const COPIED = ['astro.config.mjs', 'tsconfig.json', 'svelte.config.js', 'package.json', 'src', 'content', 'public'];
const made: string[] = [];

async function projectCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'content-error-'));
  made.push(dir);
  await Promise.all(COPIED.map((name) => cp(join(ROOT, name), join(dir, name), { recursive: true })));
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

async function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  const before = await readFile(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
  await writeFile(path, after);
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

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

const FIRST_STEP = 'content/steps/010-ilrs-agreement.md';
const SECOND_STEP = 'content/steps/020-open-to-partners.md';

describe('astro build with bad content', { timeout: 120_000 }, () => {
  it('stops on an unknown country code, naming the file and field', async () => {
    const dir = await projectCopy();
    await edit(dir, FIRST_STEP, (t) => t.replace(/fit: \[[^\]]*\]/, 'fit: ["999"]'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('010-ilrs-agreement');
    expect(output).toMatch(/view\.fit\.0|view\.fit\[0\]/);
    expect(output).toContain('unknown country code "999"');
  });

  it('stops on a missing map description', async () => {
    const dir = await projectCopy();
    await edit(dir, FIRST_STEP, (t) => t.replace(/^description:.*(\n[ ]+.*)*$/m, ''));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('010-ilrs-agreement');
    expect(output).toContain('description');
    expect(output).toContain('every step needs a `description`');
  });

  it('stops on an impossible date', async () => {
    const dir = await projectCopy();
    await edit(dir, SECOND_STEP, (t) => t.replace(/^asOf: .*$/m, 'asOf: "2023-02-30"'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('020-open-to-partners');
    expect(output).toContain('asOf');
    expect(output).toContain('impossible date "2023-02-30"');
  });

  it('stops on unknown scene, layer and source ids, listing every problem with its file and field', async () => {
    const dir = await projectCopy();
    await edit(dir, FIRST_STEP, (t) => t.replace(/^scene: .*$/m, 'scene: moon-base'));
    await edit(dir, SECOND_STEP, (t) => t.replace(/^layers:.*$/m, 'layers: [ilrs-partners, pipelines]'));
    await edit(dir, 'content/steps/030-joint-statement.md', (t) => t.replace(/^sources:.*(\n\s+- .*)*/m, 'sources: [no-such-source]'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('content/steps/010-ilrs-agreement.md: scene: unknown scene "moon-base"');
    expect(output).toContain('content/steps/020-open-to-partners.md: layers[1]: unknown layer "pipelines" in scene "lunar-partners"');
    expect(output).toContain('content/steps/030-joint-statement.md: sources[0]: unknown source id "no-such-source"');
  });
});
