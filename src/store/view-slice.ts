import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from './store';

/** A camera position: centre as [longitude, latitude], zoom, bearing and pitch in degrees. */
export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** How the map is able to render (its health only; data sources have their own status). */
export type MapStatus = 'starting' | 'ready' | 'no-webgl' | 'context-lost';

/** Data loaded after start-up, each with its own status. */
export type DataSource = 'basemap' | 'deposits' | 'corridors' | 'markets';

/** Camera, colour scheme and map health. */
export interface ViewSlice {
  camera: Camera;
  /** What the map shows: [west, south, east, north] in degrees, or null before the map is ready. */
  viewBounds: [number, number, number, number] | null;
  colorScheme: 'light' | 'dark';
  mapStatus: MapStatus;
  mapMessage: string | null;
  /** What went wrong with each data source that failed (absent: fine or not loaded yet). */
  sourceProblems: Readonly<Partial<Record<DataSource, string>>>;
  /** Records (a message) or clears (null) the problem of one source. */
  setSourceProblem: (source: DataSource, message: string | null) => void;
  setCamera: (camera: Camera, bounds?: [number, number, number, number]) => void;
  setColorScheme: (scheme: 'light' | 'dark') => void;
  setMapStatus: (status: MapStatus, message?: string) => void;
}

/** The world view the atlas opens on. */
export const DEFAULT_CAMERA: Camera = { center: [20, 15], zoom: 1.2, bearing: 0, pitch: 0 };

/** Creates the view slice. */
export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set, get) => ({
  camera: DEFAULT_CAMERA,
  viewBounds: null,
  colorScheme: 'light',
  mapStatus: 'starting',
  mapMessage: null,
  setCamera: (camera, bounds) => set({ camera, viewBounds: bounds ?? null }),
  setColorScheme: (colorScheme) => set({ colorScheme }),
  setMapStatus: (mapStatus, message) => set({ mapStatus, mapMessage: message ?? null }),
  sourceProblems: {},
  setSourceProblem: (source, message) => {
    const current = get().sourceProblems;
    if ((current[source] ?? null) === message) return;
    const next = { ...current };
    if (message === null) delete next[source];
    else next[source] = message;
    set({ sourceProblems: next });
  },
});
