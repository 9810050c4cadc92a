import { describe, expect, it } from 'vitest';
import type { BorderArea } from '../../src/lib/content/border-area-schema';
import type { Flow, Scene, Step } from '../../src/lib/content/schemas';
import { framingProblems } from '../../src/lib/content/validate-framing';
import type { StoryEntries } from '../../src/lib/content/validate-story';
import { kindData } from './fixtures';

const FILE = 'content/steps/010-a.md';
const scene: Scene = {
  title: 'Sanctions',
  projection: 'naturalEarth1',
  base: 'countries-110m',
  layers: [{ id: 'arrows', kind: 'flows', title: 'Sanctions', fade: false }],
  legend: [{ role: 'focus', label: '{countries}' }],
  credits: ['Natural Earth'],
};
const euCn: Flow = {
  from: 'brussels', to: 'beijing', kind: 'sanctions', label: 'EU sanctions on China',
  measures: [{ date: '2021-03-22', text: 'Xinjiang sanctions', sources: ['s'] }],
};
const area: BorderArea = {
  name: 'Crimea', status: 'occupied', held: 'Russia, since 2014', parties: ['643'], treatment: 'Drawn as part of Ukraine.', since: [], sources: ['s'],
};

function step(overrides: Partial<Step> = {}, body = 'Both are targets of US sanctions.') {
  const data: Step = { scene: 'sanctions', view: { fit: ['156'] }, highlight: [], layers: [], labels: [], description: 'China is shaded.', since: [], key: [], sources: [], ...overrides };
  return { anchor: 'a', file: FILE, data, body };
}

/** The entries the checks read; the kinds' data given as partners, flows and groups, each in place of its default. */
function entries({
  partners = [],
  flows = [{ file: 'content/data/flows.yaml', id: 'eu-cn', data: euCn }],
  groups = [],
  ...overrides
}: Partial<StoryEntries> & Parameters<typeof kindData>[0] = {}): StoryEntries {
  return {
    story: { file: 'content/story.yaml', data: { headline: 'H', dek: 'D', published: '2021-03', asOf: '2021-03-12', credit: 'C' } },
    steps: [step()],
    scenes: new Map([['sanctions', scene]]),
    sourceIds: new Set(['s']),
    places: new Map(),
    kindData: kindData({ partners, flows, groups }),
    geoLayers: new Map(),
    borderAreas: [{ file: 'content/geodata/borders.yaml', id: 'crimea', data: area }],
    corrections: [],
    ...overrides,
  };
}

const problemsOf = (s: ReturnType<typeof step>) => framingProblems(entries({ steps: [s] }));

