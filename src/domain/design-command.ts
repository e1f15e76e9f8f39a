/**
 * Domain commands as data, so a rule can offer a fix that the UI shows as a button, a test can compare,
 * and the store can apply as one undoable step.
 */
import type { AnyElement, Collection, Design } from './design';
import type { Placement } from './elements/layout';
import type { LinkKind } from './elements/link';
import { addElement, addLink, deleteElements, reparent, updateElement } from './commands';

export type DesignCommand =
  | { op: 'update'; id: string; patch: Record<string, unknown> }
  | { op: 'add'; collection: Collection; element: AnyElement; placement?: Placement }
  | { op: 'link'; kind: LinkKind; from: string; to: string }
  | { op: 'delete'; ids: string[] }
  | { op: 'reparent'; id: string; parentId: string }
  | { op: 'batch'; commands: DesignCommand[] };

export function applyCommand(design: Design, command: DesignCommand): Design {
  switch (command.op) {
    case 'update':
      return updateElement(design, command.id, command.patch);
    case 'add':
      return addElement(design, command.collection, command.element as never, command.placement);
    case 'link':
      return addLink(design, command.kind, command.from, command.to);
    case 'delete':
      return deleteElements(design, command.ids);
    case 'reparent':
      return reparent(design, command.id, command.parentId);
    case 'batch':
      return command.commands.reduce(applyCommand, design);
  }
}
