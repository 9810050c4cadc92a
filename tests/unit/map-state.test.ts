import { describe, expect, it } from 'vitest';
import { countryGroupsData } from '../../src/lib/layers/countries';
import { energyWidth, flowsData, SANCTIONS_WIDTH } from '../../src/lib/layers/flows';
import { ilrsPartnersData } from '../../src/lib/layers/ilrs-partners';
import { resolveMapState, type StateContext } from '../../src/lib/state/map-state';
import type { CountryGroup, Flow, IlrsPartner, Scene, Step } from '../../src/lib/content/schemas';
import { fileEntries, kindData } from './fixtures';

function partner(country: string, name: string, role: IlrsPartner['role'], signed: string | null, listed?: string): IlrsPartner {
  return { country, name, role, signed, ...(listed ? { listed } : {}), agreement: 'MoU', capital: [Number(country) / 10, 10], sources: ['s'] };
}

const china = partner('156', 'China', 'founder', '2021-03-09');
const russia = partner('643', 'Russia', 'founder', '2021-03-09');
const venezuela = partner('862', 'Venezuela', 'partner', '2023-07-17');
const pakistan = partner('586', 'Pakistan', 'partner', '2024-05');
const bolivia = partner('068', 'Bolivia', 'partner', null, '2025-04-29');
const partners = [china, russia, venezuela, pakistan, bolivia];

const scene: Scene = {
  title: 'Lunar partners',
  projection: 'equalEarth',
  base: 'countries-110m',
  layers: [
    { id: 'partners', kind: 'ilrs-partners', title: 'ILRS members', fade: false },
    { id: 'moon', kind: 'moon-inset', title: "Planned site: the Moon's south pole", fade: false },
    { id: 'arrows', kind: 'flows', title: 'Sanctions and energy', fade: false },
    { id: 'lac', kind: 'lines', data: 'line-of-actual-control', title: 'Line of Actual Control', fade: false },
    { id: 'routes', kind: 'lines', data: 'pipelines', title: 'Pipelines', fade: true },
    { id: 'disputed', kind: 'areas', data: 'disputed-areas', title: 'Disputed areas', fade: false },
  ],
  legend: [],
  credits: ['Natural Earth'],
};

function flow(from: string, to: string, kind: Flow['kind'], label: string, extra: Partial<Flow> = {}): Flow {
  return { from, to, kind, label, measures: [{ date: '2021-03-22', text: 'A measure', sources: ['s'] }], ...extra };
}

const volume = (mtoe: number) => ({ amount: `${mtoe} Mt`, year: '2020', mtoe });

const flows = new Map<string, Flow>([
  ['us-ru', flow('washington', 'moscow', 'sanctions', 'US sanctions on Russia')],
  ['cn-eu', flow('beijing', 'brussels', 'counter-sanctions', "China's counter-sanctions")],
  ['crude', flow('moscow', 'beijing', 'energy', 'Crude oil', { volume: volume(80) })],
  ['gas', flow('moscow', 'beijing', 'energy', 'Power of Siberia', { volume: volume(4), route: { data: 'pipelines', feature: 'pos1' } })],
]);

const nato: CountryGroup = { name: 'NATO', members: ['840', '250', '276'], sources: ['s'] };

const at = (lon: number, lat: number): [number, number] => [lon, lat];

const context: StateContext = {
  scene,
  storyAsOf: '2021-03-12',
  places: new Map([
    ['shackleton', { name: 'Shackleton crater', at: at(0, -89.9) }],
    ['washington', { name: 'Washington', at: at(-77, 38.9) }],
    ['moscow', { name: 'Moscow', at: at(37.6, 55.8) }],
    ['beijing', { name: 'Beijing', at: at(116.4, 39.9) }],
    ['brussels', { name: 'Brussels', at: at(4.4, 50.8) }],
  ]),
  countryLabelPoints: new Map([['156', { name: 'China', at: at(103.8, 36.6) }]]),
  kindData: kindData({
    partners: fileEntries(ilrsPartnersData, partners.map((p) => [p.country, p])),
    flows: fileEntries(flowsData, flows),
    groups: fileEntries(countryGroupsData, [['nato-2021', nato]]),
  }),
};

