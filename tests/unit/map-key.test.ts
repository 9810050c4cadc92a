import { describe, expect, it } from 'vitest';
import { entryKey, keyProblems, listNames, resolveKey, shownKeys, unusedLegendEntries, type FeatureClasses, type KeyContext } from '../../src/lib/state/map-key';
import { energyWidth } from '../../src/lib/layers/flows';
import type { MapState } from '../../src/lib/state/map-state';
import type { LegendEntry } from '../../src/lib/content/schemas';
import { countryGroupsData } from '../../src/lib/layers/countries';
import { fileEntries, kindData, mapState } from './fixtures';

const NAMES: Record<string, string> = { '156': 'China', '643': 'Russia', '840': 'United States of America', '250': 'France' };
const borders: LegendEntry = { style: 'area:borders', label: 'Disputed or occupied area (hatched)' };
const legend: LegendEntry[] = [
  { role: 'focus', label: '{countries}' },
  { role: 'counterpart', label: '{countries}' },
  { role: 'member', label: '{countries}' },
  { style: 'flow:sanctions', label: 'Sanctions (solid arrow, schematic)' },
  { style: 'flow:energy', label: 'Energy, to scale', sizes: [4, 80], unit: 'Mt a year' },
  { style: 'line:claims:indian-claim', label: 'India’s claim (dashed)' },
  { style: 'line:lac', label: 'Line of Actual Control (approximate)' },
];

function context(step: Partial<KeyContext['step']> = {}, sceneLegend = legend): KeyContext {
  return {
    scene: { legend: sceneLegend },
    step: { highlight: [], key: [], ...step },
    countryName: (code) => NAMES[code] ?? code,
    kindData: kindData({ groups: fileEntries(countryGroupsData, [['nato', { name: 'NATO’s 30 members, March 2021', members: ['840', '250'], sources: ['s'] }]]) }),
    borders,
  };
}

const noClasses = (_data: string) => new Map<string, string | undefined>();
const claimClasses = (data: string) =>
  new Map<string, string | undefined>(data === 'claim-lines' ? [['aksai-chin', 'indian-claim'], ['arunachal', 'chinese-claim']] : []);

const sanctions = (overrides: Partial<MapState['flows'][number]> = {}) => ({
  id: 'us-cn', kind: 'sanctions' as const, label: 'US on China', from: [0, 0] as [number, number], to: [1, 1] as [number, number], width: 2, schematic: true, ...overrides,
});

describe('listNames', () => {
  it('listNames(names) joins one, two and more names as a sentence would', () => {
    expect([listNames(['China']), listNames(['China', 'Russia']), listNames(['A', 'B', 'C'])]).toEqual(['China', 'China and Russia', 'A, B and C']);
  });
});

describe('shownKeys', () => {
  it('shownKeys(state) lists the roles of countries and markers, and the styles of flows, lines and areas, with their classes', () => {
    const state = mapState({
      roles: [['156', 'focus']],
      markers: [{ id: '862', at: [0, 0], role: 'partner', label: 'Venezuela', fresh: true }],
      flows: [sanctions()],
      lines: [{ layer: 'claims', data: 'claim-lines', show: ['aksai-chin'], fade: false }],
    });
    expect(shownKeys(state, claimClasses)).toEqual({ roles: ['focus', 'partner'], styles: ['flow:sanctions', 'line:claims', 'line:claims:indian-claim'] });
  });
});

describe('resolveKey', () => {
  it('resolveKey(state) names the countries drawn in each role at this step: "China and Russia" at one, "China" at another', () => {
    const both = mapState({ roles: [['156', 'focus'], ['643', 'focus']] });
    const one = mapState({ roles: [['156', 'focus']] });
    const step = (codes: string[]) => context({ highlight: codes.map((country) => ({ country, role: 'focus' as const })) });
    expect(resolveKey(both, shownKeys(both, noClasses), step(['156', '643']))).toEqual([{ key: 'role:focus', role: 'focus', label: 'China and Russia' }]);
    expect(resolveKey(one, shownKeys(one, noClasses), step(['156']))[0].label).toBe('China');
  });

  it('resolveKey(state with a group in a role) names the group, not its members', () => {
    const state = mapState({ roles: [['840', 'member'], ['250', 'member']] });
    const key = resolveKey(state, shownKeys(state, noClasses), context({ highlight: [{ group: 'nato', role: 'member' }] }));
    expect(key.map((e) => e.label)).toEqual(['NATO’s 30 members, March 2021']);
  });

  it('resolveKey(state) lists only what the map shows, in the legend\'s order, the hatching last', () => {
    const state = mapState({
      roles: [['840', 'counterpart'], ['156', 'focus']],
      flows: [sanctions()],
      areas: [{ layer: 'borders', data: 'borders', show: ['crimea'], fade: false }],
    });
    const key = resolveKey(state, shownKeys(state, noClasses), context({ highlight: [{ country: '840', role: 'counterpart' }, { country: '156', role: 'focus' }] }));
    expect(key.map((e) => e.key)).toEqual(['role:focus', 'role:counterpart', 'style:flow:sanctions', 'style:area:borders']);
  });

  it('resolveKey(state, step with its own key entry) uses the step\'s words for that entry', () => {
    const state = mapState({ roles: [['840', 'counterpart']] });
    const own = context({ highlight: [{ country: '840', role: 'counterpart' }], key: [{ role: 'counterpart', label: 'The United States alone' }] });
    expect(resolveKey(state, shownKeys(state, noClasses), own)[0].label).toBe('The United States alone');
  });

  it('resolveKey(state with energy flows) gives the reference sizes at the map\'s scale, with their unit', () => {
    const state = mapState({ flows: [sanctions({ id: 'crude', kind: 'energy', width: energyWidth(80) })] });
    expect(resolveKey(state, shownKeys(state, noClasses), context())).toEqual([
      { key: 'style:flow:energy', style: 'flow:energy', label: 'Energy, to scale', sizes: [{ value: 4, width: energyWidth(4) }, { value: 80, width: energyWidth(80) }], unit: 'Mt a year' },
    ]);
  });
});

