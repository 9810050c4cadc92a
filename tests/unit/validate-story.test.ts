import { describe, expect, it } from 'vitest';
import type { CountryGroup, Flow, GeoLayer, IlrsPartner, Scene, Step } from '../../src/lib/content/schemas';
import { anchorFromFile, linkedIds, storyProblems, type StepEntry, type StoryEntries } from '../../src/lib/content/validate-story';
import { kindData } from './fixtures';

const scene: Scene = {
  title: 'Lunar partners',
  projection: 'naturalEarth1',
  base: 'countries-110m',
  layers: [
    { id: 'partners', kind: 'ilrs-partners', title: 'ILRS members', fade: false },
    { id: 'moon', kind: 'moon-inset', title: 'South pole', fade: false },
  ],
  legend: [],
  credits: ['Natural Earth'],
};

/** A scene drawing flows, a lines layer and an areas layer, crediting both geodata layers. */
const border: Scene = {
  title: 'Border',
  projection: 'naturalEarth1',
  base: 'countries-50m',
  layers: [
    { id: 'arrows', kind: 'flows', title: 'Sanctions', fade: false },
    { id: 'lac', kind: 'lines', data: 'line-of-actual-control', title: 'LAC', fade: true },
    { id: 'disputed', kind: 'areas', data: 'disputed-areas', title: 'Disputed areas', fade: false },
  ],
  legend: [],
  credits: ['Natural Earth', 'LAC: Natural Earth', 'Areas: Natural Earth'],
};

function geoLayer(file: string, geometry: GeoLayer['geometry'], credit: string, featureIds: string[]) {
  const data: GeoLayer = { file, geometry, idField: 'id', credit };
  return { file: 'content/geodata/layers.yaml', data, featureIds: new Set(featureIds) };
}

const geoLayers = new Map([
  ['line-of-actual-control', geoLayer('lac.geojson', 'lines', 'LAC: Natural Earth', ['western', 'eastern'])],
  ['disputed-areas', geoLayer('areas.geojson', 'areas', 'Areas: Natural Earth', ['aksai-chin', 'arunachal'])],
]);

const usRu: Flow = {
  from: 'washington', to: 'moscow', kind: 'sanctions', label: 'US sanctions on Russia',
  measures: [{ date: '2021-03-02', text: 'Navalny sanctions', sources: ['tass'] }],
};
const gas: Flow = {
  from: 'moscow', to: 'beijing', kind: 'energy', label: 'Gas',
  route: { data: 'line-of-actual-control', feature: 'eastern' },
  volume: { amount: '4.1 bcm', year: '2020', mtoe: 3.4 },
  measures: [{ date: '2019-12-02', text: 'Power of Siberia opens', sources: ['xinhua'] }],
};
const flowEntry = (id: string, data: Flow) => ({ file: 'content/data/flows.yaml', id, data });

const nato: CountryGroup = { name: 'NATO', members: ['840', '250'], sources: ['xinhua'] };
const groupEntry = (id: string, data: CountryGroup) => ({ file: 'content/data/country-groups.yaml', id, data });

function stepData(overrides: Partial<Step> = {}): Step {
  return {
    scene: 'lunar',
    view: { fit: ['156'] },
    asOf: '2021-03-09',
    highlight: [],
    layers: [{ id: 'partners' }],
    labels: [{ place: 'beijing' }],
    description: 'China and Russia.',
    since: [],
    key: [],
    sources: ['tass'],
    ...overrides,
  };
}

function stepEntry(file: string, data: Partial<Step> = {}, body = 'China and Russia signed an agreement.'): StepEntry {
  return { anchor: anchorFromFile(file), file, data: stepData(data), body };
}

const china: IlrsPartner = {
  country: '156', name: 'China', role: 'founder', signed: '2021-03-09', agreement: 'MoU', capital: [116.4, 39.9], sources: ['tass'],
};
const partnerEntry = { file: 'content/data/ilrs-partners.yaml', id: 'china', data: china };

function correction(date: string, kind: 'correction' | 'update' = 'correction', steps: string[] = []) {
  return { file: 'content/corrections.yaml', id: `${date}-${kind}`, data: { date, kind, subject: 'words', text: 'What changed.', steps } };
}

