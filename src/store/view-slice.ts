import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from './store';

/** A camera position: centre as [longitude, latitude], zoom, bearing and pitch in degrees. */
export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** How the map is able to render. */
export type MapStatus = 'starting' | 'ready' | 'no-webgl' | 'context-lost' | 'error';

/** Camera, colour scheme and map health. */
export interface ViewSlice {
  camera: Camera;
  /** What the map shows: [west, south, east, north] in degrees, or null before the map is ready. */
  viewBounds: [number, number, number, number] | null;
  colorScheme: 'light' | 'dark';
  mapStatus: MapStatus;
  mapMessage: string | null;
  setCamera: (camera: Camera, bounds?: [number, number, number, number]) => void;
  setColorScheme: (scheme: 'light' | 'dark') => void;
  setMapStatus: (status: MapStatus, message?: string) => void;
}

/** The world view the atlas opens on. */
export const DEFAULT_CAMERA: Camera = { center: [20, 15], zoom: 1.2, bearing: 0, pitch: 0 };

/** Creates the view slice. */
export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set) => ({
  camera: DEFAULT_CAMERA,
  viewBounds: null,
  colorScheme: 'light',
  mapStatus: 'starting',
  mapMessage: null,
  setCamera: (camera, bounds) => set({ camera, viewBounds: bounds ?? null }),
  setColorScheme: (colorScheme) => set({ colorScheme }),
  setMapStatus: (mapStatus, message) => set({ mapStatus, mapMessage: message ?? null }),
});
