/** The schemas of what a map shows: places, layers (scene and step), legend entries, measures, flows, groups. */
import { describe, expect, it } from 'vitest';
import {
  countryGroupSchema, flowSchema, geoLayerSchema, highlightSchema, legendEntrySchema, measureSchema, placeSchema,
  sceneLayerSchema, stepLayerSchema,
} from '../../src/lib/content/schemas';
import { impossibleDate, issues, unknownCountry } from './schema-issues';

describe('placeSchema', () => {
  it('placeSchema.safeParse(valid place) succeeds', () => {
    const place = { name: 'Galwan valley', at: [78.2, 34.7], source: 'OpenStreetMap' };
    expect(placeSchema.parse(place)).toEqual(place);
  });

  it('placeSchema.safeParse(place without source) names source', () => {
    expect(issues(placeSchema, { name: 'Galwan valley', at: [78.2, 34.7] }).map(([path]) => path)).toEqual([['source']]);
  });

  it('placeSchema.safeParse(place whose coordinate comes from Wikipedia) names source and what to give instead', () => {
    const found = issues(placeSchema, { name: 'Pangong Tso', at: [78.9, 33.7], source: 'Wikipedia, "Pangong Tso" infobox' });
    expect(found.map(([path]) => path)).toEqual([['source']]);
    expect(found[0][1]).toMatch(/Wikipedia is not a source: give the coordinate of a dataset/);
  });
});

describe('stepLayerSchema', () => {
  it('stepLayerSchema.parse(id) is `{ id }`', () => {
    expect(stepLayerSchema.parse('flows')).toEqual({ id: 'flows' });
  });

  it('stepLayerSchema.parse({ id, show }) keeps both', () => {
    expect(stepLayerSchema.parse({ id: 'pipelines', show: ['ns2'] })).toEqual({ id: 'pipelines', show: ['ns2'] });
  });

  it('stepLayerSchema.safeParse(empty id, empty show or extra key) fails', () => {
    expect(stepLayerSchema.safeParse('').success).toBe(false);
    expect(stepLayerSchema.safeParse({ id: 'pipelines', show: [] }).success).toBe(false);
    expect(stepLayerSchema.safeParse({ id: 'pipelines', show: ['ns2'], fade: true }).success).toBe(false);
  });
});

describe('highlightSchema (groups)', () => {
  const exactlyOne = 'a highlight names exactly one of `country` or `group`';

  it('highlightSchema.safeParse(group and role) succeeds', () => {
    expect(highlightSchema.parse({ group: 'nato-2021', role: 'member' })).toEqual({ group: 'nato-2021', role: 'member' });
  });

  it('highlightSchema.safeParse(both country and group, or neither) asks for exactly one', () => {
    expect(issues(highlightSchema, { country: '840', group: 'nato-2021', role: 'member' })).toEqual([[[], exactlyOne]]);
    expect(issues(highlightSchema, { role: 'member' })).toEqual([[[], exactlyOne]]);
  });
});

describe('sceneLayerSchema', () => {
  const needsData = 'a `lines` or `areas` layer names its geodata layer in `data`; other kinds have no `data`';

  it('sceneLayerSchema.safeParse(lines or areas layer with `data`) succeeds', () => {
    expect(sceneLayerSchema.parse({ id: 'routes', kind: 'lines', data: 'pipelines', title: 'Pipelines', fade: true })).toEqual({
      id: 'routes', kind: 'lines', data: 'pipelines', title: 'Pipelines', fade: true,
    });
    expect(sceneLayerSchema.parse({ id: 'disputed', kind: 'areas', data: 'disputed-areas', title: 'Disputed' }).fade).toBe(false);
  });

  it('sceneLayerSchema.safeParse(lines or areas layer without `data`) asks for it', () => {
    expect(issues(sceneLayerSchema, { id: 'routes', kind: 'lines', title: 'Pipelines' })).toEqual([[[], needsData]]);
    expect(issues(sceneLayerSchema, { id: 'disputed', kind: 'areas', title: 'Disputed' })).toEqual([[[], needsData]]);
  });

  it('sceneLayerSchema.safeParse(a layer other than lines that fades in) names `fade`', () => {
    expect(issues(sceneLayerSchema, { id: 'disputed', kind: 'areas', data: 'disputed-areas', title: 'Disputed', fade: true })).toEqual([
      [['fade'], '`fade` is for `lines` layers only'],
    ]);
    // The option lines had before: a scene that still says `draw` is told so, not silently drawn without it.
    expect(issues(sceneLayerSchema, { id: 'routes', kind: 'lines', data: 'pipelines', title: 'Pipelines', draw: true })).toHaveLength(1);
  });

  it('sceneLayerSchema.safeParse(other kind with `data`) rejects it', () => {
    expect(issues(sceneLayerSchema, { id: 'arrows', kind: 'flows', data: 'pipelines', title: 'Flows' })).toEqual([[[], needsData]]);
  });
});

