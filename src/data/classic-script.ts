/**
 * Browser code bundled at build time into one small dependency-free classic script (an IIFE): the host script
 * served as embed.js, and the options script each embed page carries in its head. Each entry is bundled once.
 */
import { createHash } from 'node:crypto';
import { build, type Rolldown } from 'vite';

const bundles = new Map<string, Promise<string>>();

async function bundle(entry: string, name: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['iife'], name, fileName: name },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`bundling ${entry} produced no script`);
  return chunk.code.trim();
}

/** The script bundled from `entry` (a path from the project's root); `name` is its global, should it export. */
export function classicScript(entry: string, name: string): Promise<string> {
  let code = bundles.get(entry);
  if (!code) {
    code = bundle(entry, name);
    bundles.set(entry, code);
  }
  return code;
}

/** The Content-Security-Policy hash that allows `code` as an inline script. */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
