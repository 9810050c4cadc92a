#!/usr/bin/env node
/**
 * Serves a build (DIST_DIR, default dist/) under the base path the way a production host does: with nginx (Debian's
 * `nginx` package) and the config the site ships, deploy/nginx.conf, rendered into a temporary folder for this
 * folder, port and base path (pid, logs and temp paths there too; nothing under /etc or /var is touched), in the
 * foreground until it is stopped. The end-to-end tests start it (playwright.config.ts).
 *
 *   E2E_PORT=4399 BASE_PATH=/graphics/2021/china-russia/ node scripts/serve-nginx.mjs
 *
 * Where nginx is not installed it says so and falls back to the small static server the benchmark and the
 * cross-engine suite use (scripts/static-server.mjs): the deploy tests of nginx itself are then skipped, or fail
 * under CI=true. NGINX_PATH picks a binary other than the usual places.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from './static-server.mjs';

const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', '/usr/local/bin/nginx', '/opt/homebrew/bin/nginx', '/usr/bin/nginx'];

/** The nginx binary: $NGINX_PATH, else the usual install places, else one on the PATH; null when none. */
export function findNginx() {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const known = NGINX_CANDIDATES.find((path) => existsSync(path));
  if (known) return known;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  const onPath = which.status === 0 ? which.stdout.trim() : '';
  return onPath && existsSync(onPath) ? onPath : null;
}

/**
 * The version nginx reports ("1.22.1"), or "unknown".
 * @param {string} binary
 */
export function nginxVersion(binary) {
  const result = spawnSync(binary, ['-v'], { encoding: 'utf8' });
  return /nginx\/(\S+)/.exec(`${result.stderr}${result.stdout}`)?.[1] ?? 'unknown';
}

/** The nginx config the site ships: what a newsroom installs, and what the end-to-end tests serve. */
export const DEPLOY_CONFIG = fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url));

/** The folder, base path and listen line deploy/nginx.conf is written for (what the tests change). */
const SHIPPED_DIST = '/srv/china-russia/dist/';
const SHIPPED_BASE = '/graphics/2021/china-russia/';
const SHIPPED_LISTEN = 'listen 80;';

