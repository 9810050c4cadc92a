import { describe, expect, it } from 'vitest';
import { partnersAsOf, resolveMapState, type StateContext } from '../../src/lib/map-state';
import type { IlrsPartner, Scene, Step } from '../../src/lib/schemas';

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
    { id: 'partners', kind: 'ilrs-partners', title: 'ILRS members' },
    { id: 'moon', kind: 'moon-inset', title: "Planned site: the Moon's south pole" },
    { id: 'places', kind: 'places', title: 'Places' },
  ],
  legend: [],
  credits: ['Natural Earth'],
};

const context: StateContext = {
  scene,
  partners,
  places: new Map([['shackleton', { name: 'Shackleton crater', at: [0, -89.9] as [number, number] }]]),
  countryLabelPoints: new Map([['156', { name: 'China', at: [103.8, 36.6] as [number, number] }]]),
};

function step(overrides: Partial<Step> = {}): Step {
  return {
    scene: 'lunar',
    view: { fit: ['156', '643'] },
    highlight: [],
    layers: [],
    labels: [],
    description: 'China and Russia are shaded.',
    sources: [],
    ...overrides,
  };
}

const ids = (list: IlrsPartner[]) => list.map((p) => p.name);

describe('partnersAsOf', () => {
  it('partnersAsOf(partners, day) keeps those signed on or before the day', () => {
    expect(ids(partnersAsOf(partners, '2021-03-08'))).toEqual([]);
    expect(ids(partnersAsOf(partners, '2021-03-09'))).toEqual(['China', 'Russia']);
    expect(ids(partnersAsOf(partners, '2023-07-16'))).toEqual(['China', 'Russia']);
    expect(ids(partnersAsOf(partners, '2023-07-17'))).toEqual(['China', 'Russia', 'Venezuela']);
  });

  it('partnersAsOf(partners, day) counts a month-precision signing from the month\'s first day', () => {
    expect(ids(partnersAsOf(partners, '2024-04-30'))).not.toContain('Pakistan');
    expect(ids(partnersAsOf(partners, '2024-05-31'))).toContain('Pakistan');
  });

  it('partnersAsOf(partners, month or year) reads asOf as its last day', () => {
    expect(ids(partnersAsOf(partners, '2024-05'))).toContain('Pakistan');
    expect(ids(partnersAsOf(partners, '2023'))).toEqual(['China', 'Russia', 'Venezuela']);
  });

  it('partnersAsOf(partners, day) uses `listed` for a partner whose `signed` is null', () => {
    expect(ids(partnersAsOf(partners, '2025-04-28'))).not.toContain('Bolivia');
    expect(ids(partnersAsOf(partners, '2025-04-29'))).toContain('Bolivia');
  });

  it('partnersAsOf(partners, impossible date) throws naming asOf', () => {
    expect(() => partnersAsOf(partners, '2021-02-30')).toThrow('asOf: not a content date: "2021-02-30"');
  });
});

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
      moonInset: null,
      description: 'China and Russia are shaded.',
    });
  });

  it('resolveMapState(step with ilrs-partners) draws partners as founder, partner or listed', () => {
    const state = resolveMapState('all', step({ layers: ['partners'], asOf: '2025-04-29' }), undefined, context);
    expect(state.roles).toEqual([['156', 'founder'], ['643', 'founder'], ['862', 'partner'], ['586', 'partner'], ['068', 'listed']]);
  });

  it('resolveMapState(step with ilrs-partners) puts a dated marker at each capital', () => {
    const state = resolveMapState('all', step({ layers: ['partners'], asOf: '2025-04-29' }), undefined, context);
    expect(state.markers.find((m) => m.id === '862')).toEqual({
      id: '862', at: [86.2, 10], role: 'partner', label: 'Venezuela', note: '17 Jul 2023', fresh: true,
    });
    expect(state.markers.find((m) => m.id === '586')?.note).toBe('May 2024');
    expect(state.markers.find((m) => m.id === '068')?.note).toMatch(/^listed 29 Apr 2025\b/);
  });

  it('resolveMapState(step, previous step of the same scene) marks only partners new since then as fresh', () => {
    const previous = step({ layers: ['partners'], asOf: '2021-03-09' });
    const state = resolveMapState('venezuela', step({ layers: ['partners'], asOf: '2023-07-17' }), previous, context);
    expect(state.markers.map((m) => [m.id, m.fresh])).toEqual([['156', false], ['643', false], ['862', true]]);
  });

  it('resolveMapState(step, previous step of another scene) marks every partner as fresh', () => {
    const previous = step({ scene: 'world', asOf: '2021-03-09' });
    const state = resolveMapState('venezuela', step({ layers: ['partners'], asOf: '2023-07-17' }), previous, context);
    expect(state.markers.every((m) => m.fresh)).toBe(true);
  });

  it('resolveMapState(step, no previous step) marks every partner as fresh', () => {
    const state = resolveMapState('first', step({ layers: ['partners'], asOf: '2021-03-09' }), undefined, context);
    expect(state.markers.map((m) => m.fresh)).toEqual([true, true]);
  });

  it('resolveMapState(step with highlight) lets the highlight override a partner role', () => {
    const s = step({ layers: ['partners'], asOf: '2021-03-09', highlight: [{ country: '156', role: 'focus' }, { country: '840', role: 'counterpart' }] });
    const state = resolveMapState('h', s, undefined, context);
    expect(state.roles).toEqual([['156', 'focus'], ['643', 'founder'], ['840', 'counterpart']]);
  });

  it('resolveMapState(step with ilrs-partners but no asOf) throws naming the step', () => {
    expect(() => resolveMapState('nodate', step({ layers: ['partners'] }), undefined, context)).toThrow('step "nodate": the ilrs-partners layer needs an `asOf` date');
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
    expect(resolveMapState('m', step({ layers: ['moon'] }), undefined, context).moonInset).toBe("Planned site: the Moon's south pole");
    expect(resolveMapState('m', step({ layers: ['places'] }), undefined, context).moonInset).toBeNull();
  });
});
