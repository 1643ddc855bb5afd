import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions } from '../embed/options';
import type { Camera } from './view-slice';
import type { AtlasState } from './store';

/** A camera move asked for from outside the map (a link, Back/Forward); the map applies it. */
export interface CameraRequest {
  camera: Camera;
  /** Increases with every request, so the same camera can be requested twice. */
  serial: number;
}

/** A request for a picture of the map with the given text burned in, and its result. */
export interface SnapshotRequest {
  serial: number;
  title: string;
  lines: readonly string[];
  footer: string;
}

/** Link-related state: embed mode and options, camera requests, and notices about the link. */
export interface LinkSlice {
  embed: boolean;
  embedOptions: EmbedOptions;
  cameraRequest: CameraRequest | null;
  /** True once the camera differs from the default world view (so links carry it). */
  cameraMoved: boolean;
  /** Plain-language notes, e.g. what a shared link named that the data no longer has. */
  notices: readonly string[];
  snapshotRequest: SnapshotRequest | null;
  /** PNG data URL answering the request with the same serial. */
  snapshot: { serial: number; url: string } | null;
  requestSnapshot: (text: Omit<SnapshotRequest, 'serial'>) => void;
  setSnapshot: (snapshot: { serial: number; url: string }) => void;
  setEmbed: (embed: boolean, options: EmbedOptions) => void;
  requestCamera: (camera: Camera) => void;
  markCameraMoved: () => void;
  setNotices: (notices: readonly string[]) => void;
}

/** Creates the link slice. */
export const createLinkSlice: StateCreator<AtlasState, [], [], LinkSlice> = (set, get) => ({
  embed: false,
  embedOptions: DEFAULT_EMBED_OPTIONS,
  cameraRequest: null,
  cameraMoved: false,
  notices: [],
  snapshotRequest: null,
  snapshot: null,
  requestSnapshot: (text) =>
    set({ snapshotRequest: { ...text, serial: (get().snapshotRequest?.serial ?? 0) + 1 } }),
  setSnapshot: (snapshot) => set({ snapshot }),
  setEmbed: (embed, embedOptions) => set({ embed, embedOptions }),
  requestCamera: (camera) =>
    set({
      cameraRequest: { camera, serial: (get().cameraRequest?.serial ?? 0) + 1 },
      cameraMoved: true,
    }),
  markCameraMoved: () => set({ cameraMoved: true }),
  setNotices: (notices) => set({ notices }),
});