describe('framingProblems', () => {
  it('framingProblems(story that speaks as of its day, framing later facts "Since then") is empty', () => {
    const since = [{ date: '2021-03-22', text: 'The EU adopted sanctions.', sources: ['s'] }];
    expect(problemsOf(step({ since }))).toEqual([]);
  });

  it('framingProblems(a "Since then" entry dated on or before the story\'s day) names since[i].date', () => {
    const since = [{ date: '2020', text: 'Trade came to $107.76 billion.', sources: ['s'] }];
    const [problem, ...rest] = problemsOf(step({ since }));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/steps\/010-a\.md: since\[0\]\.date: "2020" is not after the story's date \(12 March 2021, `asOf` in content\/story\.yaml\): a "Since then" entry is for what happened later/);
  });

  it('framingProblems(description mentioning a later date) names description, the date and the way to frame it', () => {
    const [problem, ...rest] = problemsOf(step({ description: 'The pipes were damaged on 26 September 2022.' }));
    expect(rest).toEqual([]);
    expect(problem).toBe(
      'content/steps/010-a.md: description: mentions "26 September 2022", after the story\'s date (12 March 2021, `asOf` in content/story.yaml); move it to `since` with its date, or give the step an `asOf` on or after it to frame its map "Since then"',
    );
  });

  it('framingProblems(step whose `asOf` frames its map "Since then") lets its description speak as of that day, no later', () => {
    expect(problemsOf(step({ asOf: '2023-12-31', description: 'Six countries signed on in 2023.' }))).toEqual([]);
    const [problem] = problemsOf(step({ asOf: '2023-12-31', description: 'And more in 2024.' }));
    expect(problem).toMatch(/^content\/steps\/010-a\.md: description: mentions "2024", after the day this map shows \(31 December 2023\)/);
  });

  it('framingProblems(label mentioning a later date) asks for "Since then: …" unless it says so', () => {
    const [problem] = problemsOf(step({ labels: [{ place: 'anchorage', text: 'Anchorage talks, 18–19 Mar 2021' }] }));
    expect(problem).toMatch(/^content\/steps\/010-a\.md: labels\[0\]\.text: mentions "18–19 Mar 2021".*begin the label "Since then: …"/);
    expect(problemsOf(step({ labels: [{ place: 'anchorage', text: 'Since then: Anchorage talks, 18–19 Mar 2021' }] }))).toEqual([]);
  });

  it('framingProblems(flow that began after the day the map shows) names the step\'s layers and the flow', () => {
    const [problem, ...rest] = problemsOf(step({ layers: [{ id: 'arrows', show: ['eu-cn'] }] }));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/steps\/010-a\.md: layers: flow "eu-cn" begins on 22 March 2021, after the day this map shows \(12 March 2021\); give the step an `asOf`/);
    expect(problemsOf(step({ asOf: '2021-03-22', layers: [{ id: 'arrows', show: ['eu-cn'] }] }))).toEqual([]);
  });

  it('framingProblems(note mentioning a later event) names note', () => {
    const [problem] = problemsOf(step({ note: 'Nord Stream 2 was completed in September 2021.' }));
    expect(problem).toMatch(/^content\/steps\/010-a\.md: note: mentions "September 2021"/);
  });

  it('framingProblems(prose that ends mid-sentence) names body', () => {
    const [problem, ...rest] = problemsOf(step({}, 'The construction of Nord Stream 2 is an example of Russian interest in the European market'));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/steps\/010-a\.md: body: ends mid-sentence/);
  });

  it('framingProblems(added text off the house style) names each field, the article\'s own prose aside', () => {
    const problems = framingProblems(
      entries({
        steps: [step({ description: 'China is shaded in the focus colour.' }, 'A “quoted” passage, with the article\'s own "quotes".')],
        scenes: new Map([['sanctions', { ...scene, legend: [{ role: 'focus', label: "China's color" }] }]]),
        flows: [
          {
            file: 'content/data/flows.yaml',
            id: 'eu-cn',
            data: { ...euCn, label: 'EU sanctions in the defence field', measures: [{ ...euCn.measures[0], text: 'Sanctions on "officials"' }] },
          },
        ],
        partners: [
          {
            file: 'content/data/ilrs-partners.yaml',
            id: 've',
            data: { country: '862', name: 'Venezuela', role: 'partner', signed: '2023-07-17', agreement: 'A joint statement on "cooperation"', capital: [-66.9, 10.5], sources: ['s'] },
          },
        ],
        borderAreas: [{ file: 'content/geodata/borders.yaml', id: 'crimea', data: { ...area, treatment: 'Drawn in Ukraine\'s colour.' } }],
      }),
    );
    expect(problems.map((p) => p.split(': ').slice(0, 2).join(': '))).toEqual([
      'content/steps/010-a.md: description',
      'content/data/ilrs-partners.yaml: ve.agreement',
      'content/data/flows.yaml: eu-cn.label',
      'content/data/flows.yaml: eu-cn.measures[0].text',
      'content/geodata/borders.yaml: crimea.treatment',
      'content/geodata/borders.yaml: crimea.treatment',
      'content/scenes/sanctions.yaml: legend[0].label',
    ]);
  });

  it('framingProblems(disputed area with a "Since then" entry predating the story) names `<area>.since[i].date`', () => {
    const since = [{ date: '2014-03-18', text: 'Annexed.', sources: ['s'] }];
    const [problem] = framingProblems(entries({ borderAreas: [{ file: 'content/geodata/borders.yaml', id: 'crimea', data: { ...area, since } }] }));
    expect(problem).toMatch(/^content\/geodata\/borders\.yaml: crimea\.since\[0\]\.date: "2014-03-18" is not after the story's date/);
  });
});
