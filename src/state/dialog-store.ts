/**
 * Questions the app asks the user (confirm a cascading delete, replace unsaved work...). Any layer above
 * the store can ask with `askUser`, which resolves with the chosen option's id, or undefined when the user
 * cancels. The UI renders the pending question (ui/dialogs/DialogHost.tsx); only one is open at a time.
 */
import { create } from 'zustand';

export interface DialogOption {
  id: string;
  label: string;
  /** The option the Enter key takes. */
  primary?: boolean;
  /** Shown in the danger colour (e.g. "Replace", "Delete"). */
  danger?: boolean;
}

export interface DialogRequest {
  title: string;
  message: string;
  /** Extra lines, e.g. the elements a delete would take with it. */
  details?: string[];
  options: DialogOption[];
}

interface DialogState {
  current: (DialogRequest & { resolve: (choice: string | undefined) => void }) | undefined;
}

export const useDialogStore = create<DialogState>()(() => ({ current: undefined }));

export function askUser(request: DialogRequest): Promise<string | undefined> {
  // A question already open is answered "cancel" by the new one, so no promise is left hanging.
  useDialogStore.getState().current?.resolve(undefined);
  return new Promise((resolve) => {
    useDialogStore.setState({
      current: {
        ...request,
        resolve: (choice) => {
          useDialogStore.setState({ current: undefined });
          resolve(choice);
        },
      },
    });
  });
}

/** A yes/no question; resolves true only for the confirming option. */
export async function confirmAction(title: string, message: string, confirmLabel: string, details?: string[]): Promise<boolean> {
  const choice = await askUser({
    title,
    message,
    ...(details && { details }),
    options: [
      { id: 'cancel', label: 'Cancel' },
      { id: 'confirm', label: confirmLabel, primary: true, danger: true },
    ],
  });
  return choice === 'confirm';
}