type Overrides = Partial<StoryEntries> & Parameters<typeof kindData>[0];

/** The entries the checks read; the kinds' data given as partners, flows and groups, each in place of its default. */
function entries({ partners = [partnerEntry], flows = [flowEntry('us-ru', usRu), flowEntry('gas', gas)], groups = [groupEntry('nato-2021', nato)], ...overrides }: Overrides = {}): StoryEntries {
  return {
    story: { file: 'content/story.yaml', data: { headline: 'H', dek: 'D', published: '2021-03', asOf: '2021-03-12', credit: 'C' } },
    steps: [stepEntry('content/steps/010-ilrs-agreement.md'), stepEntry('content/steps/020-open-to-partners.md', { asOf: '2025-04' })],
    scenes: new Map([['lunar', scene], ['border', border]]),
    sourceIds: new Set(['tass', 'xinhua']),
    places: new Map<string, [number, number]>([['beijing', [116.4, 39.9]], ['moscow', [37.6, 55.8]], ['washington', [-77, 38.9]]]),
    kindData: kindData({ partners, flows, groups }),
    geoLayers,
    borderAreas: [],
    corrections: [correction('2025-04-29', 'update')],
    ...overrides,
  };
}

/** The one problem found when a single step (file 010-…) carries `data` and `body`. */
function stepProblems(data: Partial<Step>, body?: string): string[] {
  return storyProblems(entries({ steps: [stepEntry('content/steps/010-ilrs-agreement.md', data, body)] }));
}

describe('anchorFromFile', () => {
  it('anchorFromFile("010-ilrs-agreement.md") drops the order number and extension', () => {
    expect(anchorFromFile('010-ilrs-agreement.md')).toBe('ilrs-agreement');
  });

  it('anchorFromFile(path) drops the folders', () => {
    expect(anchorFromFile('content/steps/020-open-to-partners.md')).toBe('open-to-partners');
  });

  it('anchorFromFile(name without an order number) keeps the name', () => {
    expect(anchorFromFile('nato-report.md')).toBe('nato-report');
    expect(anchorFromFile('2021-review.md')).toBe('review');
  });
});

describe('linkedIds', () => {
  it('linkedIds(markdown) is the ids of its in-page Markdown and HTML links, decoded', () => {
    expect(linkedIds('[a](#one) [b]( #two ) <a href="#three">c</a> [d](https://example.org/#four) [e](#f%C3%BCnf)')).toEqual(['one', 'two', 'three', 'fünf']);
  });

  it('linkedIds(markdown without in-page links) is empty', () => {
    expect(linkedIds('Plain prose, a [link](https://example.org/) and a #hashtag.')).toEqual([]);
  });
});

