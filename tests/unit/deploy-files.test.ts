import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEPLOY_CONFIG, nginxTypes } from '../../scripts/serve-nginx.mjs';

const deploy = (name: string) => readFileSync(new URL(`../../deploy/${name}`, import.meta.url), 'utf8');
const NGINX = readFileSync(DEPLOY_CONFIG, 'utf8');
const S3 = fileURLToPath(new URL('../../deploy/s3-upload.sh', import.meta.url));

/** The files of deploy/ beside nginx.conf agree with it: the same types, base path and cache headers. */
describe('deploy files', () => {
  it('s3-upload.sh types each extension as deploy/nginx.conf does', () => {
    const script = deploy('s3-upload.sh');
    const types = new Map<string, string>();
    for (const [, extensions, type] of script.matchAll(/^\s*([a-z0-9 |]+)\) echo '([^';]+)[^']*' ;;$/gm)) {
      for (const extension of extensions.split('|')) types.set(extension.trim(), type);
    }
    expect(Object.fromEntries(types)).toEqual(Object.fromEntries(nginxTypes(NGINX)));
  });

  it('netlify.toml, github-pages.yml and s3-upload.sh cache hashed assets for a year, as deploy/nginx.conf does', () => {
    const immutable = 'public, max-age=31536000, immutable';
    expect(NGINX).toContain(`add_header Cache-Control "${immutable}";`);
    expect(deploy('netlify.toml')).toContain(`Cache-Control = "${immutable}"`);
    expect(deploy('s3-upload.sh')).toContain(`immutable='${immutable}'`);
    // Netlify: every path it names is under the base path the build is made for.
    const netlify = deploy('netlify.toml');
    const base = /BASE_PATH = "([^"]+)"/.exec(netlify)![1];
    expect(base).toBe('/graphics/2021/china-russia/');
    expect([...netlify.matchAll(/^\s*(?:for|from|to) = "([^"]+)"/gm)].map((m) => m[1].startsWith(base))).toEqual([true, true, true]);
    expect(netlify).toContain(`.build/netlify${base}`);
    // GitHub Pages: the build is for the address Pages gives, and what it uploads is dist/.
    const pages = deploy('github-pages.yml');
    expect(pages).toContain('SITE_URL: ${{ steps.pages.outputs.origin }}');
    expect(pages).toContain('BASE_PATH: ${{ steps.pages.outputs.base_path }}/');
    expect(pages).toMatch(/upload-pages-artifact@v\d+\s+with:\s+path: dist\n/);
  });

  it('s3-upload.sh(a build holding a file it has no type for) stops before uploading anything', () => {
    const dist = mkdtempSync(join(tmpdir(), 's3-upload-test-'));
    try {
      writeFileSync(join(dist, 'index.html'), '<!doctype html>');
      writeFileSync(join(dist, 'notes.xyz'), '');
      // No aws on the PATH: the script must stop before calling it.
      const result = spawnSync('sh', [S3, 's3://bucket/site', dist], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('.xyz files');
      expect(spawnSync('sh', [S3, 'bucket/site', dist], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } }).status).toBe(2);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
