/**
 * What the designer opens on. Boot order: a shared link in the URL fragment, else the autosaved design,
 * else the reference small design, so a first look shows what the designer does.
 */
import { SAMPLES } from '../document/samples';
import { useDesignStore } from '../state/design-store';

export function boot(): void {
  useDesignStore.getState().replace(SAMPLES.small.load(), { origin: { kind: 'sample', name: 'small' }, undoable: false });
}