describe('storyProblems', () => {
  it('storyProblems(consistent story) is empty', () => {
    expect(storyProblems(entries())).toEqual([]);
  });

  it('storyProblems(step with unknown scene) names the file, `scene` and the known scenes', () => {
    const [problem, ...rest] = stepProblems({ scene: 'mars' });
    expect(rest).toEqual([]);
    expect(problem).toBe('content/steps/010-ilrs-agreement.md: scene: unknown scene "mars"; use a scene from content/scenes/ (known: border, lunar)');
  });

  it('storyProblems(step with unknown layer) names the file, `layers[i]` and the scene\'s layers', () => {
    const [problem, ...rest] = stepProblems({ layers: [{ id: 'partners' }, { id: 'pipelines' }] });
    expect(rest).toEqual([]);
    expect(problem).toBe('content/steps/010-ilrs-agreement.md: layers[1]: unknown layer "pipelines" in scene "lunar"; use one of the scene\'s layers or add it to content/scenes/lunar.yaml (known: moon, partners)');
  });

  it('storyProblems(step with unknown source id) names the file, `sources[i]` and the id', () => {
    const [problem, ...rest] = stepProblems({ sources: ['tass', 'reuters'] });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/steps\/010-ilrs-agreement\.md: sources\[1\]: unknown source id "reuters"/);
  });

  it('storyProblems(partner with unknown source id) names the file, `<partner>.sources[i]` and the id', () => {
    const partners = [{ file: 'content/data/ilrs-partners.yaml', id: 'china', data: { ...china, sources: ['nasa'] } }];
    const [problem, ...rest] = storyProblems(entries({ partners }));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/data\/ilrs-partners\.yaml: china\.sources\[0\]: unknown source id "nasa"/);
  });

  it('storyProblems(step with unknown place) names the file, `labels[i].place` and the known places', () => {
    const [problem, ...rest] = stepProblems({ labels: [{ country: '156' }, { place: 'atlantis' }] });
    expect(rest).toEqual([]);
    expect(problem).toBe('content/steps/010-ilrs-agreement.md: labels[1].place: unknown place "atlantis"; use a place id from content/geodata/places.geojson or add the place there (known: beijing, moscow, washington)');
  });

  it('storyProblems(two steps with the same anchor) names both files', () => {
    const steps = [stepEntry('content/steps/010-ilrs-agreement.md'), stepEntry('content/steps/030-ilrs-agreement.md')];
    const [problem, ...rest] = storyProblems(entries({ steps }));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/steps\/030-ilrs-agreement\.md: file name: duplicate step id "ilrs-agreement" \(also content\/steps\/010-ilrs-agreement\.md\)/);
  });

  it.each(['ILRS-agreement', 'ilrs_agreement', 'ilrs--agreement', '-ilrs'])('storyProblems(step with anchor "%s") rejects the anchor format', (anchor) => {
    const steps = [{ ...stepEntry('content/steps/010-x.md'), anchor }];
    const [problem, ...rest] = storyProblems(entries({ steps }));
    expect(rest).toEqual([]);
    expect(problem).toMatch(new RegExp(`^content/steps/010-x\\.md: file name: step id "${anchor}" must be lowercase words joined by hyphens`));
  });

  it('storyProblems(step with empty prose) names the file and `body`', () => {
    const [problem, ...rest] = stepProblems({}, ' \n\t ');
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/steps\/010-ilrs-agreement\.md: body: the step has no prose/);
  });

  it('storyProblems(step whose prose links to another step, the story, the sources or a source) is fine', () => {
    const steps = [
      stepEntry('content/steps/010-ilrs-agreement.md', {}, 'As [the next step](#open-to-partners) shows (see [the sources](#sources), [the top](#story)).'),
      stepEntry('content/steps/020-open-to-partners.md', {}, 'Back to <a href="#ilrs-agreement">the agreement</a> ([TASS](#source-tass)).'),
    ];
    expect(storyProblems(entries({ steps }))).toEqual([]);
  });

  it('storyProblems(step whose prose links to an unknown step id) names the file, `body`, the id and the known steps', () => {
    const [problem, ...rest] = stepProblems({}, 'See [the NATO map](#nato-reprot).');
    expect(rest).toEqual([]);
    expect(problem).toBe(
      'content/steps/010-ilrs-agreement.md: body: the link to "#nato-reprot" names no step; link to a step by its id, its file name without the order number (known: ilrs-agreement)',
    );
  });

  it('storyProblems(step showing ilrs-partners without asOf) names the file and `asOf`', () => {
    const [problem, ...rest] = stepProblems({ asOf: undefined });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/steps\/010-ilrs-agreement\.md: asOf: layer "partners" shows partners as of a date/);
  });

  it('storyProblems(step without ilrs-partners or asOf) is fine', () => {
    expect(stepProblems({ asOf: undefined, layers: [{ id: 'moon' }] })).toEqual([]);
  });

  it('storyProblems(step asOf later than story.updated) names the file, `asOf` and both dates', () => {
    const [problem, ...rest] = stepProblems({ asOf: '2025-04-30' });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/steps\/010-ilrs-agreement\.md: asOf: "2025-04-30" is later than the story's last update, 2025-04-29 \(content\/corrections\.yaml\)/);
  });

  it('storyProblems(step asOf in the month of story.updated) is not too late', () => {
    expect(stepProblems({ asOf: '2025-04' })).toEqual([]);
    expect(stepProblems({ asOf: '2025-04-29' })).toEqual([]);
  });

  it('storyProblems(partner signed later than story.updated) names the file, `<partner>.signed` and both dates', () => {
    const partners = [{ file: 'content/data/ilrs-partners.yaml', id: 'china', data: { ...china, signed: '2026-01-01' } }];
    const [problem, ...rest] = storyProblems(entries({ partners }));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/data\/ilrs-partners\.yaml: china\.signed: "2026-01-01" is later than the story's last update, 2025-04-29/);
  });

  it('storyProblems(partner listed later than story.updated) names `<partner>.listed`', () => {
    const partners = [{ file: 'content/data/ilrs-partners.yaml', id: 'bolivia', data: { ...china, signed: null, listed: '2025-05' } }];
    const [problem, ...rest] = storyProblems(entries({ partners }));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/data\/ilrs-partners\.yaml: bolivia\.listed: "2025-05" is later than/);
  });

  it('storyProblems(story with several mistakes) reports every one', () => {
    expect(stepProblems({ scene: 'mars', sources: ['nope'], labels: [{ place: 'atlantis' }] }, '')).toHaveLength(4);
  });
});

