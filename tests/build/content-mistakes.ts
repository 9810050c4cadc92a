/**
 * The content mistakes the bad-content build tests make (tests/build/content-errors.test.ts): how to make each in
 * a copy of the project, which check catches it, and the file, field, problem and fix its one message names.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Changes `file` in the copy; a change that changes nothing is a broken fixture. */
async function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  const before = await readFile(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
  await writeFile(path, after);
}

/** Changes a GeoJSON file in the copy through its parsed form. */
async function editGeoJson(dir: string, file: string, change: (json: { features: { geometry: { type: string; coordinates: unknown } }[] }) => void) {
  await edit(dir, file, (text) => {
    const json = JSON.parse(text);
    change(json);
    return JSON.stringify(json);
  });
}

const FIRST_STEP = 'content/steps/010-ilrs-agreement.md';
const SECOND_STEP = 'content/steps/020-open-to-partners.md';
const FOURTH_STEP = 'content/steps/040-aerospace-integration.md';
const LAC = 'content/geodata/line_of_actual_control.geojson';
const CLAIM_LINES = 'content/geodata/sino_indian_claim_lines.geojson';
const DISPUTED = 'content/geodata/sino_indian_disputed_areas.geojson';
const SOURCES = 'content/sources.yaml';
const BORDERS = 'content/geodata/borders.yaml';

/** One mistake: how to make it, and the file, field and fix its one message names. */
export interface Mistake {
  /** What is wrong, in a few words. */
  name: string;
  /** Makes the mistake in a copy of the project. */
  make: (dir: string) => Promise<void>;
  /** The file the message names, relative to the project. */
  file: string;
  /** The field, as the message names it. */
  field: string;
  /** What the message says is wrong. */
  problem: RegExp;
  /** How the message says to fix it. */
  fix: RegExp;
  /**
   * Which check catches it. The build stops after the first check that finds a problem, so only mistakes of one
   * check share a build; a content schema stops Astro at the first bad entry, so a schema mistake is built alone.
   */
  check: 'schema' | 'geodata' | 'story' | 'borders' | 'keys';
  /** Files the mistake reads or changes, when more than `file`: mistakes in the same build touch different files. */
  touches?: string[];
}

