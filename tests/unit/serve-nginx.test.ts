import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNginx, nginxConfig } from '../../scripts/serve-nginx.mjs';

const BASE = '/graphics/2021/china-russia/';

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
