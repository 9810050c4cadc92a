/** What the live map fetches to draw a scene's first step: the same list for the head script's preloads. */
import { describe, expect, it } from 'vitest';
import { sceneFirstUrls } from '../../src/lib/state/data-urls';

describe('sceneFirstUrls', () => {
  it('is the scene\'s data and its base map, side by side', () => {
    expect(sceneFirstUrls('/data/', 'world', { world: 'base/countries-0944b828.json', sanctions: 'base/countries-22253cc0.json' })).toEqual([
      '/data/world.json',
      '/data/base/countries-0944b828.json',
    ]);
  });

  it('is the scene\'s data alone where the page does not name its base map', () => {
    expect(sceneFirstUrls('/data/', 'world')).toEqual(['/data/world.json']);
    expect(sceneFirstUrls('/data/', 'world', { sanctions: 'base/countries-22253cc0.json' })).toEqual(['/data/world.json']);
    // A scene id that is an object's own key elsewhere (its prototype's) names no base map.
    expect(sceneFirstUrls('/data/', 'constructor', {})).toEqual(['/data/constructor.json']);
  });
});
