/** The content schemas of the story, its steps and scenes, and their primitives (countries, dates, positions). */
import { describe, expect, it } from 'vitest';
import {
  contentDate, countryCode, highlightSchema, ilrsPartnerSchema, labelSchema, lonLat, sceneSchema, stepSchema, storySchema,
  viewSchema,
} from '../../src/lib/content/schemas';
import { impossibleDate, issues, malformedDate, unknownCountry } from './schema-issues';

const validStep = {
  scene: 'lunar-partners',
  view: { fit: ['156', '643'] },
  asOf: '2021-03-09',
  layers: ['ilrs-partners'],
  highlight: [{ country: '156', role: 'founder' }],
  labels: [{ country: '643' }, { place: 'moscow', text: 'Moscow' }],
  description: 'China and Russia are shaded as founders.',
  sources: ['tass-ilrs-mou-2021'],
};

const validPartner = {
  country: '862',
  name: 'Venezuela',
  role: 'partner',
  signed: '2023-07-17',
  agreement: 'Intergovernmental agreement',
  capital: [-66.9, 10.5],
  sources: ['xinhua-venezuela-2023'],
};

describe('countryCode', () => {
  it('countryCode.safeParse(code in the base map) succeeds, keeping leading zeros', () => {
    expect(countryCode.parse('156')).toBe('156');
    expect(countryCode.parse('036')).toBe('036');
  });

  it('countryCode.safeParse("999") reports an unknown country code', () => {
    expect(issues(countryCode, '999')).toEqual([[[], unknownCountry('999')]]);
  });

  it('countryCode.safeParse(code that is not three digits) explains the format first', () => {
    for (const code of ['36', '1560', 'CN', 'CHN']) {
      const [[path, message]] = issues(countryCode, code);
      expect(path).toEqual([]);
      expect(message).toBe('a country code is three digits in quotes (ISO 3166-1 numeric), e.g. "156" for China');
    }
  });
});

describe('contentDate', () => {
  it('contentDate.safeParse(day, month or year) succeeds', () => {
    for (const value of ['2021-03-09', '2024-05', '2023', '2024-02-29']) expect(contentDate.parse(value)).toBe(value);
  });

  it('contentDate.safeParse("2021-02-30") reports an impossible date', () => {
    expect(issues(contentDate, '2021-02-30')).toEqual([[[], impossibleDate('2021-02-30')]]);
  });

  it('contentDate.safeParse(date in another format) reports a malformed date, once', () => {
    for (const value of ['9 March 2021', '2021/03/09', '09.03.2021', '2021-3-9', '21-03-09', '2021-03-09T00:00', '']) {
      expect(issues(contentDate, value)).toEqual([[[], malformedDate(value)]]);
    }
  });

  it('contentDate.safeParse(unquoted YAML date) asks for a quoted string', () => {
    const [[, message]] = issues(contentDate, new Date('2021-03-09'));
    expect(message).toMatch(/^a date is written in quotes as "YYYY-MM-DD"/);
  });
});

describe('lonLat', () => {
  it('lonLat.safeParse([lon, lat]) succeeds within ±180, ±90', () => {
    expect(lonLat.parse([-180, 90])).toEqual([-180, 90]);
  });

  it('lonLat.safeParse(out of range) names the coordinate', () => {
    expect(issues(lonLat, [181, 0])).toEqual([[[0], 'longitude must be between -180 and 180']]);
    expect(issues(lonLat, [0, -91])).toEqual([[[1], 'latitude must be between -90 and 90']]);
  });
});

