/**
 * Where a side panel will be, while the first screen paints the canvas first (state/first-screen.ts) or while
 * its code loads: the same region (so its place and name do not jump), marked busy, with a short line.
 */
import './side-panel.css';

export function PendingPanel({ label, text }: { label: string; text?: string }) {
  return (
    <section className="pending-panel" aria-label={label} aria-busy="true">
      {text && <p className="pending-text">{text}</p>}
    </section>
  );
}
