import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { stepSchema } from '../../src/lib/content/schemas';
import { stepYaml, yamlFlow, yamlScalar, yamlText, type PickedStep } from '../../src/lib/picker/step-yaml';

/** Reads frontmatter as Astro reads a step's file (the same parser), then through the step schema. */
const readBack = (yaml: string) => stepSchema.parse(parseFrontmatter(`---\n${yaml}---\nProse.\n`).frontmatter);

const picked: PickedStep = {
  scene: 'sino-indian-border',
  view: { bounds: [[73, 26], [97.5, 36.5]], meridian: 85 },
  asOf: '2021-03-19',
  layers: ['claims', { id: 'lac', show: ['lac'] }],
  highlight: [{ country: '356', role: 'subject' }, { group: 'nato-2021', role: 'member' }],
  labels: [{ place: 'galwan-clash', text: 'Galwan clash, 15 Jun 2020: "approx." # not a comment' }, { country: '156' }],
  description: 'The China–India border from Ladakh to Arunachal Pradesh, with the Line of Actual Control drawn as a solid line and the disputed areas hatched.',
};

describe('stepYaml', () => {
  it('stepYaml(picked) reads back, through Astro’s frontmatter parser and the step schema, as what was picked', () => {
    const step = readBack(stepYaml(picked));
    expect(step).toMatchObject({ ...picked, layers: [{ id: 'claims' }, { id: 'lac', show: ['lac'] }] });
  });

  it('stepYaml(picked) writes the style of content/steps/: block keys, a flow mapping per entry, codes in quotes', () => {
    expect(stepYaml({ ...picked, description: 'China.' })).toBe(
      [
        'scene: sino-indian-border',
        'view:',
        '  bounds: [[73, 26], [97.5, 36.5]]',
        '  meridian: 85',
        'asOf: "2021-03-19"',
        'layers:',
        '  - claims',
        '  - { id: lac, show: [lac] }',
        'highlight:',
        '  - { country: "356", role: subject }',
        '  - { group: nato-2021, role: member }',
        'labels:',
        '  - { place: galwan-clash, text: "Galwan clash, 15 Jun 2020: \\"approx.\\" # not a comment" }',
        '  - { country: "156" }',
        'description: >-',
        '  China.',
        '',
      ].join('\n'),
    );
  });

  it('stepYaml({ only a view }) leaves out the empty lists, which the schema defaults', () => {
    const yaml = stepYaml({ scene: 'world', view: { fit: ['840'] }, description: 'The United States.' });
    expect(yaml).not.toMatch(/layers|highlight|labels|asOf/);
    expect(readBack(yaml)).toMatchObject({ scene: 'world', view: { fit: ['840'] }, highlight: [], layers: [], labels: [] });
  });

  it('stepYaml({ an empty description }) writes it, so the schema says what is missing', () => {
    const yaml = stepYaml({ scene: 'world', view: { fit: ['840'] }, description: '' });
    expect(yaml).toContain('description: ""');
    expect(stepSchema.safeParse(parseFrontmatter(`---\n${yaml}---\n`).frontmatter).success).toBe(false);
  });
});

describe('yamlScalar', () => {
  it('yamlScalar(an id or role) is plain; a word YAML reads as another type is quoted', () => {
    expect(['subject', 'nato-2021', 'yes', 'No', 'null', 'true', '356', '2021-03-19', 'a b', ''].map(yamlScalar)).toEqual([
      'subject',
      'nato-2021',
      '"yes"',
      '"No"',
      '"null"',
      '"true"',
      '"356"',
      '"2021-03-19"',
      '"a b"',
      '""',
    ]);
  });

  it('yamlScalar(a number) is the number; not a finite one throws', () => {
    expect(yamlScalar(-97.5)).toBe('-97.5');
    expect(() => yamlScalar(Number.NaN)).toThrow(/finite/);
  });
});

describe('yamlFlow', () => {
  it('yamlFlow(nested values) leaves out undefined members', () => {
    expect(yamlFlow({ place: 'doklam', text: undefined })).toBe('{ place: doklam }');
    expect(yamlFlow([[1, 2], [3, 4]])).toBe('[[1, 2], [3, 4]]');
  });
});

describe('yamlText', () => {
  const texts = [
    'Short.',
    `${'A long sentence about the map, '.repeat(8)}ending here.`,
    '“Curly quotes”, an ellipsis… and: a colon # and a hash',
    '  leading spaces',
    'two  spaces',
    'a line\nbreak',
    'a Windows\r\nbreak',
    'a line\u2028separator and a bell\u0007',
    'C1 controls \u0085\u0080, a byte-order mark \ufeff and a non-character \uffff',
    '- a dash first',
  ];

  it('yamlText(text) reads back exactly, folded where folding keeps it', () => {
    for (const text of texts) {
      const { frontmatter } = parseFrontmatter(`---\nd: ${yamlText(text)}\n---\n`);
      expect(frontmatter.d).toBe(text);
    }
  });

  it('yamlText(a long line) folds at spaces within the width', () => {
    const folded = yamlText(texts[1]).split('\n');
    expect(folded[0]).toBe('>-');
    expect(folded.length).toBeGreaterThan(2);
    expect(folded.every((line) => line.length <= 102)).toBe(true);
  });
});
