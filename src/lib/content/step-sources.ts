/** The sources a step cites: those of its map and note, then those of its "Since then" updates, each once. */
import type { Step } from './schemas';

export function stepSources(step: Pick<Step, 'sources' | 'since'>): string[] {
  return [...new Set([...step.sources, ...step.since.flatMap((fact) => fact.sources)])];
}