function step(overrides: Partial<Step> = {}): Step {
  return {
    scene: 'lunar',
    view: { fit: ['156', '643'] },
    highlight: [],
    layers: [],
    labels: [],
    description: 'China and Russia are shaded.',
    since: [],
    key: [],
    sources: [],
    ...overrides,
  };
}

/** Step layers as the schema leaves them: `{ id }`, or `{ id, show }`. */
const layers = (...ids: string[]) => ids.map((id) => ({ id }));

describe('resolveMapState', () => {
  it('resolveMapState(step) copies the step, scene projection, view and description', () => {
    const s = step({ view: { bounds: [[0, 0], [10, 10]], meridian: 5 } });
    const state = resolveMapState('intro', s, undefined, context);
    expect(state).toEqual({
      step: 'intro',
      scene: 'lunar',
      projection: 'equalEarth',
      view: { bounds: [[0, 0], [10, 10]], meridian: 5 },
      roles: [],
      markers: [],
      labels: [],
      flows: [],
      lines: [],
      areas: [],
      moonInset: null,
      description: 'China and Russia are shaded.',
      asOf: '2021-03-12',
      since: false,
      borderAreas: [],
      key: [],
    });
  });

  it('resolveMapState(step with an asOf after the story\'s) frames the map "Since then", as of that day', () => {
    const state = resolveMapState('later', step({ layers: layers('partners'), asOf: '2023-12-31' }), undefined, context);
    expect([state.asOf, state.since]).toEqual(['2023-12-31', true]);
  });

  it('resolveMapState(step with an asOf on or before the story\'s) is not "Since then"', () => {
    expect(resolveMapState('then', step({ layers: layers('partners'), asOf: '2021-03-09' }), undefined, context).since).toBe(false);
    expect(resolveMapState('then', step({ asOf: '2021-03-12' }), undefined, context).since).toBe(false);
  });

  it('resolveMapState(step with ilrs-partners) draws partners as founder, partner or listed', () => {
    const state = resolveMapState('all', step({ layers: layers('partners'), asOf: '2025-04-29' }), undefined, context);
    expect(state.roles).toEqual([['156', 'founder'], ['643', 'founder'], ['862', 'partner'], ['586', 'partner'], ['068', 'listed']]);
  });

  it('resolveMapState(step with ilrs-partners) puts a dated marker at each capital', () => {
    const state = resolveMapState('all', step({ layers: layers('partners'), asOf: '2025-04-29' }), undefined, context);
    expect(state.markers.find((m) => m.id === '862')).toEqual({
      id: '862', at: [86.2, 10], role: 'partner', label: 'Venezuela', note: '17 Jul 2023', fresh: true,
    });
    expect(state.markers.find((m) => m.id === '586')?.note).toBe('May 2024');
    expect(state.markers.find((m) => m.id === '068')?.note).toMatch(/^listed 29 Apr 2025\b/);
  });

  it('resolveMapState(step, previous step of the same scene) marks only partners new since then as fresh', () => {
    const previous = step({ layers: layers('partners'), asOf: '2021-03-09' });
    const state = resolveMapState('venezuela', step({ layers: layers('partners'), asOf: '2023-07-17' }), previous, context);
    expect(state.markers.map((m) => [m.id, m.fresh])).toEqual([['156', false], ['643', false], ['862', true]]);
  });

  it('resolveMapState(step, previous step of another scene) marks every partner as fresh', () => {
    const previous = step({ scene: 'world', asOf: '2021-03-09' });
    const state = resolveMapState('venezuela', step({ layers: layers('partners'), asOf: '2023-07-17' }), previous, context);
    expect(state.markers.every((m) => m.fresh)).toBe(true);
  });

  it('resolveMapState(step, no previous step) marks every partner as fresh', () => {
    const state = resolveMapState('first', step({ layers: layers('partners'), asOf: '2021-03-09' }), undefined, context);
    expect(state.markers.map((m) => m.fresh)).toEqual([true, true]);
  });

  it('resolveMapState(step with highlight) lets the highlight override a partner role', () => {
    const s = step({ layers: layers('partners'), asOf: '2021-03-09', highlight: [{ country: '156', role: 'focus' }, { country: '840', role: 'counterpart' }] });
    const state = resolveMapState('h', s, undefined, context);
    expect(state.roles).toEqual([['156', 'focus'], ['643', 'founder'], ['840', 'counterpart']]);
  });

  it('resolveMapState(step with a group highlight) gives every member the role', () => {
    const state = resolveMapState('nato', step({ highlight: [{ group: 'nato-2021', role: 'member' }] }), undefined, context);
    expect(state.roles).toEqual([['840', 'member'], ['250', 'member'], ['276', 'member']]);
  });

  it('resolveMapState(step with a group and a country highlight) lets the later one win', () => {
    const s = step({ highlight: [{ group: 'nato-2021', role: 'member' }, { country: '840', role: 'counterpart' }] });
    expect(resolveMapState('nato', s, undefined, context).roles).toEqual([['840', 'counterpart'], ['250', 'member'], ['276', 'member']]);
  });

  it('resolveMapState(step with unknown group) throws naming the step and group', () => {
    const s = step({ highlight: [{ group: 'warsaw-pact', role: 'member' }] });
    expect(() => resolveMapState('g', s, undefined, context)).toThrow('step "g": unknown country group "warsaw-pact"');
  });

  it('resolveMapState(step with ilrs-partners but no asOf) throws naming the step', () => {
    expect(() => resolveMapState('nodate', step({ layers: layers('partners') }), undefined, context)).toThrow('step "nodate": the ilrs-partners layer needs an `asOf` date');
  });

  it('resolveMapState(step with unknown layer) throws naming the step, layer and scene', () => {
    expect(() => resolveMapState('u', step({ layers: layers('tiles') }), undefined, context)).toThrow('step "u": unknown layer "tiles" in scene "lunar"');
  });

  it('resolveMapState(step with labels) resolves country labels (no dot) and place labels (with a dot), with text overrides', () => {
    const s = step({ labels: [{ country: '156' }, { place: 'shackleton' }, { country: '156', text: 'PRC' }, { place: 'shackleton', text: 'Site' }] });
    expect(resolveMapState('l', s, undefined, context).labels).toEqual([
      { id: 'country-156', at: [103.8, 36.6], text: 'China', dot: false },
      { id: 'place-shackleton', at: [0, -89.9], text: 'Shackleton crater', dot: true },
      { id: 'country-156', at: [103.8, 36.6], text: 'PRC', dot: false },
      { id: 'place-shackleton', at: [0, -89.9], text: 'Site', dot: true },
    ]);
  });

  it('resolveMapState(step with unknown place label) throws naming the step and place', () => {
    expect(() => resolveMapState('p', step({ labels: [{ place: 'atlantis' }] }), undefined, context)).toThrow('step "p": unknown place "atlantis"');
  });

  it('resolveMapState(step labelling a country without a label point) throws', () => {
    expect(() => resolveMapState('c', step({ labels: [{ country: '643' }] }), undefined, context)).toThrow('step "c": no label point for country "643"');
  });

  it('resolveMapState(step with moon-inset layer) captions the inset with the layer title', () => {
    expect(resolveMapState('m', step({ layers: layers('moon') }), undefined, context).moonInset).toBe("Planned site: the Moon's south pole");
    expect(resolveMapState('m', step({ layers: layers('arrows') }), undefined, context).moonInset).toBeNull();
  });

  it('resolveMapState(step with a flows layer) draws every flow between its places', () => {
    const state = resolveMapState('f', step({ layers: layers('arrows') }), undefined, context);
    expect(state.flows.map((f) => f.id)).toEqual(['us-ru', 'cn-eu', 'crude', 'gas']);
    expect(state.flows[0]).toEqual({
      id: 'us-ru', kind: 'sanctions', label: 'US sanctions on Russia', from: [-77, 38.9], to: [37.6, 55.8], width: SANCTIONS_WIDTH, schematic: true,
    });
    expect(state.flows[1]).toMatchObject({ id: 'cn-eu', kind: 'counter-sanctions', from: [116.4, 39.9], to: [4.4, 50.8], width: SANCTIONS_WIDTH });
  });

  it('resolveMapState(step with energy flows) draws them to scale, 80 : 4 Mtoe as 20 : 1', () => {
    const state = resolveMapState('f', step({ layers: layers('arrows') }), undefined, context);
    expect(state.flows.find((f) => f.id === 'crude')?.width).toBe(energyWidth(80));
    expect(state.flows.find((f) => f.id === 'gas')?.width).toBe(energyWidth(4));
    expect(energyWidth(80) / energyWidth(4)).toBe(80 / 4);
  });

  it('resolveMapState(step showing one energy flow) draws it at the same scale', () => {
    const state = resolveMapState('f', step({ layers: [{ id: 'arrows', show: ['gas'] }] }), undefined, context);
    expect(state.flows.map((f) => [f.id, f.width])).toEqual([['gas', energyWidth(4)]]);
  });

  it('resolveMapState(step with a route flow) keeps the route; an arrow between places is schematic', () => {
    const state = resolveMapState('f', step({ layers: layers('arrows') }), undefined, context);
    expect(state.flows.find((f) => f.id === 'gas')).toMatchObject({ route: { data: 'pipelines', feature: 'pos1' }, schematic: false });
    expect(state.flows.find((f) => f.id === 'crude')).not.toHaveProperty('route');
    expect(state.flows.find((f) => f.id === 'crude')?.schematic).toBe(true);
  });

  it('resolveMapState(step with a flows layer and `show`) draws only those flows, in that order', () => {
    const state = resolveMapState('f', step({ layers: [{ id: 'arrows', show: ['crude', 'us-ru'] }] }), undefined, context);
    expect(state.flows.map((f) => f.id)).toEqual(['crude', 'us-ru']);
  });

  it('resolveMapState(step showing an unknown flow) throws naming the step and flow', () => {
    expect(() => resolveMapState('f', step({ layers: [{ id: 'arrows', show: ['nope'] }] }), undefined, context)).toThrow('step "f": unknown flow "nope"');
  });

  it('resolveMapState(flow from or to an unknown place) throws naming the flow and place', () => {
    const withBad = (bad: Flow) => ({ ...context, kindData: kindData({ flows: fileEntries(flowsData, [['bad', bad]]) }) });
    const s = step({ layers: layers('arrows') });
    expect(() => resolveMapState('f', s, undefined, withBad(flow('atlantis', 'moscow', 'sanctions', 'X')))).toThrow('flow "bad": unknown place "atlantis"');
    expect(() => resolveMapState('f', s, undefined, withBad(flow('moscow', 'lemuria', 'sanctions', 'X')))).toThrow('flow "bad": unknown place "lemuria"');
  });

  it('resolveMapState(step with lines and areas layers) lists their geodata layers, all features shown', () => {
    const state = resolveMapState('b', step({ layers: layers('lac', 'routes', 'disputed') }), undefined, context);
    expect(state.lines).toEqual([
      { layer: 'lac', data: 'line-of-actual-control', show: null, fade: false },
      { layer: 'routes', data: 'pipelines', show: null, fade: true },
    ]);
    expect(state.areas).toEqual([{ layer: 'disputed', data: 'disputed-areas', show: null, fade: false }]);
  });

  it('resolveMapState(step with lines and areas layers and `show`) keeps the feature ids to show', () => {
    const s = step({ layers: [{ id: 'routes', show: ['ns2'] }, { id: 'disputed', show: ['aksai-chin', 'arunachal'] }] });
    const state = resolveMapState('b', s, undefined, context);
    expect(state.lines).toEqual([{ layer: 'routes', data: 'pipelines', show: ['ns2'], fade: true }]);
    expect(state.areas).toEqual([{ layer: 'disputed', data: 'disputed-areas', show: ['aksai-chin', 'arunachal'], fade: false }]);
  });
});