/** @param {string} path */
function quoted(path) {
  if (/["\\\n$]/.test(path)) throw new Error(`cannot put the path ${JSON.stringify(path)} in an nginx config`);
  return `"${path}"`;
}

/** @param {string} text @param {string} what */
function occurrences(text, what) {
  return text.split(what).length - 1;
}

/**
 * The file types an nginx config declares in its `types { }` block, extension → type.
 * @param {string} config
 * @returns {Map<string, string>}
 */
export function nginxTypes(config) {
  const block = /\btypes \{([^}]*)\}/.exec(config);
  if (!block) throw new Error('the config has no types { } block');
  /** @type {Map<string, string>} */
  const types = new Map();
  for (const entry of block[1].split(';')) {
    const [type, ...extensions] = entry.replace(/#[^\n]*/g, '').trim().split(/\s+/);
    for (const extension of type ? extensions : []) types.set(extension, type);
  }
  return types;
}

/**
 * deploy/nginx.conf (or `template`) made to serve `distDir` at `basePath` on 127.0.0.1:`port`, in the foreground,
 * keeping its pid, logs and temp files in `tempDir`; comments are left out. Nothing else changes. `asRoot`: the
 * master runs as root, so the workers must too to read a checkout under /root.
 * @param {{ port: number, basePath: string, distDir: string, tempDir: string, asRoot?: boolean, template?: string }} options
 */
export function nginxConfig({ port, basePath, distDir, tempDir, asRoot = false, template = readFileSync(DEPLOY_CONFIG, 'utf8') }) {
  if (!basePath.startsWith('/') || !basePath.endsWith('/')) throw new Error(`base path "${basePath}" must start and end with "/"`);
  if (!/^[A-Za-z0-9\-._~/]+$/.test(basePath)) throw new Error(`base path "${basePath}" has characters this config does not quote`);
  const dist = resolve(distDir).replace(/\/+$/, '');
  const tmp = resolve(tempDir);

  let config = template
    .split('\n')
    .filter((line) => !/^\s*(#.*)?$/.test(line))
    .join('\n');
  const shippedBare = SHIPPED_BASE.replace(/\/$/, '');
  const redirect = new RegExp(`\\n[ \\t]*location = ${shippedBare} \\{[^}]*\\}`);
  const shape = [
    [occurrences(config, SHIPPED_LISTEN) === 1, `one "${SHIPPED_LISTEN}"`],
    [/^http \{$/m.test(config), 'an "http {" line'],
    [redirect.test(config), `the redirect "location = ${shippedBare}"`],
    [occurrences(config, `alias ${SHIPPED_DIST}`) === occurrences(config, SHIPPED_DIST) && occurrences(config, SHIPPED_DIST) > 0, `${SHIPPED_DIST} in alias directives only`],
    [!/^\s*(user|daemon|master_process|pid|error_log|access_log|\w+_temp_path)\s/m.test(config), 'no user, daemon, pid, log or temp path directives (the tests set them)'],
  ];
  const missing = shape.filter(([ok]) => !ok).map(([, what]) => what);
  if (missing.length) throw new Error(`${DEPLOY_CONFIG} is not as scripts/serve-nginx.mjs expects: it needs ${missing.join(', ')}`);

  // At the root there is no base path without its slash to redirect.
  if (basePath === '/') config = config.replace(redirect, '');
  config = config
    .split(shippedBare)
    .join(basePath.replace(/\/$/, ''))
    .replace(new RegExp(`alias ${SHIPPED_DIST}(\\S*);`, 'g'), (_, rest) => `alias ${quoted(`${dist}/${rest}`)};`)
    .replace(SHIPPED_LISTEN, () => `listen 127.0.0.1:${port};`)
    .replace(
      /^http \{$/m,
      () => `http {
  access_log ${quoted(join(tmp, 'access.log'))};
  client_body_temp_path ${quoted(join(tmp, 'client_body'))};
  proxy_temp_path ${quoted(join(tmp, 'proxy'))};
  fastcgi_temp_path ${quoted(join(tmp, 'fastcgi'))};
  uwsgi_temp_path ${quoted(join(tmp, 'uwsgi'))};
  scgi_temp_path ${quoted(join(tmp, 'scgi'))};`,
    );
  return `# deploy/nginx.conf, rendered by scripts/serve-nginx.mjs for the end-to-end tests (docs/deploying.md).
${asRoot ? 'user root;\n' : ''}daemon off;
master_process on;
pid ${quoted(join(tmp, 'nginx.pid'))};
error_log ${quoted(join(tmp, 'error.log'))} warn;
${config}
`;
}

/** @param {string} message */
function log(message) {
  process.stderr.write(`[serve] ${message}\n`);
}

/**
 * Falls back to Astro's preview server, saying so.
 * @param {{ port: number, basePath: string, reason: string }} options
 */
async function serveSmall({ port, basePath, distDir, reason }) {
  log(`${reason}: falling back to the small static server the benchmark uses (scripts/static-server.mjs: gzip,`);
  log('cache headers and the redirect to the trailing slash, but not nginx): the checks of nginx itself are skipped.');
  log('Install nginx to test as deployed: sudo apt-get install -y nginx (or set NGINX_PATH).');
  const server = await serve(distDir, basePath, port);
  log(`serving ${resolve(distDir)} at http://127.0.0.1:${port}${basePath}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}

/** @param {{ nginx: string, port: number, basePath: string, distDir: string }} options */
function serveNginx({ nginx, port, basePath, distDir }) {
  const tempDir = mkdtempSync(join(tmpdir(), 'serve-nginx-'));
  const conf = join(tempDir, 'nginx.conf');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  writeFileSync(conf, nginxConfig({ port, basePath, distDir, tempDir, asRoot }));
  const errorLog = join(tempDir, 'error.log');
  const cleanUp = () => rmSync(tempDir, { recursive: true, force: true });

  const args = ['-p', tempDir, '-e', errorLog, '-c', conf];
  const check = spawnSync(nginx, [...args, '-t', '-q'], { encoding: 'utf8' });
  if (check.status !== 0) {
    log(`nginx rejected ${conf}:\n${check.stderr}${check.stdout}`);
    cleanUp();
    process.exit(1);
  }

  log(`nginx ${nginxVersion(nginx)} (${nginx}) serving ${resolve(distDir)} at http://127.0.0.1:${port}${basePath} (config, logs: ${tempDir})`);
  const child = spawn(nginx, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // TERM: nginx's fast shutdown, workers included.
    child.kill('SIGTERM');
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      const errors = existsSync(errorLog) ? readFileSync(errorLog, 'utf8').trim() : '';
      log(`nginx stopped (${signal ?? `exit ${code}`})${errors ? `:\n${errors}` : ''}`);
    }
    cleanUp();
    process.exit(stopping ? 0 : (code ?? 1));
  });
}

function main() {
  const port = Number(process.env.E2E_PORT ?? process.env.PORT ?? 4399);
  const segments = (process.env.BASE_PATH ?? '/').split('/').filter(Boolean);
  const basePath = segments.length ? `/${segments.join('/')}/` : '/';
  const distDir = resolve(process.env.DIST_DIR ?? fileURLToPath(new URL('../dist/', import.meta.url)));
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    log(`E2E_PORT "${process.env.E2E_PORT}" is not a port number`);
    process.exit(1);
  }
  if (!existsSync(join(distDir, 'index.html'))) {
    log(`no ${join(distDir, 'index.html')}: build the site first (BASE_PATH=${basePath} npx astro build --outDir ${distDir})`);
    process.exit(1);
  }
  const nginx = findNginx();
  if (!nginx) void serveSmall({ port, basePath, distDir, reason: process.env.NGINX_PATH ? `NGINX_PATH ${process.env.NGINX_PATH} does not exist` : 'nginx is not installed' });
  else serveNginx({ nginx, port, basePath, distDir });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
