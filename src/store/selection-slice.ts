import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from './store';

/** Where a selection was made: on the map, or in a list (table, search) that the map must follow. */
export type SelectionOrigin = 'map' | 'list';

/** The selected and hovered sites. */
export interface SelectionSlice {
  selectedId: string | null;
  selectionOrigin: SelectionOrigin;
  hoveredId: string | null;
  /** Sites stacked under one click, offered in a picker so each stays reachable; null when closed. */
  pickerIds: readonly string[] | null;
  openPicker: (ids: readonly string[]) => void;
  closePicker: () => void;
  /** Selects a site (or none); a selection from a list makes the map fly to the site. */
  select: (id: string | null, origin?: SelectionOrigin) => void;
  hover: (id: string | null) => void;
}

/** Creates the selection slice. */
export const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  selectionOrigin: 'map',
  hoveredId: null,
  pickerIds: null,
  openPicker: (ids) => set({ pickerIds: ids }),
  closePicker: () => set({ pickerIds: null }),
  select: (id, origin = 'map') => set({ selectedId: id, selectionOrigin: origin, pickerIds: null }),
  hover: (id) => set({ hoveredId: id }),
});