describe('keyProblems', () => {
  const files = { step: 'content/steps/010-a.md', scene: 'content/scenes/s.yaml' };
  const problems = (state: MapState, ctx: KeyContext, classes: FeatureClasses = noClasses) => keyProblems(state, shownKeys(state, classes), ctx, files);

  it('keyProblems(state the key explains) is empty', () => {
    const state = mapState({ roles: [['156', 'focus']], flows: [sanctions()], lines: [{ layer: 'lac', data: 'lac', show: null, fade: false }] });
    expect(problems(state, context())).toEqual([]);
  });

  it('keyProblems(role without a key entry) names the scene\'s legend and the role', () => {
    const state = mapState({ roles: [['156', 'transit']] });
    expect(problems(state, context())).toEqual([
      'content/scenes/s.yaml: legend: step "step" draws countries as "transit", which the key does not explain; add `- role: transit` with a label',
    ]);
  });

  it('keyProblems(class of a line without an entry for it or its layer) names the style', () => {
    const state = mapState({ lines: [{ layer: 'claims', data: 'claim-lines', show: null, fade: false }] });
    expect(problems(state, context(), claimClasses)).toEqual([
      'content/scenes/s.yaml: legend: step "step" draws line:claims:chinese-claim, which the key does not explain; add `- style: line:claims:chinese-claim` with a label',
    ]);
  });

  it('keyProblems(step key entry for something the map does not show) names `key[i]`', () => {
    const state = mapState({ roles: [['156', 'focus']] });
    expect(problems(state, context({ key: [{ role: 'member', label: 'NATO' }] }))).toEqual([
      'content/steps/010-a.md: key[0]: the map at this step does not show countries as "member"; remove the entry, or show what it explains',
    ]);
  });

  it('keyProblems(arrows between places whose key does not call them schematic) names the flow entry', () => {
    const state = mapState({ flows: [sanctions()] });
    const plain = [...legend.filter((e) => e.style !== 'flow:sanctions'), { style: 'flow:sanctions', label: 'Sanctions' }];
    expect(problems(state, context({}, plain))).toEqual([
      'content/scenes/s.yaml: legend: the "flow:sanctions" entry must say the arrows are schematic: step "step" draws them between places, not along their routes',
    ]);
  });

  it('keyProblems(energy flows whose key gives no reference sizes) asks for them, or for "not to scale"', () => {
    const state = mapState({ flows: [sanctions({ id: 'gas', kind: 'energy', schematic: false })] });
    const unsized = (label: string) => [...legend.filter((e) => e.style !== 'flow:energy'), { style: 'flow:energy', label }];
    expect(problems(state, context({}, unsized('Energy (width: volume)')))).toEqual([
      'content/scenes/s.yaml: legend: the "flow:energy" entry: energy flows are drawn to scale, so give reference `sizes` and their `unit` (or say "not to scale" in the label)',
    ]);
    expect(problems(state, context({}, unsized('Energy, not to scale')))).toEqual([]);
  });
});

describe('unusedLegendEntries', () => {
  it('unusedLegendEntries(scene, what its steps show) names each entry no step draws', () => {
    const shown = [{ roles: ['focus' as const], styles: ['flow:sanctions', 'line:lac'] }];
    expect(unusedLegendEntries({ legend }, shown, 'content/scenes/s.yaml')).toEqual([
      'content/scenes/s.yaml: legend[1]: no step of the scene draws countries as "counterpart"; remove the entry',
      'content/scenes/s.yaml: legend[2]: no step of the scene draws countries as "member"; remove the entry',
      'content/scenes/s.yaml: legend[4]: no step of the scene draws flow:energy; remove the entry',
      'content/scenes/s.yaml: legend[5]: no step of the scene draws line:claims:indian-claim; remove the entry',
    ]);
    expect(entryKey(legend[0])).toBe('role:focus');
  });
});
