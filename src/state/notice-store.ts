/**
 * Messages for the user: a refused import, a copied link, autosave being off. `sticky` notices stay until
 * dismissed or replaced by key (e.g. the autosave banner stays until saving works again).
 */
import { create } from 'zustand';

export type NoticeKind = 'error' | 'warning' | 'info' | 'success';

export interface Notice {
  /** Notices with the same key replace each other. */
  key: string;
  kind: NoticeKind;
  title: string;
  text?: string;
  sticky?: boolean;
  /** An optional action button, e.g. "Download design". */
  action?: { label: string; run: () => void };
}

interface NoticeState {
  notices: Notice[];
}

export const useNoticeStore = create<NoticeState>()(() => ({ notices: [] }));

const timers = new Map<string, ReturnType<typeof setTimeout>>();

export function notify(notice: Notice): void {
  useNoticeStore.setState((s) => ({ notices: [...s.notices.filter((n) => n.key !== notice.key), notice] }));
  clearTimeout(timers.get(notice.key));
  if (!notice.sticky) timers.set(notice.key, setTimeout(() => dismiss(notice.key), 6000));
}

export function dismiss(key: string): void {
  clearTimeout(timers.get(key));
  timers.delete(key);
  useNoticeStore.setState((s) => ({ notices: s.notices.filter((n) => n.key !== key) }));
}
