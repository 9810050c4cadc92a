/** Areas of a geodata layer, hatched; the base map's disputed and occupied areas join them (geo/border-areas.ts). */
import { geodataKind } from './geodata';

export const areas = /*#__PURE__*/ geodataKind('areas', 'area', false);
