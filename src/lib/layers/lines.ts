/** Lines of a geodata layer: the Line of Actual Control, claim lines, pipeline routes (which may fade in). */
import { geodataKind } from './geodata';

export const lines = /*#__PURE__*/ geodataKind('lines', 'line', true);
