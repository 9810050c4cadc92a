import { describe, expect, it } from 'vitest';
import type { Flow, IlrsPartner, Step } from '../../src/lib/content/schemas';
import { areas } from '../../src/lib/layers/areas';
import { countries, countryGroupsData } from '../../src/lib/layers/countries';
import { energyWidth, flows, flowsData, MTOE_PER_PX } from '../../src/lib/layers/flows';
import { ilrsPartners, ilrsPartnersData, ilrsPartnersDrawing, partnersAsOf } from '../../src/lib/layers/ilrs-partners';
import type { OverlayDraft } from '../../src/lib/layers/layer-drawing';
import { labels } from '../../src/lib/layers/labels';
import { textFacts, type DownloadContext, type TextContext } from '../../src/lib/layers/layer-kind';
import { lines } from '../../src/lib/layers/lines';
import { fileEntries, kindData, mapState } from './fixtures';
import type { MapState } from '../../src/lib/state/map-state';

const china: IlrsPartner = {
  country: '156', name: 'China', role: 'founder', signed: '2021-03-09', agreement: 'MoU', capital: [116.4, 39.9], sources: ['tass'],
};
const usRu: Flow = {
  from: 'washington', to: 'moscow', kind: 'sanctions', label: 'US sanctions on Russia',
  measures: [
    { date: '2022-02-24', text: 'Later package', sources: ['treasury-2022'] },
    { date: '2021-03-02', text: 'Navalny sanctions', sources: ['treasury-2021'] },
  ],
};

function state(overrides: Partial<MapState> = {}): MapState {
  return {
    step: 'intro', scene: 'lunar', projection: 'equalEarth', view: { fit: ['156'] }, roles: [], markers: [], labels: [], flows: [],
    lines: [], areas: [], moonInset: null, description: 'A map.', asOf: '2021-03-12', since: false, borderAreas: [], key: [], ...overrides,
  };
}

const step = (overrides: Partial<Step> = {}): Step => ({
  scene: 'lunar', view: { fit: ['156'] }, highlight: [], layers: [], labels: [], description: 'A map.', since: [], key: [], sources: [], ...overrides,
});

const pipeline = { type: 'LineString' as const, coordinates: [[30, 60], [14, 54]] };
const download: DownloadContext = {
  kindData: kindData({
    partners: fileEntries(ilrsPartnersData, [['china', china]]),
    flows: fileEntries(flowsData, [['us-ru', usRu]]),
    groups: fileEntries(countryGroupsData, [['nato', { name: 'NATO', members: ['840', '250'], sources: ['nato-2021'] }]]),
  }),
  places: new Map([['moscow', { name: 'Moscow', at: [37.6, 55.8], source: 'Natural Earth' }]]),
  layerFacts: new Map([['pipelines', { ns2: [{ date: '2021-09-10', text: 'Finished', sources: ['gazprom'] }] }]]),
  borderAreas: [],
  names: new Map([['840', 'United States'], ['250', 'France'], ['156', 'China']]),
  layers: { pipelines: [{ id: 'ns2', name: 'Nord Stream 2', note: 'Not in service', geometry: pipeline }] },
};
const text: TextContext = {
  storyAsOf: '2021-03-12',
  scene: undefined,
  kindData: download.kindData,
  layerFacts: download.layerFacts,
  layers: download.layers,
  borderAreas: [],
};
const shownPipelines = { layer: 'routes', data: 'pipelines', show: null, fade: true };

function partner(country: string, name: string, role: IlrsPartner['role'], signed: string | null, listed?: string): IlrsPartner {
  return { country, name, role, signed, ...(listed ? { listed } : {}), agreement: 'MoU', capital: [Number(country) / 10, 10], sources: ['s'] };
}

const partners = [
  partner('156', 'China', 'founder', '2021-03-09'),
  partner('643', 'Russia', 'founder', '2021-03-09'),
  partner('862', 'Venezuela', 'partner', '2023-07-17'),
  partner('586', 'Pakistan', 'partner', '2024-05'),
  partner('068', 'Bolivia', 'partner', null, '2025-04-29'),
];
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