describe('viewSchema', () => {
  it('viewSchema.safeParse(fit, bounds or both) succeeds', () => {
    expect(viewSchema.safeParse({ fit: ['156'] }).success).toBe(true);
    expect(viewSchema.safeParse({ bounds: [[170, -10], [-170, 10]], meridian: 180 }).success).toBe(true);
    expect(viewSchema.safeParse({ fit: ['356'], bounds: [[70, 20], [100, 40]] }).success).toBe(true);
  });

  it('viewSchema.safeParse(neither fit nor bounds) asks for one', () => {
    expect(issues(viewSchema, { meridian: 10 })).toEqual([[[], 'a view needs `fit` (country codes) or `bounds` ([[west, south], [east, north]])']]);
  });

  it('viewSchema.safeParse(fit with unknown code) names fit[i]', () => {
    expect(issues(viewSchema, { fit: ['156', '999'] })).toEqual([[['fit', 1], unknownCountry('999')]]);
  });

  it('viewSchema.safeParse(extra key) rejects it (strict)', () => {
    const result = viewSchema.safeParse({ fit: ['156'], zoom: 3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['zoom'], path: [] }]);
  });
});

describe('highlightSchema', () => {
  it('highlightSchema.safeParse(country and role) succeeds', () => {
    expect(highlightSchema.parse({ country: '840', role: 'counterpart' })).toEqual({ country: '840', role: 'counterpart' });
  });

  it('highlightSchema.safeParse(unknown role) names role', () => {
    const [[path]] = issues(highlightSchema, { country: '840', role: 'enemy' });
    expect(path).toEqual(['role']);
  });
});

describe('labelSchema', () => {
  it('labelSchema.safeParse(country or place) succeeds', () => {
    expect(labelSchema.safeParse({ country: '156' }).success).toBe(true);
    expect(labelSchema.safeParse({ place: 'galwan', text: 'Galwan valley' }).success).toBe(true);
  });

  it('labelSchema.safeParse(both country and place) asks for exactly one', () => {
    expect(issues(labelSchema, { country: '156', place: 'beijing' })).toEqual([[[], 'a label names exactly one of `country` or `place`']]);
  });

  it('labelSchema.safeParse(neither country nor place) asks for exactly one', () => {
    expect(issues(labelSchema, { text: 'Somewhere' })).toEqual([[[], 'a label names exactly one of `country` or `place`']]);
  });
});

