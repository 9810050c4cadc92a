import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { CountriesTopology } from '../../src/lib/geo/base-map';
import { stepSchema, type Scene } from '../../src/lib/content/schemas';
import { pickedFromStep, pickedState, pickerScene, type PickerSceneJson } from '../../src/lib/picker/picked-state';
import { stepYaml } from '../../src/lib/picker/step-yaml';
import { countryGroupsData } from '../../src/lib/layers/countries';
import { fileEntries, kindData } from './fixtures';

const STEPS = 'content/steps';
const readStep = (text: string) => stepSchema.parse(parseFrontmatter(text).frontmatter);

const scene: Scene = {
  title: 'World',
  projection: 'naturalEarth1',
  base: 'countries-110m',
  layers: [],
  legend: [{ role: 'founder', label: 'Founders: {countries}' }],
  credits: ['Natural Earth'],
};
const json: PickerSceneJson = {
  id: 'world',
  scene,
  storyAsOf: '2021-03-26',
  topology: countries110m as unknown as CountriesTopology,
  layers: {},
  borderAreas: [],
  bordersKey: 'Disputed (hatched)',
  places: { anchorage: { name: 'Anchorage', at: [-149.9, 61.2] } },
  countryLabelPoints: { '156': { name: 'China', at: [103, 35] } },
  kindData: Object.fromEntries(kindData({ groups: fileEntries(countryGroupsData, [['pair', { name: 'The pair', members: ['156', '643'], sources: ['x'] }]]) })),
  steps: [],
};

describe('pickedFromStep', () => {
  it('pickedFromStep(every story step) is written as YAML that reads back as the step’s map fields', () => {
    const files = readdirSync(STEPS).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const step = readStep(readFileSync(`${STEPS}/${file}`, 'utf8'));
      const back = readStep(`---\n${stepYaml(pickedFromStep(step))}---\n`);
      const fields = ['scene', 'view', 'asOf', 'layers', 'highlight', 'labels', 'description'] as const;
      for (const field of fields) expect([file, back[field]]).toEqual([file, step[field]]);
    }
  });
});

describe('pickedState', () => {
  it('pickedState(scene, step) resolves roles, groups, labels and the key as the build does, and says what the build would of the key', () => {
    const picker = pickerScene(json);
    const step = stepSchema.parse({
      scene: 'world',
      view: { fit: ['156'] },
      highlight: [{ group: 'pair', role: 'founder' }, { country: '840', role: 'counterpart' }],
      labels: [{ country: '156' }, { place: 'anchorage', text: 'Talks' }],
      description: 'China and Russia.',
    });
    const { state, problems } = pickedState(picker, step, 'content/steps/010-x.md');
    expect(state.roles).toEqual([['156', 'founder'], ['643', 'founder'], ['840', 'counterpart']]);
    expect(state.labels.map((l) => [l.id, l.text, l.dot])).toEqual([['country-156', 'China', false], ['place-anchorage', 'Talks', true]]);
    expect(state.description).toBe('China and Russia.');
    expect(picker.byId.get('156')?.properties.name).toBe('China');
    expect(state.key.map((k) => k.label)).toEqual(['Founders: The pair']);
    expect(problems).toEqual([
      'content/scenes/world.yaml: legend: step "picked" draws countries as "counterpart", which the key does not explain; add `- role: counterpart` with a label',
    ]);
  });
});
