import { describe, expect, it } from 'vitest';
import { SCENE_LAYER_KINDS, sceneLayerSchema } from '../../src/lib/content/schemas';
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
