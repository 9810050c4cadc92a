/**
 * The step the reader is on, shared by the story's two islands (one module instance per page): StepObserver
 * sets it, StoryMap's live map follows it. Empty until StepObserver mounts.
 */
export const reading = $state({ active: '' });
