/**
 * Putting a design that was just loaded on screen. A large one would otherwise freeze the page for
 * seconds in one task (layout of every element, then all the rules): its layout is baked in short tasks
 * before it is shown, and its validation runs in the background after (state/findings.ts), so the canvas
 * shows it soon and the page answers input throughout. Routing follows the same way (canvas/use-routing.ts).
 */
import type { Design } from '../domain/design';
import { linkLanes } from '../domain/link-lanes';
import { elementCount, indexDesign } from '../domain/queries';
import type { LoadResult } from '../document/load-error';
import type { Steps } from '../domain/steps';
import { bakeLayoutSteps } from '../layout/tidy';
import { useDesignStore, type DesignOrigin } from './design-store';
import { checkInBackground } from './findings';
import { runInSlices } from './run-in-slices';

/** Above this many elements, validation of a design just opened runs after it is on screen. */
export const CHECK_LATER_ELEMENTS = 2000;

/**
 * What the first render of a design derives from it as a whole (the element index, the lanes of parallel
 * links), computed in slices beforehand: the memos hand the render these, and at 20,000 elements that took
 * a sixth of the task that puts the design on screen.
 */
function* warm(design: Design): Steps<void> {
  yield;
  indexDesign(design);
  yield;
  linkLanes(design.links);
  // A task of its own for what comes next (showing the design renders the canvas): not the last slice's.
  yield;
}

/** Load (parse and check the file) and lay out in short tasks: the design ready to be shown, or why not. */
export async function prepareDesign(load: Steps<LoadResult<Design>>): Promise<LoadResult<Design>> {
  const loaded = await runInSlices(load).done;
  if (!loaded.ok) return loaded;
  const baked = await runInSlices(bakeLayoutSteps(loaded.value)).done;
  await runInSlices(warm(baked)).done;
  return { ...loaded, value: baked };
}

/** Put a prepared design on screen (design-store replace); a large one is judged after it shows. */
export function showDesign(design: Design, options: { origin: DesignOrigin; undoable: boolean }): void {
  if (elementCount(design) > CHECK_LATER_ELEMENTS) checkInBackground(design);
  useDesignStore.getState().replace(design, options);
}