describe('legendEntrySchema', () => {
  const exactlyOne = 'a legend entry names exactly one of `role` or `style`';
  const styleFormat = 'a legend `style` is flow:<kind>, line:<layer>[:<class>] or area:<layer>[:<class>]';

  it('legendEntrySchema.safeParse(role or style entry) succeeds', () => {
    for (const entry of [
      { role: 'founder', label: 'Founders' },
      { style: 'flow:counter-sanctions', label: 'Counter-sanctions' },
      { style: 'line:lac', label: 'Line of Actual Control' },
      { style: 'line:claims:indian-claim', label: "India's claim" },
      { style: 'area:disputed:china', label: 'Held by China' },
    ]) {
      expect(legendEntrySchema.parse(entry)).toEqual(entry);
    }
  });

  it('legendEntrySchema.safeParse(both role and style, or neither) asks for exactly one', () => {
    expect(issues(legendEntrySchema, { role: 'focus', style: 'flow:sanctions', label: 'X' })).toEqual([[[], exactlyOne]]);
    expect(issues(legendEntrySchema, { label: 'X' })).toEqual([[[], exactlyOne]]);
  });

  it('legendEntrySchema.safeParse(role label naming its countries, sized entry with its unit) succeeds', () => {
    const entries = [
      { role: 'focus', label: '{countries}' },
      { role: 'transit', label: '{countries}, whose waters the pipelines cross' },
      { style: 'flow:energy', label: 'Energy exports, to scale', sizes: [4, 20, 80], unit: 'Mt of oil equivalent a year' },
    ];
    for (const entry of entries) expect(legendEntrySchema.parse(entry)).toEqual(entry);
  });

  it('legendEntrySchema.safeParse(sizes without their unit) names unit', () => {
    expect(issues(legendEntrySchema, { style: 'flow:energy', label: 'Energy', sizes: [4] })).toEqual([[['unit'], 'reference `sizes` come with their `unit`']]);
  });

  it('legendEntrySchema.safeParse(label with a placeholder other than {countries}) names label', () => {
    expect(issues(legendEntrySchema, { role: 'focus', label: '{country}' })).toEqual([[['label'], 'the only placeholder a key label may hold is {countries}']]);
  });

  it('legendEntrySchema.safeParse(malformed style) names style and the format', () => {
    for (const style of ['arrow:sanctions', 'line:', 'line:LAC', 'line:claims:indian claim', 'area:a:b:c']) {
      expect(issues(legendEntrySchema, { style, label: 'X' })).toEqual([[['style'], styleFormat]]);
    }
  });
});

describe('geoLayerSchema', () => {
  const layer = {
    file: 'sino_indian_disputed_areas.geojson', geometry: 'areas', idField: 'id', classField: 'administered_by',
    nameField: 'name', noteField: 'ne_note', credit: 'Disputed areas: Natural Earth',
  };

  it('geoLayerSchema.safeParse(valid layer) succeeds', () => {
    expect(geoLayerSchema.parse(layer)).toEqual(layer);
    const { classField: _c, nameField: _n, noteField: _o, ...minimal } = layer;
    expect(geoLayerSchema.parse(minimal)).toEqual(minimal);
  });

  it('geoLayerSchema.safeParse(file that is not a .geojson name in the folder) names file', () => {
    for (const file of ['areas.json', '../shared/areas.geojson', 'sub/areas.geojson', 'my areas.geojson']) {
      expect(issues(geoLayerSchema, { ...layer, file })).toEqual([[['file'], 'a geodata `file` is a .geojson file name in content/geodata/']]);
    }
  });

  it('geoLayerSchema.safeParse(unknown geometry or no credit) names the field', () => {
    expect(issues(geoLayerSchema, { ...layer, geometry: 'points' }).map(([path]) => path)).toEqual([['geometry']]);
    const { credit: _, ...uncredited } = layer;
    expect(issues(geoLayerSchema, uncredited).map(([path]) => path)).toEqual([['credit']]);
  });
});

