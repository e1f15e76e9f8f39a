import { Component, Suspense, type ReactNode } from 'react';
import { PendingPanel } from './PendingPanel';

interface Props {
  /** The region's name (the same as the panel it stands for). */
  label: string;
  /** What is loading, in words: "the reports". */
  what: string;
  children: ReactNode;
}

/**
 * A panel whose code is loaded on use (React.lazy): a busy region while it loads, and if the chunk cannot be
 * fetched (offline before the service worker had it, a newer deploy replaced the files) a message in its
 * place instead of a blank app. The design is not touched either way.
 */
export class LoadBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    const { label, what, children } = this.props;
    if (this.state.failed) {
      return (
        <section className="pending-panel" aria-label={label}>
          <p className="pending-text" role="alert">
            Could not load {what} (is the connection down?). Nothing in your design changed; reload the page to try again.
          </p>
        </section>
      );
    }
    return <Suspense fallback={<PendingPanel label={label} text={`Loading ${what}…`} />}>{children}</Suspense>;
  }
}
