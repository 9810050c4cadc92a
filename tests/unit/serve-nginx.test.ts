import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY_CONFIG, findNginx, nginxConfig, nginxTypes } from '../../scripts/serve-nginx.mjs';

const BASE = '/graphics/2021/china-russia/';
const SHIPPED = readFileSync(DEPLOY_CONFIG, 'utf8');

/** The directives of a config, a trimmed line each, without comments and blank lines. */
function directives(config: string): string[] {
  return config
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/**
 * The extensions of every file a build can publish: pages (.astro) as .html, Astro's bundles as .js and .css (and
 * their .map with SOURCEMAP=true), each endpoint of src/pages as the extension its name ends in
 * (`robots.txt.ts` → txt), and the files of public/ (if any) as they are.
 */
function publishedExtensions(): Set<string> {
  const root = new URL('../../', import.meta.url);
  const extensions = new Set(['html', 'js', 'css', 'map']);
  for (const file of readdirSync(new URL('src/pages/', root), { recursive: true }) as string[]) {
    const endpoint = /\.([a-z0-9]+)\.[jt]s$/.exec(file);
    if (endpoint) extensions.add(endpoint[1]);
  }
  const publicDir = new URL('public/', root);
  for (const file of existsSync(publicDir) ? (readdirSync(publicDir, { recursive: true }) as string[]) : []) {
    if (extname(file)) extensions.add(extname(file).slice(1).toLowerCase());
  }
  return extensions;
}

describe('nginxConfig', () => {
  const conf = nginxConfig({ port: 4430, basePath: BASE, distDir: '/srv/site/dist/', tempDir: '/tmp/t' });

  it('nginxConfig(sub-path) serves dist/ at the base path, in the foreground, on loopback', () => {
    expect(conf).toContain('daemon off;');
    expect(conf).toContain('listen 127.0.0.1:4430;');
    expect(conf).toMatch(/location \/graphics\/2021\/china-russia\/ \{\s+alias "\/srv\/site\/dist\/";/);
    // In both locations (not the whole server: a newsroom's other sections keep their own 404 page).
    expect(conf.match(/error_page 404 \/graphics\/2021\/china-russia\/404\.html;/g)).toHaveLength(2);
  });

  it('nginxConfig keeps pid, logs and temp files in the temp folder', () => {
    for (const line of ['pid "/tmp/t/nginx.pid";', 'error_log "/tmp/t/error.log" warn;', 'access_log "/tmp/t/access.log";', 'client_body_temp_path "/tmp/t/client_body";', 'proxy_temp_path "/tmp/t/proxy";']) {
      expect(conf).toContain(line);
    }
  });

  it('nginxConfig caches hashed assets for a year and revalidates the rest', () => {
    expect(conf).toMatch(/location \^~ \/graphics\/2021\/china-russia\/_astro\/ \{\s+alias "\/srv\/site\/dist\/_astro\/";\s+add_header Cache-Control "public, max-age=31536000, immutable";/);
    expect(conf).toContain('add_header Cache-Control "no-cache" always;');
  });

  it('nginxConfig compresses text types', () => {
    expect(conf).toContain('gzip on;');
    expect(conf).toMatch(/gzip_types [^;]*text\/css[^;]*text\/javascript[^;]*application\/json[^;]*image\/svg\+xml/);
  });

  it('nginxConfig(sub-path) redirects the base path without its slash; nginxConfig(root) has nothing to redirect', () => {
    expect(conf).toMatch(/location = \/graphics\/2021\/china-russia \{\s+return 301 \/graphics\/2021\/china-russia\/;/);
    const root = nginxConfig({ port: 4430, basePath: '/', distDir: '/srv/dist', tempDir: '/tmp/t' });
    expect(root).not.toContain('location =');
    expect(root).toMatch(/location \/ \{\s+alias "\/srv\/dist\/";/);
  });

  it('nginxConfig(asRoot) runs the workers as root (to read a checkout under /root); else leaves the user alone', () => {
    expect(conf).not.toContain('user ');
    expect(nginxConfig({ port: 1, basePath: '/', distDir: '/d', tempDir: '/t', asRoot: true })).toMatch(/^user root;$/m);
  });

  it('nginxConfig(base path without slashes, or a path nginx cannot quote) throws', () => {
    expect(() => nginxConfig({ port: 1, basePath: '/graphics', distDir: '/d', tempDir: '/t' })).toThrow(/start and end/);
    expect(() => nginxConfig({ port: 1, basePath: '/', distDir: '/d"x', tempDir: '/t' })).toThrow(/cannot put/);
  });

  it('nginxConfig renders deploy/nginx.conf: its directives as they are, but for the folder, port and runtime paths', () => {
    const rendered = directives(nginxConfig({ port: 4430, basePath: BASE, distDir: '/srv/china-russia/dist', tempDir: '/tmp/t' }))
      .filter((line) => !/^(daemon|master_process|pid|error_log|access_log|\w+_temp_path) /.test(line))
      .map((line) => line.replace(/^alias "(.*)";$/, 'alias $1;').replace('listen 127.0.0.1:4430;', 'listen 80;'));
    expect(rendered).toEqual(directives(SHIPPED));
  });

  it('nginxTypes(deploy/nginx.conf) types every file the build publishes, and it compresses every text type', () => {
    const types = nginxTypes(SHIPPED);
    const published = [...publishedExtensions()].sort();
    expect(published).toEqual(expect.arrayContaining(['html', 'js', 'css', 'json', 'csv', 'geojson', 'svg', 'png', 'txt', 'xml']));
    expect(published.filter((extension) => !types.has(extension)), 'add these to the types { } block of deploy/nginx.conf').toEqual([]);
    expect(types.get('csv')).toBe('text/csv');
    expect(types.get('geojson')).toBe('application/geo+json');
    const gzipTypes = /^\s*gzip_types ([^;]+);/m.exec(SHIPPED)![1].split(/\s+/);
    const text = published.map((extension) => types.get(extension)!).filter((type) => type !== 'text/html' && !/^(image\/(png|jpeg|webp|avif|gif)|font\/woff2?|application\/pdf)$/.test(type));
    expect(text.filter((type) => !gzipTypes.includes(type)), 'add these to gzip_types in deploy/nginx.conf').toEqual([]);
  });

  it('nginxConfig(a template not shaped as deploy/nginx.conf) throws, saying what it lacks', () => {
    const options = { port: 1, basePath: BASE, distDir: '/d', tempDir: '/t' };
    expect(() => nginxConfig({ ...options, template: SHIPPED.replace('listen 80;', 'listen 8080;') })).toThrow(/needs one "listen 80;"/);
    expect(() => nginxConfig({ ...options, template: SHIPPED.replace('http {', 'http {\n  access_log /var/log/site.log;') })).toThrow(/no user, daemon, pid, log/);
    expect(() => nginxConfig({ ...options, template: SHIPPED.replace('index index.html;', 'root /srv/china-russia/dist/;') })).toThrow(/in alias directives only/);
  });

  it.skipIf(!findNginx())('nginx -t accepts the config, for a sub-path and for the root', () => {
    const tempDir = mkdtempSync(join(tmpdir(), 'nginx-conf-test-'));
    try {
      for (const basePath of [BASE, '/']) {
        const file = join(tempDir, 'nginx.conf');
        writeFileSync(file, nginxConfig({ port: 4439, basePath, distDir: join(tempDir, 'dist'), tempDir }));
        const result = spawnSync(findNginx()!, ['-t', '-q', '-p', tempDir, '-e', join(tempDir, 'error.log'), '-c', file], { encoding: 'utf8' });
        expect(`${result.stderr}${result.stdout}`.trim(), basePath).toBe('');
        expect(result.status, basePath).toBe(0);
      }
    } finally {
      rmSync(tempDir, { recursive: true, force: true });
    }
  });
});
