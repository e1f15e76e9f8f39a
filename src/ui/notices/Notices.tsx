import { dismiss, useNoticeStore } from '../../state/notice-store';

/** Notices in a corner stack; errors are announced to screen readers at once. */
export function Notices() {
  const notices = useNoticeStore((s) => s.notices);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.key} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-notice={n.key}>
          <div className="notice-body">
            <strong>{n.title}</strong>
            {n.text && <p>{n.text}</p>}
          </div>
          {n.action && (
            <button type="button" onClick={n.action.run}>
              {n.action.label}
            </button>
          )}
          <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => dismiss(n.key)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
