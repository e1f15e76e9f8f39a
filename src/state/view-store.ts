/** Which optional views are open (not saved: the Reports view is opened on purpose each session). */
import { create } from 'zustand';

export const useViewStore = create<{ showReports: boolean; setShowReports: (on: boolean) => void }>()((set) => ({
  showReports: false,
  setShowReports: (on) => set({ showReports: on }),
}));