describe('energyWidth', () => {
  it('energyWidth(mtoe) is the volume at the map\'s scale, MTOE_PER_PX to a pixel, to 0.01 px', () => {
    expect(energyWidth(MTOE_PER_PX)).toBe(1);
    expect(energyWidth(83.57)).toBe(20.89);
    expect(energyWidth(80) / energyWidth(4)).toBe(20);
  });

  it('energyWidth(small volume) has no minimum: a small flow is drawn as thin as it is', () => {
    expect(energyWidth(3.53)).toBe(0.88);
    expect(energyWidth(0.5)).toBe(0.13);
  });
});

describe('textFacts', () => {
  it('textFacts(facts, storyAsOf) lists what the story could know first, then what came after, marked later', () => {
    expect(textFacts(usRu.measures, '2021-03-12')).toEqual([
      { date: '2021-03-02', text: 'Navalny sanctions', later: false },
      { date: '2022-02-24', text: 'Later package', later: true },
    ]);
  });
});

describe('countries', () => {
  it('countries.csvRows(step) lists each country in a role, citing its group\'s sources, but not a partner\'s', () => {
    const s = state({ roles: [['840', 'member'], ['250', 'focus'], ['156', 'founder']], markers: [{ id: '156', at: [116.4, 39.9], role: 'founder', label: 'China', fresh: true }] });
    const data = step({ highlight: [{ group: 'nato', role: 'member' }, { country: '250', role: 'focus' }] });
    expect(countries.csvRows?.({ anchor: 'nato', state: s, data }, download)).toEqual([
      ['nato', 'country', '840', 'United States', 'member', '', '', 'nato-2021'],
      ['nato', 'country', '250', 'France', 'focus', '', '', 'nato-2021'],
    ]);
  });
});

describe('ilrsPartners', () => {
  const s = state({ markers: [{ id: '156', at: [116.4, 39.9], role: 'founder', label: 'China', note: '9 Mar 2021', fresh: true }] });

  it('ilrsPartners.text(state) is a table of the partners and their signing dates', () => {
    expect(ilrsPartners.text?.(s, text)).toEqual([
      { type: 'table', caption: 'ILRS member countries on the map', columns: ['Country', 'Signed'], rows: [['China', '9 Mar 2021']] },
    ]);
    expect(ilrsPartners.text?.(state(), text)).toEqual([]);
  });

  it('ilrsPartners.csvRows and geoJson give each partner with its capital and sources', () => {
    expect(ilrsPartners.csvRows?.({ anchor: 'mou', state: s, data: step() }, download)).toEqual([
      ['mou', 'partner', '156', 'China', 'founder', '9 Mar 2021', '116.4 39.9', 'tass'],
    ]);
    const added: unknown[] = [];
    ilrsPartners.geoJson?.(s, download, (...feature) => added.push(feature));
    expect(added).toEqual([['partner-156', { type: 'Point', coordinates: [116.4, 39.9] }, { kind: 'partner', name: 'China', role: 'founder', signed: '9 Mar 2021' }]]);
  });
});

describe('ilrsPartnersDrawing', () => {
  it('drawOverlay gives a founder\'s label its name alone to fall back on (the key dates the founding), a partner\'s none', () => {
    const draft: OverlayDraft = { flows: [], markers: [], inset: null, candidates: [], reserved: [], labelDots: new Map() };
    const state = mapState({
      markers: [
        { id: '156', at: [116, 40], role: 'founder', label: 'China', note: '9 Mar 2021', fresh: false },
        { id: '862', at: [-67, 10], role: 'partner', label: 'Venezuela', note: '17 Jul 2023', fresh: true },
      ],
    });
    const placer = { point: (at: [number, number]) => at, line: () => [] };
    ilrsPartnersDrawing.drawOverlay(draft, { state, geometry: { countries: [], layers: new Map() }, placer, size: { width: 400, height: 300 } });
    expect(draft.candidates.map((c) => [c.id, c.lines, c.short])).toEqual([
      ['156', ['China', '9 Mar 2021'], ['China']],
      ['862', ['Venezuela', '17 Jul 2023'], undefined],
    ]);
  });
});

