import { dismiss, useNoticeStore, type NoticeKind } from '../../state/notice-store';
import './notices.css';

const ICONS: Record<NoticeKind, string> = { error: '✕', warning: '!', info: 'i', success: '✓' };

/** Notices in a stack at the bottom of the canvas; errors are announced to screen readers at once. */
export function Notices() {
  const notices = useNoticeStore((s) => s.notices);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.key} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-notice={n.key}>
          <span className="notice-icon" aria-hidden="true">
            {ICONS[n.kind]}
          </span>
          <div className="notice-body">
            <strong>{n.title}</strong>
            {n.text && <p>{n.text}</p>}
          </div>
          {n.action && (
            <button
              type="button"
              onClick={() => {
                n.action!.run();
                if (!n.sticky) dismiss(n.key);
              }}
            >
              {n.action.label}
            </button>
          )}
          <button type="button" className="notice-close" aria-label="Dismiss" title="Dismiss" onClick={() => dismiss(n.key)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
