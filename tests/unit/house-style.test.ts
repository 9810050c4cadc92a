import { describe, expect, it } from 'vitest';
import { houseStyleProblems, sentenceProblems } from '../../src/lib/content/house-style';

describe('houseStyleProblems', () => {
  it('houseStyleProblems(text in the house style) is empty', () => {
    expect(houseStyleProblems('China and Russia are shaded in the focus color; the US “defense” bill’s text.')).toEqual([]);
  });

  it('houseStyleProblems(straight quotes or apostrophes) asks for typographic ones', () => {
    for (const text of ['claimed by China as "Zangnan"', "Xi Jinping's state visit"]) {
      const [problem, ...rest] = houseStyleProblems(text);
      expect(rest).toEqual([]);
      expect(problem).toMatch(/^straight quotes in ".*"; use typographic ones: “ ” for quotes, ’ for apostrophes$/);
    }
  });

  it('houseStyleProblems(British spelling) names the word and the article\'s spelling', () => {
    expect(houseStyleProblems('shaded in the focus colour')).toEqual(['British spelling "colour" in "shaded in the focus colour"; the article spells it "color"']);
    expect(houseStyleProblems('the 2020 defence bill, 4.1 billion cubic metres')).toHaveLength(2);
  });

  it('houseStyleProblems(a proper name spelled the British way) lets it be: names keep their spelling', () => {
    expect(houseStyleProblems('India’s Ministry of Defence')).toEqual([]);
  });

  it('houseStyleProblems("Sino-Indian border") asks for the one name added text uses', () => {
    expect(houseStyleProblems('Clashes on the Sino-Indian border.')).toEqual([
      '"Sino-Indian border" in "Clashes on the Sino-Indian border."; added text calls it the "China–India border"',
    ]);
  });
});

describe('sentenceProblems', () => {
  it('sentenceProblems(whole sentences, or a quotation that closes after its full stop) is empty', () => {
    expect(sentenceProblems('China and Russia signed an agreement this week.')).toEqual([]);
    expect(sentenceProblems('“In response, Moscow has done its best to remain neutral.')).toEqual([]);
    expect(sentenceProblems('An alliance would make this policy much more difficult,” they wrote.')).toEqual([]);
    expect(sentenceProblems('The same report recommends a “special unit … impacts Euro-Atlantic security”.')).toEqual([]);
  });

  it('sentenceProblems(passage ending mid-sentence) says so, with its end', () => {
    expect(sentenceProblems('The construction of Nord Stream 2 is an example of Russian interest in the European market')).toEqual([
      'ends mid-sentence ("…nterest in the European market"); end the step where the article\'s sentence ends',
    ]);
  });

  it('sentenceProblems(passage beginning mid-sentence) says so, with its start', () => {
    const [problem, ...rest] = sentenceProblems('– despite pressure from the United States for the project to be aborted.');
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^begins mid-sentence \("– despite pressure from the Un…"\); start the step where/);
  });

  it('sentenceProblems(Markdown links and HTML) reads the text, not the markup', () => {
    expect(sentenceProblems('As [the next step](#open-to-partners) shows.')).toEqual([]);
    expect(sentenceProblems('<em>Both</em> are targets of US sanctions.')).toEqual([]);
  });
});
