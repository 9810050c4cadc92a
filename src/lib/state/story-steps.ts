/**
 * The story's steps as its page lists them: each step's section (StoryStep.astro) carries its anchor (`id`) and
 * its scene (`data-scene`), in reading order. The story's islands read them there rather than from their props,
 * which would carry the same list in the page a second and third time.
 */

/** What a step's section offers: an element, or anything shaped like one. */
export interface StepSection {
  id: string;
  dataset: Record<string, string | undefined>;
}

/** Each step's anchor and scene, in order; a section without either is an error that says which. */
export function storySteps(sections: Iterable<StepSection>): { anchor: string; scene: string }[] {
  const steps = [...sections].map((section, i) => {
    const scene = section.dataset.scene;
    if (!section.id) throw new Error(`story page: step section ${i + 1} has no id (its anchor)`);
    if (!scene) throw new Error(`story page: step section "${section.id}" has no data-scene`);
    return { anchor: section.id, scene };
  });
  if (steps.length === 0) throw new Error('story page: no step sections (section.step)');
  return steps;
}