describe('storyProblems: scene layers of geodata', () => {
  const sceneProblems = (changes: Partial<Scene>) => storyProblems(entries({ scenes: new Map([['lunar', scene], ['border', { ...border, ...changes }]]) }));
  const withLayer = (i: number, changes: Partial<Scene['layers'][number]>) => border.layers.map((l, j) => (j === i ? { ...l, ...changes } : l));

  it('storyProblems(scene layer with unknown `data`) names the scene file, `layers[i].data` and the known geodata layers', () => {
    const [problem, ...rest] = sceneProblems({ layers: withLayer(1, { data: 'rivers' }) });
    expect(rest).toEqual([]);
    expect(problem).toBe('content/scenes/border.yaml: layers[1].data: unknown geodata layer "rivers"; use a layer from content/geodata/layers.yaml (known: disputed-areas, line-of-actual-control)');
  });

  it('storyProblems(lines layer over a geodata layer of areas) names the scene file, `layers[i].kind` and both geometries', () => {
    const [problem, ...rest] = sceneProblems({ layers: withLayer(1, { data: 'disputed-areas' }) });
    expect(rest).toEqual([]);
    expect(problem).toBe('content/scenes/border.yaml: layers[1].kind: "lines" but geodata layer "disputed-areas" holds areas; make the kind "areas" or use a geodata layer of lines');
  });

  it('storyProblems(scene without a geodata layer\'s credit) names the scene file, `credits` and the credit line', () => {
    const [problem, ...rest] = sceneProblems({ credits: ['Natural Earth', 'Areas: Natural Earth'] });
    expect(rest).toEqual([]);
    expect(problem).toBe('content/scenes/border.yaml: credits: a map showing "line-of-actual-control" must credit "LAC: Natural Earth" (content/geodata/layers.yaml); add that line to the scene\'s credits');
  });
});

