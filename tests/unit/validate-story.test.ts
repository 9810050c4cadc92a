import { describe, expect, it } from 'vitest';
import type { IlrsPartner, Scene, Step } from '../../src/lib/schemas';
import { anchorFromFile, storyProblems, type StepEntry, type StoryEntries } from '../../src/lib/validate-story';

const scene: Scene = {
  title: 'Lunar partners',
  projection: 'naturalEarth1',
  base: 'countries-110m',
  layers: [
    { id: 'partners', kind: 'ilrs-partners', title: 'ILRS members' },
    { id: 'moon', kind: 'moon-inset', title: 'South pole' },
  ],
  legend: [],
  credits: ['Natural Earth'],
};

function stepData(overrides: Partial<Step> = {}): Step {
  return {
    scene: 'lunar',
    view: { fit: ['156'] },
    asOf: '2021-03-09',
    highlight: [],
    layers: ['partners'],
    labels: [{ place: 'beijing' }],
    description: 'China and Russia.',
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

function entries(overrides: Partial<StoryEntries> = {}): StoryEntries {
  return {
    story: { file: 'content/story.yaml', data: { headline: 'H', dek: 'D', published: '2021-03', updated: '2025-04-29', credit: 'C' } },
    steps: [stepEntry('content/steps/010-ilrs-agreement.md'), stepEntry('content/steps/020-open-to-partners.md', { asOf: '2025-04' })],
    scenes: new Map([['lunar', scene]]),
    sourceIds: new Set(['tass', 'xinhua']),
    placeIds: new Set(['beijing', 'moscow']),
    partners: [{ file: 'content/data/ilrs-partners.yaml', id: 'china', data: china }],
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

describe('storyProblems', () => {
  it('storyProblems(consistent story) is empty', () => {
    expect(storyProblems(entries())).toEqual([]);
  });

  it('storyProblems(step with unknown scene) names the file, `scene` and the known scenes', () => {
    const [problem, ...rest] = stepProblems({ scene: 'mars' });
    expect(rest).toEqual([]);
    expect(problem).toBe('content/steps/010-ilrs-agreement.md: scene: unknown scene "mars" (known: lunar)');
  });

  it('storyProblems(step with unknown layer) names the file, `layers[i]` and the scene\'s layers', () => {
    const [problem, ...rest] = stepProblems({ layers: ['partners', 'pipelines'] });
    expect(rest).toEqual([]);
    expect(problem).toBe('content/steps/010-ilrs-agreement.md: layers[1]: unknown layer "pipelines" in scene "lunar" (known: moon, partners)');
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
    expect(problem).toBe('content/steps/010-ilrs-agreement.md: labels[1].place: unknown place "atlantis" (known: beijing, moscow)');
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

  it('storyProblems(step showing ilrs-partners without asOf) names the file and `asOf`', () => {
    const [problem, ...rest] = stepProblems({ asOf: undefined });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/steps\/010-ilrs-agreement\.md: asOf: layer "partners" shows partners as of a date/);
  });

  it('storyProblems(step without ilrs-partners or asOf) is fine', () => {
    expect(stepProblems({ asOf: undefined, layers: ['moon'] })).toEqual([]);
  });

  it('storyProblems(step asOf later than story.updated) names the file, `asOf` and both dates', () => {
    const [problem, ...rest] = stepProblems({ asOf: '2025-04-30' });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/steps\/010-ilrs-agreement\.md: asOf: "2025-04-30" is later than the story's updated date "2025-04-29" \(content\/story\.yaml\)/);
  });

  it('storyProblems(step asOf in the month of story.updated) is not too late', () => {
    expect(stepProblems({ asOf: '2025-04' })).toEqual([]);
    expect(stepProblems({ asOf: '2025-04-29' })).toEqual([]);
  });

  it('storyProblems(partner signed later than story.updated) names the file, `<partner>.signed` and both dates', () => {
    const partners = [{ file: 'content/data/ilrs-partners.yaml', id: 'china', data: { ...china, signed: '2026-01-01' } }];
    const [problem, ...rest] = storyProblems(entries({ partners }));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/data\/ilrs-partners\.yaml: china\.signed: "2026-01-01" is later than the story's updated date "2025-04-29"/);
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
