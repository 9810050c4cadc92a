/**
 * The house style of what we add to the article (map descriptions, notes, labels, keys): the article's
 * conventions — American spelling, typographic quotes — and one name for the border. The article's own words
 * are never checked here: they are quoted as published.
 */

/** British spellings and their American forms, as whole lowercase words. */
const AMERICAN: Record<string, string> = {
  colour: 'color',
  colours: 'colors',
  coloured: 'colored',
  defence: 'defense',
  centre: 'center',
  centres: 'centers',
  centred: 'centered',
  programme: 'program',
  programmes: 'programs',
  metre: 'meter',
  metres: 'meters',
  kilometre: 'kilometer',
  kilometres: 'kilometers',
  favour: 'favor',
  labour: 'labor',
  honour: 'honor',
  neighbour: 'neighbor',
  neighbours: 'neighbors',
  neighbouring: 'neighboring',
  organisation: 'organization',
  organisations: 'organizations',
  recognise: 'recognize',
  recognised: 'recognized',
  recognises: 'recognizes',
  unrecognised: 'unrecognized',
  authorised: 'authorized',
  analyse: 'analyze',
  licence: 'license',
  travelled: 'traveled',
  modelled: 'modeled',
  signalled: 'signaled',
  cancelled: 'canceled',
  fulfil: 'fulfill',
  grey: 'gray',
};

/** Names the added text does not use, and the one it does. */
const NAMES: Record<string, string> = {
  'Sino-Indian border': 'China–India border',
};

/**
 * What is wrong with `text` by the house style, each as "<what>; <fix>". `proper` lists names that keep their
 * own spelling (a ministry of "Defence").
 */
export function houseStyleProblems(text: string): string[] {
  const problems: string[] = [];
  if (/["']/.test(text)) {
    problems.push(`straight quotes in "${excerpt(text, text.search(/["']/))}"; use typographic ones: “ ” for quotes, ’ for apostrophes`);
  }
  for (const [word, american] of Object.entries(AMERICAN)) {
    const m = new RegExp(`\\b${word}\\b`).exec(text);
    if (m) problems.push(`British spelling "${word}" in "${excerpt(text, m.index)}"; the article spells it "${american}"`);
  }
  for (const [name, ours] of Object.entries(NAMES)) {
    const at = text.indexOf(name);
    if (at !== -1) problems.push(`"${name}" in "${excerpt(text, at)}"; added text calls it the "${ours}"`);
  }
  return problems;
}

function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - 20);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + 30).replace(/\s+/g, ' ')}${at + 30 < text.length ? '…' : ''}`;
}

/**
 * Where a step's passage of the article would split a sentence: it must begin a sentence (a capital, a digit or
 * an opening quote or dash-free start) and end one (a full stop, question or exclamation mark, maybe followed
 * by a closing quote or bracket). Returns what is wrong, or an empty list.
 */
export function sentenceProblems(body: string): string[] {
  const text = body
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
  if (text === '') return [];
  const problems: string[] = [];
  if (!/^[“‘"'(]?[\p{Lu}\d]/u.test(text)) {
    problems.push(`begins mid-sentence ("${text.slice(0, 30)}…"); start the step where the article's sentence starts`);
  }
  if (!/[.!?…][”’"')\]]*$/u.test(text)) {
    problems.push(`ends mid-sentence ("…${text.slice(-30)}"); end the step where the article's sentence ends`);
  }
  return problems;
}