describe('flows', () => {
  const s = state({ flows: [{ id: 'us-ru', kind: 'sanctions', label: 'US sanctions on Russia', from: [-77, 38.9], to: [37.6, 55.8], width: 2, schematic: true }] });

  it('flows.shownKeys(state) is a style key per kind of flow', () => {
    expect(flows.shownKeys?.(s, () => new Map())).toEqual({ styles: ['flow:sanctions'] });
  });

  it('flows.text(state) lists each flow\'s measures, later ones last', () => {
    expect(flows.text?.(s, text)).toEqual([
      {
        type: 'facts', id: 'flow', numbered: true, title: 'US sanctions on Russia',
        facts: [
          { date: '2021-03-02', text: 'Navalny sanctions', later: false },
          { date: '2022-02-24', text: 'Later package', later: true },
        ],
      },
    ]);
  });

  it('flows.csvRows(step) has a row per measure, citing its sources', () => {
    expect(flows.csvRows?.({ anchor: 'sanctions', state: s, data: step() }, download)).toEqual([
      ['sanctions', 'flow:sanctions', 'us-ru', 'US sanctions on Russia', 'sanctions', '2022-02-24', 'Later package', 'treasury-2022'],
      ['sanctions', 'flow:sanctions', 'us-ru', 'US sanctions on Russia', 'sanctions', '2021-03-02', 'Navalny sanctions', 'treasury-2021'],
    ]);
  });

  it('flows.geoJson(state) draws an arrow between places as a straight line with its measures', () => {
    const added: unknown[] = [];
    flows.geoJson?.(s, download, (...feature) => added.push(feature));
    expect(added).toEqual([
      ['flow-us-ru', { type: 'LineString', coordinates: [[-77, 38.9], [37.6, 55.8]] }, {
        kind: 'sanctions', name: 'US sanctions on Russia', measures: ['2022-02-24: Later package', '2021-03-02: Navalny sanctions'],
      }],
    ]);
  });
});

describe('lines and areas', () => {
  it('lines.shownKeys(state, classes) adds the layer\'s key and each shown class\'s', () => {
    const classes = () => new Map([['ns2', 'offshore'], ['ns1', 'onshore']]);
    expect(lines.shownKeys?.(state({ lines: [{ ...shownPipelines, show: ['ns2'] }] }), classes)).toEqual({ styles: ['line:routes', 'line:routes:offshore'] });
    expect(areas.shownKeys?.(state({ lines: [shownPipelines] }), classes)).toEqual({ styles: [] });
  });

  it('lines.text(state) lists the named features with their notes and dated facts', () => {
    expect(lines.text?.(state({ lines: [shownPipelines] }), text)).toEqual([
      {
        type: 'features', id: 'shapes', numbered: true, title: 'routes',
        features: [{ name: 'Nord Stream 2', note: 'Not in service', facts: [{ date: '2021-09-10', text: 'Finished', later: true }] }],
      },
    ]);
  });

  it('lines.csvRows(step) has a row per feature with its note and facts', () => {
    expect(lines.csvRows?.({ anchor: 'ns2', state: state({ lines: [shownPipelines] }), data: step() }, download)).toEqual([
      ['ns2', 'routes', 'ns2', 'Nord Stream 2', '', '', 'Not in service; 2021-09-10: Finished', 'gazprom'],
    ]);
  });
});

describe('labels', () => {
  const s = state({
    labels: [
      { id: 'place-moscow', at: [37.6, 55.8], text: 'Moscow', dot: true },
      { id: 'country-156', at: [103.8, 36.6], text: 'China', dot: false },
      { id: 'area-crimea', at: [34, 45], text: 'Crimea', dot: true, area: 'crimea' },
    ],
  });

  it('labels.text(state) lists the places labeled, not countries or disputed areas', () => {
    expect(labels.text?.(s, text)).toEqual([{ type: 'list', id: 'places', title: 'Places labeled', items: ['Moscow'] }]);
  });

  it('labels.csvRows(step) lists places with where their coordinates come from, and country labels', () => {
    expect(labels.csvRows?.({ anchor: 'x', state: s, data: step() }, download)).toEqual([
      ['x', 'place', 'place-moscow', 'Moscow', '', '', '37.6 55.8', '(coordinates: Natural Earth)'],
      ['x', 'label', 'country-156', 'China', '', '', '103.8 36.6', ''],
    ]);
  });
});