describe('storyProblems: flows and country groups', () => {
  const flowProblems = (id: string, data: Flow) => storyProblems(entries({ flows: [flowEntry(id, data)] }));

  it('storyProblems(flow from or to an unknown place) names the file, `<flow>.from` or `<flow>.to` and the place', () => {
    expect(flowProblems('us-ru', { ...usRu, from: 'langley' })).toEqual(['content/data/flows.yaml: us-ru.from: unknown place "langley"; use a place id from content/geodata/places.geojson or add the place there']);
    expect(flowProblems('us-ru', { ...usRu, to: 'kremlin' })).toEqual(['content/data/flows.yaml: us-ru.to: unknown place "kremlin"; use a place id from content/geodata/places.geojson or add the place there']);
  });

  it('storyProblems(flow routed along an unknown feature or geodata layer) names the file, `<flow>.route` and both ids', () => {
    expect(flowProblems('gas', { ...gas, route: { data: 'line-of-actual-control', feature: 'pos1' } })).toEqual([
      'content/data/flows.yaml: gas.route: no feature "pos1" in geodata layer "line-of-actual-control"; name a feature of a lines layer in content/geodata/layers.yaml',
    ]);
    expect(flowProblems('gas', { ...gas, route: { data: 'pipelines', feature: 'eastern' } })).toEqual([
      'content/data/flows.yaml: gas.route: no feature "eastern" in geodata layer "pipelines"; name a feature of a lines layer in content/geodata/layers.yaml',
    ]);
  });

  it('storyProblems(flow measure with unknown source id) names the file, `<flow>.measures[i].sources[j]` and the id', () => {
    const measures = [{ ...usRu.measures[0], sources: ['tass', 'reuters'] }];
    const [problem, ...rest] = flowProblems('us-ru', { ...usRu, measures });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/data\/flows\.yaml: us-ru\.measures\[0\]\.sources\[1\]: unknown source id "reuters"/);
  });

  it('storyProblems(flow measure dated after story.updated) names the file, `<flow>.measures[i].date` and both dates', () => {
    const measures = [usRu.measures[0], { ...usRu.measures[0], date: '2026-01-01' }];
    const [problem, ...rest] = flowProblems('us-ru', { ...usRu, measures });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/data\/flows\.yaml: us-ru\.measures\[1\]\.date: "2026-01-01" is later than the story's last update, 2025-04-29/);
  });

  it('storyProblems(flow volume for a year after story.updated) names the file and `<flow>.volume.year`', () => {
    const [problem, ...rest] = flowProblems('gas', { ...gas, volume: { amount: '38 bcm', year: '2026', mtoe: 31 } });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/data\/flows\.yaml: gas\.volume\.year: "2026" is later than the story's last update/);
  });

  it('storyProblems(country group with unknown source id) names the file, `<group>.sources[i]` and the id', () => {
    const [problem, ...rest] = storyProblems(entries({ groups: [groupEntry('nato-2021', { ...nato, sources: ['nato-website'] })] }));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/data\/country-groups\.yaml: nato-2021\.sources\[0\]: unknown source id "nato-website"/);
  });
});

