import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCENE_LAYER_KINDS, sceneLayerSchema } from '../../src/lib/content/schemas';
import { flowsData } from '../../src/lib/layers/flows';
import { kindCollections, kindDataFiles, type KindData } from '../../src/lib/layers/kind-data';
import { LAYER_DRAWINGS, LAYER_KINDS, TEXT_ORDER } from '../../src/lib/layers/registry';

/** The `kind` values the scene schema accepts, read from the schema itself. */
function schemaKinds(): string[] {
  const candidates = ['ilrs-partners', 'moon-inset', 'flows', 'lines', 'areas', 'countries', 'labels', 'tiles', ...LAYER_KINDS.map((k) => k.name)];
  return [...new Set(candidates)].filter((kind) => {
    const issues = sceneLayerSchema.safeParse({ id: 'x', kind, title: 'X' }).error?.issues ?? [];
    return !issues.some((i) => i.path.join('.') === 'kind');
  });
}

describe('LAYER_KINDS', () => {
  it('LAYER_KINDS covers every kind the scene schema allows, and the schema allows every scene kind it lists', () => {
    const allowed = schemaKinds();
    expect(allowed.sort()).toEqual([...SCENE_LAYER_KINDS].sort());
    for (const kind of ['ilrs-partners', 'moon-inset', 'flows', 'lines', 'areas']) expect(allowed).toContain(kind);
  });

  it('LAYER_KINDS names each kind once, countries and labels among them', () => {
    const names = LAYER_KINDS.map((k) => k.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['countries', 'ilrs-partners', 'flows', 'lines', 'areas', 'labels', 'moon-inset']));
  });

  it('LAYER_KINDS gives every kind a scene lists a way to resolve a step', () => {
    for (const kind of LAYER_KINDS.filter((k) => k.sceneLayer)) expect(kind.resolve, kind.name).toBeTypeOf('function');
  });

  it('TEXT_ORDER lists every kind that has text, each once, and only kinds of the registry', () => {
    expect(new Set(TEXT_ORDER).size).toBe(TEXT_ORDER.length);
    for (const kind of TEXT_ORDER) expect(LAYER_KINDS).toContain(kind);
    for (const kind of LAYER_KINDS.filter((k) => k.text)) expect(TEXT_ORDER.map((k) => k.name)).toContain(kind.name);
  });

  it('LAYER_DRAWINGS draws kinds of the registry, each once', () => {
    const names = LAYER_DRAWINGS.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(LAYER_KINDS.map((k) => k.name)).toContain(name);
  });
});

describe('kindCollections', () => {
  // content.config.ts imports astro:content, which only Astro resolves: the test reads it, and runs its builder.
  const config = readFileSync('src/content.config.ts', 'utf8');

  it('kindCollections(LAYER_KINDS) defines a collection for each kind\'s data file, under the names the content always had', () => {
    const collections = kindCollections(LAYER_KINDS, (d) => d);
    expect(Object.keys(collections).sort()).toEqual(['countryGroups', 'flows', 'ilrsPartners']);
    for (const [name, d] of Object.entries(collections)) {
      expect(d.collection).toBe(name);
      expect(existsSync(d.file), d.file).toBe(true);
    }
  });

  it('content.config.ts defines the kinds\' collections from the registry and names none of their files by hand', () => {
    expect(config).toMatch(/\.\.\.kindCollections\(LAYER_KINDS, /);
    for (const d of kindDataFiles(LAYER_KINDS)) expect(config).not.toContain(d.file);
  });

  it('every entry of each kind\'s data file passes its schema, and its sources are source ids', () => {
    const sourceIds = new Set(Object.keys(parse(readFileSync('content/sources.yaml', 'utf8')) as object));
    for (const d of kindDataFiles(LAYER_KINDS)) {
      const entries = Object.entries(parse(readFileSync(d.file, 'utf8')) as Record<string, unknown>);
      expect(entries.length, d.file).toBeGreaterThan(0);
      for (const [id, data] of entries) {
        const parsed = d.schema.safeParse(data);
        expect([d.file, id, parsed.success]).toEqual([d.file, id, true]);
        for (const source of d.sources?.(parsed.data) ?? []) expect([d.file, id, sourceIds.has(source)]).toEqual([d.file, id, true]);
      }
    }
  });

  it('kindDataFiles(kinds) rejects a collection two kinds declare', () => {
    expect(() => kindDataFiles([{ name: 'a', data: [flowsData as KindData] }, { name: 'b', data: [flowsData as KindData] }])).toThrow('layer kinds "a" and "b" both declare the collection "flows"');
  });
});
