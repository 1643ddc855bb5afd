import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from './store';

/** The selected and hovered sites. */
export interface SelectionSlice {
  selectedId: string | null;
  hoveredId: string | null;
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
}

/** Creates the selection slice. */
export const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  hoveredId: null,
  select: (id) => set({ selectedId: id }),
  hover: (id) => set({ hoveredId: id }),
});