describe('storyProblems: steps showing flows, features and groups', () => {
  const borderStep = (data: Partial<Step>) => stepProblems({ scene: 'border', ...data });

  it('storyProblems(step showing known flows, features and a known group) is empty', () => {
    const layers = [{ id: 'arrows', show: ['us-ru', 'gas'] }, { id: 'lac', show: ['western'] }, { id: 'disputed' }];
    expect(borderStep({ layers, highlight: [{ group: 'nato-2021', role: 'member' }, { country: '156', role: 'focus' }] })).toEqual([]);
  });

  it('storyProblems(step showing an unknown flow) names the file, `layers[i].show[j]` and the known flows', () => {
    expect(borderStep({ layers: [{ id: 'arrows', show: ['us-ru', 'eu-cn'] }] })).toEqual([
      'content/steps/010-ilrs-agreement.md: layers[0].show[1]: unknown flow "eu-cn" in layer "arrows"; use a flow id from content/data/flows.yaml (known: gas, us-ru)',
    ]);
  });

  it('storyProblems(step showing an unknown feature of a lines or areas layer) names the file, `layers[i].show[j]` and the known features', () => {
    expect(borderStep({ layers: [{ id: 'arrows' }, { id: 'lac', show: ['galwan'] }, { id: 'disputed', show: ['arunachal', 'doklam'] }] })).toEqual([
      'content/steps/010-ilrs-agreement.md: layers[1].show[0]: unknown feature "galwan" in layer "lac"; use a feature id of geodata layer "line-of-actual-control" (known: eastern, western)',
      'content/steps/010-ilrs-agreement.md: layers[2].show[1]: unknown feature "doklam" in layer "disputed"; use a feature id of geodata layer "disputed-areas" (known: aksai-chin, arunachal)',
    ]);
  });

  it('storyProblems(step with `show` on a layer without features) names the file, `layers[i].show` and the layer kind', () => {
    expect(stepProblems({ layers: [{ id: 'partners', show: ['156'] }] })).toEqual([
      'content/steps/010-ilrs-agreement.md: layers[0].show: layer "partners" (ilrs-partners) has no features to choose from; list the layer without `show`',
    ]);
  });

  it('storyProblems(step highlighting an unknown group) names the file, `highlight[i].group` and the known groups', () => {
    expect(stepProblems({ highlight: [{ country: '156', role: 'founder' }, { group: 'warsaw-pact', role: 'member' }] })).toEqual([
      'content/steps/010-ilrs-agreement.md: highlight[1].group: unknown country group "warsaw-pact"; use a group from content/data/country-groups.yaml or add it there (known: nato-2021)',
    ]);
  });

  it('storyProblems(date later than the last correction or update) names the field and points to the log', () => {
    const [problem] = storyProblems(entries({ steps: [stepEntry('content/steps/010-ilrs-agreement.md', { asOf: '2026-01-15' })] }));
    expect(problem).toMatch(/^content\/steps\/010-ilrs-agreement\.md: asOf: "2026-01-15" is later than the story's last update, 2025-04-29 \(content\/corrections\.yaml\); correct the date, or log the update in content\/corrections\.yaml$/);
    const logged = entries({ steps: [stepEntry('content/steps/010-ilrs-agreement.md', { asOf: '2026-01-15' })], corrections: [correction('2026-01-20')] });
    expect(storyProblems(logged)).toEqual([]);
  });

  it('storyProblems(correction naming an unknown step) names `<entry>.steps[i]`', () => {
    const [problem, ...rest] = storyProblems(entries({ corrections: [correction('2025-04-29', 'update', ['ilrs-agreement', 'nato-reprot'])] }));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/corrections\.yaml: 2025-04-29-update\.steps\[1\]: unknown step "nato-reprot"/);
  });

  it('storyProblems("since" update citing an unknown source) names `since[i].sources[j]`', () => {
    const since = [{ date: '2023-07-17', text: 'Venezuela signed on.', sources: ['tass', 'nope'] }];
    const [problem, ...rest] = stepProblems({ since, asOf: '2023-07-17' });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/steps\/010-ilrs-agreement\.md: since\[0\]\.sources\[1\]: unknown source id "nope"/);
  });

  it('storyProblems(step label where a disputed area is labeled, without the area\'s words) names `labels[i].text`', () => {
    const doklam = {
      name: 'Doklam', status: 'disputed' as const, held: 'China and Bhutan', parties: ['156'], treatment: 'Labeled.', since: [], sources: ['tass'],
      label: { text: 'Doklam (disputed by China and Bhutan)', at: [116.4, 39.9] as [number, number] },
    };
    const borderAreas = [{ file: 'content/geodata/borders.yaml', id: 'doklam', data: doklam }];
    const at = (text: string) => entries({ borderAreas, steps: [stepEntry('content/steps/010-ilrs-agreement.md', { labels: [{ place: 'beijing', text }] })] });
    const [problem, ...rest] = storyProblems(at('Doklam standoff, 2017'));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/steps\/010-ilrs-agreement\.md: labels\[0\]\.text: beijing is where the map labels Doklam "Doklam \(disputed by China and Bhutan\)"/);
    expect(storyProblems(at('Doklam (disputed by China and Bhutan): standoff, 2017'))).toEqual([]);
  });

  it('storyProblems(disputed area shaped by an unknown geodata feature) names `<area>.shape.feature`', () => {
    const aksai = { name: 'Aksai Chin', status: 'disputed' as const, held: 'China', parties: ['156'], treatment: 'Hatched.', since: [], sources: ['tass'], shape: { data: 'disputed-areas', feature: 'B07' } };
    const [problem, ...rest] = storyProblems(entries({ borderAreas: [{ file: 'content/geodata/borders.yaml', id: 'aksai-chin', data: aksai }] }));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/geodata\/borders\.yaml: aksai-chin\.shape\.feature: no feature "B07" in geodata layer "disputed-areas" \(known: aksai-chin, arunachal\)/);
  });

  it('storyProblems(dated facts about an unknown feature, or citing an unknown source) names the layer\'s `facts`', () => {
    const facts = { ghost: [{ date: '2021-09-10', text: 'Completed.', sources: ['nope'] }] };
    const layers = new Map(geoLayers);
    const lac = layers.get('line-of-actual-control');
    if (!lac) throw new Error('fixture');
    layers.set('line-of-actual-control', { ...lac, data: { ...lac.data, facts } });
    const problems = storyProblems(entries({ geoLayers: layers }));
    expect(problems.map((p) => p.split(': ').slice(0, 2).join(': '))).toEqual([
      'content/geodata/layers.yaml: line-of-actual-control.facts.ghost',
      'content/geodata/layers.yaml: line-of-actual-control.facts.ghost[0].sources[0]',
    ]);
  });
});