export const MISTAKES: Mistake[] = [
  {
    name: 'an unknown country code',
    make: (dir) => edit(dir, FIRST_STEP, (t) => t.replace(/fit: \[[^\]]*\]/, 'fit: ["999", "643"]')),
    file: FIRST_STEP,
    field: 'view.fit.0',
    problem: /unknown country code "999"/,
    fix: /use the ISO 3166-1 numeric code of a country the base map draws/,
    check: 'schema',
  },
  {
    name: 'an unknown scene',
    make: (dir) => edit(dir, FIRST_STEP, (t) => t.replace(/^scene: .*$/m, 'scene: moon-base')),
    file: FIRST_STEP,
    field: 'scene',
    problem: /unknown scene "moon-base"/,
    fix: /use a scene from content\/scenes\/ \(known: .*lunar-partners/,
    check: 'story',
  },
  {
    name: 'an unknown layer',
    make: (dir) => edit(dir, SECOND_STEP, (t) => t.replace(/^layers:.*$/m, 'layers: [ilrs-partners, pipelines]')),
    file: SECOND_STEP,
    field: 'layers[1]',
    problem: /unknown layer "pipelines" in scene "lunar-partners"/,
    fix: /use one of the scene's layers or add it to content\/scenes\/lunar-partners\.yaml/,
    check: 'story',
  },
  {
    name: 'an unknown source',
    make: (dir) => edit(dir, 'content/steps/030-joint-statement.md', (t) => t.replace(/^sources:.*(\n\s+- .*)*/m, 'sources: [no-such-source]')),
    file: 'content/steps/030-joint-statement.md',
    field: 'sources[0]',
    problem: /unknown source id "no-such-source"/,
    fix: /add it to content\/sources\.yaml or fix the id/,
    check: 'story',
  },
  {
    name: 'an unknown place',
    make: (dir) => edit(dir, 'content/steps/150-sino-indian-border.md', (t) => t.replace('{ place: pangong-tso }', '{ place: pangong-lake }')),
    file: 'content/steps/150-sino-indian-border.md',
    field: 'labels[1].place',
    problem: /unknown place "pangong-lake"/,
    fix: /use a place id from content\/geodata\/places\.geojson or add the place there/,
    check: 'story',
  },
  {
    name: 'an unknown flow',
    make: (dir) => edit(dir, 'content/steps/120-energy-ties.md', (t) => t.replace('show: [ru-cn-crude, ru-cn-gas]', 'show: [ru-cn-crude, ru-cn-oil]')),
    file: 'content/steps/120-energy-ties.md',
    field: 'layers[0].show[1]',
    problem: /unknown flow "ru-cn-oil" in layer "flows"/,
    fix: /use a flow id from content\/data\/flows\.yaml \(known: .*ru-cn-gas/,
    check: 'story',
  },
  {
    name: 'an unknown country group',
    make: (dir) => edit(dir, 'content/steps/050-nato-report.md', (t) => t.replace('group: nato-2021,', 'group: nato-2020,')),
    file: 'content/steps/050-nato-report.md',
    field: 'highlight[0].group',
    problem: /unknown country group "nato-2020"/,
    fix: /use a group from content\/data\/country-groups\.yaml or add it there/,
    check: 'story',
  },
  {
    name: 'a link to an unknown step id',
    make: (dir) => edit(dir, 'content/steps/060-nato-space-quote.md', (t) => `${t.trimEnd()} See [the NATO map](#nato-reprot).\n`),
    file: 'content/steps/060-nato-space-quote.md',
    field: 'body',
    problem: /the link to "#nato-reprot" names no step/,
    fix: /link to a step by its id, its file name without the order number \(known: .*nato-report/,
    check: 'story',
  },
  {
    name: 'a duplicate step id',
    make: (dir) => copyFile(join(dir, 'content/steps/070-nato-jisd-unit.md'), join(dir, 'content/steps/075-nato-jisd-unit.md')),
    file: 'content/steps/075-nato-jisd-unit.md',
    field: 'file name',
    problem: /duplicate step id "nato-jisd-unit" \(also content\/steps\/070-nato-jisd-unit\.md\)/,
    fix: /rename one of the files/,
    touches: ['content/steps/070-nato-jisd-unit.md', 'content/steps/075-nato-jisd-unit.md'],
    check: 'story',
  },
  {
    name: 'a missing map description',
    make: (dir) => edit(dir, FIRST_STEP, (t) => t.replace(/^description:.*(\n[ ]+.*)*$/m, '')),
    file: FIRST_STEP,
    field: 'description',
    problem: /every step needs a `description` of its map for screen readers/,
    fix: /add `description:` with one or two sentences on what the map shows/,
    check: 'schema',
  },
  {
    name: 'a malformed date',
    make: (dir) => edit(dir, SECOND_STEP, (t) => t.replace(/^asOf: .*$/m, 'asOf: "31 December 2023"')),
    file: SECOND_STEP,
    field: 'asOf',
    problem: /malformed date "31 December 2023"/,
    fix: /write it in quotes as "YYYY-MM-DD"/,
    check: 'schema',
  },
  {
    name: 'an impossible date',
    make: (dir) => edit(dir, SECOND_STEP, (t) => t.replace(/^asOf: .*$/m, 'asOf: "2023-02-30"')),
    file: SECOND_STEP,
    field: 'asOf',
    problem: /impossible date "2023-02-30"/,
    fix: /correct it to a real date as "YYYY-MM-DD"/,
    check: 'schema',
  },
  {
    name: "a date later than the story's last correction or update",
    make: (dir) => edit(dir, 'content/steps/090-eu-xinjiang.md', (t) => t.replace(/^asOf: .*$/m, 'asOf: "2031-01-15"')),
    file: 'content/steps/090-eu-xinjiang.md',
    field: 'asOf',
    problem: /"2031-01-15" is later than the story's last update, \d{4}-\d{2}-\d{2} \(content\/corrections\.yaml\)/,
    fix: /log the update in content\/corrections\.yaml/,
    check: 'story',
  },
  {
    name: 'a fact dated after the story outside a "Since then" frame',
    make: (dir) => edit(dir, 'content/steps/175-us-pressure.md', (t) => t.replace('and its\n  owner.', 'and its\n  owner; explosions damaged it on 26 September 2022.')),
    file: 'content/steps/175-us-pressure.md',
    field: 'description',
    problem: /mentions "26 September 2022", after the story's date \(12 March 2021, `asOf` in content\/story\.yaml\)/,
    fix: /move it to `since` with its date/,
    check: 'story',
  },
  {
    name: 'a "Since then" entry that predates the story',
    make: (dir) => edit(dir, 'content/steps/180-us-china-talks.md', (t) => t.replace('  - date: "2021-03-18"', '  - date: "2020-03-18"')),
    file: 'content/steps/180-us-china-talks.md',
    field: 'since[0].date',
    problem: /"2020-03-18" is not after the story's date/,
    fix: /put it in the map's description or the step's note instead/,
    check: 'story',
  },
  {
    name: 'a source without a title',
    make: (dir) => edit(dir, SOURCES, (t) => t.replace(/^(tass-ilrs-mou-2021:\n  publisher: TASS\n)  title: .*\n/m, '$1')),
    file: SOURCES,
    field: 'tass-ilrs-mou-2021.title',
    problem: /every source needs the `title` of the item cited/,
    fix: /as its publisher gave it/,
    check: 'schema',
  },
  {
    name: 'a source on a bare IP address',
    make: (dir) => edit(dir, SOURCES, (t) => t.replace('url: https://tass.com/science/1263979', 'url: http://108.161.137.60/piglix/Nord_Stream')),
    file: SOURCES,
    field: 'tass-ilrs-mou-2021.url',
    problem: /a source `url` on a bare IP address is not the original publication/,
    fix: /cite the publisher's own address/,
    check: 'schema',
  },
  {
    name: 'prose that ends mid-sentence',
    make: (dir) => edit(dir, 'content/steps/110-myanmar.md', (t) => t.replace('to name an example.', 'to name an example')),
    file: 'content/steps/110-myanmar.md',
    field: 'body',
    problem: /ends mid-sentence \("…/,
    fix: /end the step where the article's sentence ends/,
    check: 'story',
  },
  {
    name: 'a key entry for something the step does not show',
    make: (dir) => edit(dir, FIRST_STEP, (t) => t.replace(/^sources: /m, 'key:\n  - { role: member, label: "NATO members" }\nsources: ')),
    file: FIRST_STEP,
    field: 'key[0]',
    problem: /the map at this step does not show countries as "member"/,
    fix: /remove the entry, or show what it explains/,
    check: 'keys',
  },
  {
    name: 'a disputed area whose point lies outside it',
    make: (dir) => edit(dir, BORDERS, (t) => t.replace('shape: { polygonOf: "643", at: [34.1, 45.0] }', 'shape: { polygonOf: "643", at: [30.5, 50.4] }')),
    file: BORDERS,
    field: 'crimea.shape.at',
    problem: /no polygon of country "643" in countries-110m and countries-50m contains \[30\.5, 50\.4\]/,
    fix: /give a point inside the area/,
    check: 'borders',
  },
  {
    name: 'GeoJSON with an invalid geometry type',
    make: (dir) => editGeoJson(dir, LAC, (json) => (json.features[0].geometry.type = 'Linestring')),
    file: LAC,
    field: 'features[0].geometry.type',
    problem: /"Linestring" is not one of LineString, MultiLineString/,
    fix: /give the feature a LineString or MultiLineString geometry/,
    check: 'geodata',
  },
  {
    name: 'a ring wound the wrong way',
    make: (dir) => editGeoJson(dir, DISPUTED, (json) => (json.features[0].geometry.coordinates as unknown[][])[0].reverse()),
    file: DISPUTED,
    field: 'features[0].geometry.coordinates',
    problem: /the exterior ring is wound the wrong way \(counter-clockwise\), so it would fill the globe/,
    fix: /reverse its positions/,
    check: 'geodata',
  },
  {
    name: 'coordinates out of range',
    make: (dir) =>
      // In another file than the other GeoJSON mistakes, so that they share a build.
      editGeoJson(dir, CLAIM_LINES, (json) => {
        const position = (json.features[0].geometry.coordinates as number[][][])[0][3];
        position[0] += 200;
      }),
    file: CLAIM_LINES,
    field: 'features[0].geometry.coordinates[0][3]',
    problem: /\[27\d\.\d+, 3\d\.\d+\] is out of range/,
    fix: /check the numbers and that longitude comes first/,
    check: 'geodata',
  },
  {
    name: 'empty prose',
    make: (dir) => edit(dir, FOURTH_STEP, (t) => t.replace(/^(---\n[\s\S]*?\n---\n)[\s\S]*$/, '$1\n')),
    file: FOURTH_STEP,
    field: 'body',
    problem: /the step has no prose/,
    fix: /write its passage of the article below the frontmatter/,
    check: 'story',
  },
];