describe('stepSchema', () => {
  it('stepSchema.safeParse(step with dated "since" updates and a note) keeps them', () => {
    const since = [{ date: '2023-07-17', text: 'Venezuela signed on.', sources: ['spacenews-venezuela-2023'] }];
    expect(stepSchema.parse({ ...validStep, since, note: 'A note.' })).toMatchObject({ since, note: 'A note.' });
  });

  it('stepSchema.safeParse(a "since" update as plain text, without its date) names since', () => {
    const [[path]] = issues(stepSchema, { ...validStep, since: 'Six countries signed on in 2023.' });
    expect(path).toEqual(['since']);
  });

  it('stepSchema.safeParse("since" update without a date or a source) names the field', () => {
    expect(issues(stepSchema, { ...validStep, since: [{ text: 'Later.', sources: ['x'] }] }).map(([path]) => path)).toEqual([['since', 0, 'date']]);
    expect(issues(stepSchema, { ...validStep, since: [{ date: '2023', text: 'Later.', sources: [] }] })).toEqual([
      [['since', 0, 'sources'], 'a dated fact cites at least one source id'],
    ]);
  });

  it('stepSchema.safeParse(valid step) succeeds, turning layer ids into `{ id }`', () => {
    expect(stepSchema.parse(validStep)).toEqual({ ...validStep, layers: [{ id: 'ilrs-partners' }], since: [], key: [] });
  });

  it('stepSchema.safeParse(layer with `show`) keeps the ids to show', () => {
    const layers = ['lac', { id: 'flows', show: ['us-ru', 'eu-ru'] }];
    expect(stepSchema.parse({ ...validStep, layers }).layers).toEqual([{ id: 'lac' }, { id: 'flows', show: ['us-ru', 'eu-ru'] }]);
  });

  it('stepSchema.safeParse(highlight of a group) succeeds', () => {
    const highlight = [{ group: 'nato-2021', role: 'member' }];
    expect(stepSchema.parse({ ...validStep, highlight }).highlight).toEqual(highlight);
  });

  it('stepSchema.safeParse(minimal step) fills in empty lists', () => {
    const step = stepSchema.parse({ scene: 'world', view: { bounds: [[-180, -60], [180, 80]] }, description: 'The world.' });
    expect(step).toMatchObject({ highlight: [], layers: [], labels: [], sources: [] });
    expect(step.asOf).toBeUndefined();
  });

  it('stepSchema.safeParse(unknown code in highlight) names highlight[0].country', () => {
    expect(issues(stepSchema, { ...validStep, highlight: [{ country: '999', role: 'focus' }] })).toEqual([[['highlight', 0, 'country'], unknownCountry('999')]]);
  });

  it('stepSchema.safeParse(unknown code in view.fit) names view.fit[i]', () => {
    expect(issues(stepSchema, { ...validStep, view: { fit: ['999'] } })).toEqual([[['view', 'fit', 0], unknownCountry('999')]]);
  });

  it('stepSchema.safeParse(code that is not three digits) names the field and the format', () => {
    const [[path, message]] = issues(stepSchema, { ...validStep, highlight: [{ country: '36', role: 'focus' }] });
    expect(path).toEqual(['highlight', 0, 'country']);
    expect(message).toMatch(/^a country code is three digits/);
  });

  it('stepSchema.safeParse(missing description) names description', () => {
    const { description: _, ...noDescription } = validStep;
    expect(issues(stepSchema, noDescription)).toEqual([[['description'], 'every step needs a `description` of its map for screen readers; add `description:` with one or two sentences on what the map shows']]);
  });

  it('stepSchema.safeParse(blank description) names description', () => {
    expect(issues(stepSchema, { ...validStep, description: '  \n ' })).toEqual([[['description'], 'the map `description` is empty; describe what the map shows at this step in one or two sentences']]);
  });

  it('stepSchema.safeParse(impossible asOf) names asOf', () => {
    expect(issues(stepSchema, { ...validStep, asOf: '2021-02-30' })).toEqual([[['asOf'], impossibleDate('2021-02-30')]]);
  });

  it('stepSchema.safeParse(label with both country and place) names labels[i]', () => {
    expect(issues(stepSchema, { ...validStep, labels: [{ country: '156', place: 'beijing' }] })).toEqual([[['labels', 0], 'a label names exactly one of `country` or `place`']]);
  });

  it('stepSchema.safeParse(view with neither fit nor bounds) names view', () => {
    expect(issues(stepSchema, { ...validStep, view: {} })).toEqual([[['view'], 'a view needs `fit` (country codes) or `bounds` ([[west, south], [east, north]])']]);
  });

  it('stepSchema.safeParse(extra key) rejects it (strict)', () => {
    const result = stepSchema.safeParse({ ...validStep, colour: 'red' });
    expect(result.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['colour'], path: [], message: 'Unrecognized key: "colour"' }]);
  });
});

describe('sceneSchema', () => {
  const scene = {
    title: 'Lunar partners',
    projection: 'naturalEarth1',
    base: 'countries-110m',
    layers: [{ id: 'ilrs-partners', kind: 'ilrs-partners', title: 'ILRS members' }],
    legend: [{ role: 'founder', label: 'Founders' }],
    credits: ['Natural Earth'],
  };

  it('sceneSchema.safeParse(valid scene) succeeds, layers drawing still by default', () => {
    expect(sceneSchema.parse(scene)).toEqual({ ...scene, layers: [{ ...scene.layers[0], fade: false }] });
  });

  it('sceneSchema.safeParse(scene with geodata layers and style legend entries) succeeds', () => {
    const border = {
      ...scene,
      layers: [
        { id: 'lac', kind: 'lines', data: 'line-of-actual-control', title: 'LAC', fade: true },
        { id: 'disputed', kind: 'areas', data: 'disputed-areas', title: 'Disputed areas' },
      ],
      legend: [{ role: 'focus', label: 'China' }, { style: 'line:lac', label: 'Line of Actual Control' }, { style: 'area:disputed:china', label: 'Held by China' }],
    };
    expect(sceneSchema.parse(border).layers.map((l) => [l.id, l.fade])).toEqual([['lac', true], ['disputed', false]]);
  });

  it('sceneSchema.safeParse(lines layer without `data`) names layers[i]', () => {
    expect(issues(sceneSchema, { ...scene, layers: [{ id: 'lac', kind: 'lines', title: 'LAC' }] })).toEqual([
      [['layers', 0], 'a `lines` or `areas` layer names its geodata layer in `data`; other kinds have no `data`'],
    ]);
  });

  it('sceneSchema.safeParse(unknown projection or layer kind) names the field', () => {
    expect(issues(sceneSchema, { ...scene, projection: 'orthographic' }).map(([path]) => path)).toEqual([['projection']]);
    expect(issues(sceneSchema, { ...scene, layers: [{ id: 'x', kind: 'tiles', title: 'X' }] }).map(([path]) => path)).toEqual([['layers', 0, 'kind']]);
  });

  it('sceneSchema.safeParse(no credits) names credits', () => {
    expect(issues(sceneSchema, { ...scene, credits: [] }).map(([path]) => path)).toEqual([['credits']]);
  });
});

