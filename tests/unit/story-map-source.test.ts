/** The story's head script and its map island read where the map's data is from the map's figure. */
import { describe, expect, it } from 'vitest';
import { storyMapSource } from '../../src/lib/state/story-map-source';

describe('storyMapSource', () => {
  it('reads the data folder and each scene\'s base map file', () => {
    const figure = { dataset: { dataUrl: '/graphics/data/', baseMaps: '{"world":"base/countries-0944b828.json","nord-stream":"base/countries-85c8d6e9.json"}' } };
    expect(storyMapSource(figure)).toEqual({
      dataUrl: '/graphics/data/',
      baseMaps: { world: 'base/countries-0944b828.json', 'nord-stream': 'base/countries-85c8d6e9.json' },
    });
  });

  it('names the figure and the attributes it lacks', () => {
    expect(() => storyMapSource(null)).toThrow('figure.story-map lacks data-data-url or data-base-maps');
    expect(() => storyMapSource({ dataset: { baseMaps: '{}' } })).toThrow('figure.story-map lacks data-data-url or data-base-maps');
    expect(() => storyMapSource({ dataset: { dataUrl: '/data/' } })).toThrow('figure.story-map lacks data-data-url or data-base-maps');
  });
});
