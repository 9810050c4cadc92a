import { geoGraticule } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { graticuleLines } from '../../src/lib/geo/graticule-lines';

describe('graticuleLines', () => {
  it("is d3's default graticule sampled every 10°, line for line and point for point", () => {
    expect(graticuleLines()).toStrictEqual(geoGraticule().precision(10).lines());
  });

  it('has the 36 meridians and 17 parallels of a 10° graticule, meridians to the poles every 90°', () => {
    const lines = graticuleLines();
    const meridians = lines.filter((l) => l.coordinates.every(([x]) => x === l.coordinates[0][0]));
    expect(meridians).toHaveLength(36);
    expect(lines).toHaveLength(36 + 17);
    const toPole = meridians.filter((l) => Math.abs(l.coordinates[0][1]) > 89);
    expect(toPole.map((l) => l.coordinates[0][0])).toEqual([-180, -90, 0, 90]);
  });
});