describe('measureSchema', () => {
  const measure = { date: '2021-03-22', text: 'Xinjiang officials sanctioned', sources: ['willkie-xinjiang-sanctions-2021'] };

  it('measureSchema.safeParse(valid measure) succeeds', () => {
    expect(measureSchema.parse(measure)).toEqual(measure);
  });

  it('measureSchema.safeParse(impossible date or no sources) names the field', () => {
    expect(issues(measureSchema, { ...measure, date: '2021-02-29' })).toEqual([[['date'], impossibleDate('2021-02-29')]]);
    expect(issues(measureSchema, { ...measure, sources: [] }).map(([path]) => path)).toEqual([['sources']]);
  });
});

describe('flowSchema', () => {
  const measures = [{ date: '2021-03-22', text: 'Counter-sanctions on ten people and four entities', sources: ['mfa-2021'] }];
  const sanctions = { from: 'beijing', to: 'brussels', kind: 'counter-sanctions', label: "China's counter-sanctions", measures };
  const energy = {
    from: 'moscow', to: 'beijing', kind: 'energy', label: 'Power of Siberia',
    route: { data: 'pipelines', feature: 'PoS1' },
    volume: { amount: '4.1 bcm of natural gas', year: '2020', mtoe: 3.4 },
    measures,
  };
  const volumeRule = 'energy flows give a `volume` (which sets their width); sanctions flows do not';

  it('flowSchema.safeParse(sanctions flow, energy flow with route and volume) succeeds', () => {
    expect(flowSchema.parse(sanctions)).toEqual(sanctions);
    expect(flowSchema.parse(energy)).toEqual(energy);
  });

  it('flowSchema.safeParse(energy flow without volume) asks for one', () => {
    const { volume: _, ...noVolume } = energy;
    expect(issues(flowSchema, noVolume)).toEqual([[[], volumeRule]]);
  });

  it('flowSchema.safeParse(sanctions flow with volume) rejects it', () => {
    expect(issues(flowSchema, { ...sanctions, volume: energy.volume })).toEqual([[[], volumeRule]]);
  });

  it('flowSchema.safeParse(bad volume, route or measures) names the field', () => {
    expect(issues(flowSchema, { ...energy, volume: { ...energy.volume, mtoe: 0 } }).map(([path]) => path)).toEqual([['volume', 'mtoe']]);
    expect(issues(flowSchema, { ...energy, volume: { ...energy.volume, year: '2020-13' } })).toEqual([[['volume', 'year'], impossibleDate('2020-13')]]);
    expect(issues(flowSchema, { ...energy, route: { data: 'pipelines' } }).map(([path]) => path)).toEqual([['route', 'feature']]);
    expect(issues(flowSchema, { ...sanctions, measures: [] }).map(([path]) => path)).toEqual([['measures']]);
    expect(issues(flowSchema, { ...sanctions, kind: 'tariffs' }).map(([path]) => path)).toEqual([['kind']]);
  });
});

describe('countryGroupSchema', () => {
  const group = { name: 'NATO (March 2021)', members: ['840', '250', '276'], sources: ['nato-members'] };

  it('countryGroupSchema.safeParse(valid group) succeeds', () => {
    expect(countryGroupSchema.parse(group)).toEqual(group);
  });

  it('countryGroupSchema.safeParse(unknown member) names members[i]', () => {
    expect(issues(countryGroupSchema, { ...group, members: ['840', '999'] })).toEqual([[['members', 1], unknownCountry('999')]]);
  });

  it('countryGroupSchema.safeParse(no members or no sources) names the field', () => {
    expect(issues(countryGroupSchema, { ...group, members: [] }).map(([path]) => path)).toEqual([['members']]);
    expect(issues(countryGroupSchema, { ...group, sources: [] }).map(([path]) => path)).toEqual([['sources']]);
  });
});
