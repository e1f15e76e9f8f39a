import { useEffect, useRef } from 'react';
import { useDialogStore } from '../../state/dialog-store';
import { FindDialog } from './FindDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import './dialogs.css';

/** Every modal the app shows: the pending question, and the canvas's find box and shortcut list. */
export function DialogHost() {
  return (
    <>
      <QuestionDialog />
      <FindDialog />
      <ShortcutsDialog />
    </>
  );
}

/** Renders the pending question from the dialog store as a modal dialog. Escape cancels. */
function QuestionDialog() {
  const current = useDialogStore((s) => s.current);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (current && !dialog.open) dialog.showModal();
    if (!current && dialog.open) dialog.close();
  }, [current]);

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby="modal-title"
      aria-describedby="modal-message"
      data-testid="dialog"
      onCancel={(e) => {
        e.preventDefault();
        current?.resolve(undefined);
      }}
    >
      {current && (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
            current.resolve(submitter?.value ?? current.options.find((o) => o.primary)?.id);
          }}
        >
          <h2 id="modal-title">{current.title}</h2>
          <p id="modal-message">{current.message}</p>
          {current.details && current.details.length > 0 && (
            // Focusable so a long list (an import report) can be scrolled from the keyboard.
            <ul className="modal-details" tabIndex={0} aria-label="Details">
              {current.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          )}
          <div className="modal-actions">
            {current.options.map((o) => (
              <button
                key={o.id}
                type="submit"
                value={o.id}
                className={o.danger ? 'danger' : o.primary ? 'primary' : undefined}
                autoFocus={o.primary}
              >
                {o.label}
              </button>
            ))}
          </div>
        </form>
      )}
    </dialog>
  );
}