describe('ilrsPartnerSchema', () => {
  it('ilrsPartnerSchema.safeParse(valid partner) succeeds', () => {
    expect(ilrsPartnerSchema.parse(validPartner)).toEqual(validPartner);
  });

  it('ilrsPartnerSchema.safeParse(signed null with listed) succeeds', () => {
    expect(ilrsPartnerSchema.safeParse({ ...validPartner, signed: null, listed: '2025-04-29' }).success).toBe(true);
  });

  it('ilrsPartnerSchema.safeParse(impossible signed date) names signed', () => {
    expect(issues(ilrsPartnerSchema, { ...validPartner, signed: '2021-02-30' })).toEqual([[['signed'], impossibleDate('2021-02-30')]]);
  });

  it('ilrsPartnerSchema.safeParse(signed null and no listed) asks for listed', () => {
    expect(issues(ilrsPartnerSchema, { ...validPartner, signed: null })).toEqual([[[], 'a partner without a `signed` date needs a `listed` date (when a source first named it)']]);
  });

  it('ilrsPartnerSchema.safeParse(unknown country code) names country', () => {
    expect(issues(ilrsPartnerSchema, { ...validPartner, country: '999' })).toEqual([[['country'], unknownCountry('999')]]);
  });

  it('ilrsPartnerSchema.safeParse(capital out of range) names capital[i]', () => {
    expect(issues(ilrsPartnerSchema, { ...validPartner, capital: [10.5, -366.9] })).toEqual([[['capital', 1], 'latitude must be between -90 and 90']]);
  });

  it('ilrsPartnerSchema.safeParse(no sources) names sources', () => {
    expect(issues(ilrsPartnerSchema, { ...validPartner, sources: [] }).map(([path]) => path)).toEqual([['sources']]);
  });

  it('ilrsPartnerSchema.safeParse(extra key) rejects it (strict)', () => {
    expect(ilrsPartnerSchema.safeParse({ ...validPartner, flag: '🇻🇪' }).error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['flag'] }]);
  });
});

describe('storySchema', () => {
  const story = { headline: 'United against the USA?', dek: 'China and Russia.', published: '2021-03', asOf: '2021-03-12', credit: 'with Agencies' };

  it('storySchema.safeParse(valid story) succeeds', () => {
    expect(storySchema.parse(story)).toEqual(story);
  });

  it('storySchema.safeParse(impossible published date) names published', () => {
    expect(issues(storySchema, { ...story, published: '2021-02-30', asOf: '2021-02-28' })).toEqual([[['published'], impossibleDate('2021-02-30')]]);
  });

  it('storySchema.safeParse(asOf outside the published month) names asOf', () => {
    expect(issues(storySchema, { ...story, asOf: '2021-04-01' })).toEqual([[['asOf'], 'the story\'s `asOf` day falls within its `published` date']]);
  });

  it('storySchema.safeParse(asOf that is not a day) names asOf', () => {
    expect(issues(storySchema, { ...story, asOf: '2021-03' })).toEqual([[['asOf'], 'the story\'s `asOf` is a day, "YYYY-MM-DD"']]);
  });
});
