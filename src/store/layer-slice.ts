import type { StateCreator } from 'zustand/vanilla';
import type { AtlasFeature, CorridorProperties, DepositProperties } from '../domain/types';
import type { Geometry } from 'geojson';
import type { FigureYear } from '../domain/figures';
import type { MarketsFile } from '../domain/markets';
import type { AtlasState } from './store';
import {
  DEFAULT_LAYER_NAMES,
  SHADINGS,
  layerVisibility,
  type Colouring,
  type LayerVisibility,
  type Shading,
} from '../domain/vocabulary';

/** A deposit or district from USGS PP1802. */
export type Deposit = AtlasFeature<DepositProperties>;

/** A corridor: a schematic area or line. */
export type Corridor = AtlasFeature<CorridorProperties, Geometry>;

export type { LayerVisibility };

/** What countries are shaded by: nothing, membership of the selected blocs, or a figure. */
export type CountryShading = Shading;

/** Every shading option, in the order the UI lists them. */
export const COUNTRY_SHADINGS: readonly CountryShading[] = SHADINGS;

/** What site marks are coloured by: their mineral group, or who owns them. */
export type ColourBy = Colouring;

/** Layers, their lazily loaded data, the country shading and the selected corridor. */
export interface LayerSlice {
  layers: LayerVisibility;
  shading: CountryShading;
  /** Year of the figures for the shading and the bloc panel; null = the latest with figures. */
  figureYear: FigureYear | null;
  setFigureYear: (year: FigureYear | null) => void;
  colourBy: ColourBy;
  setColourBy: (colourBy: ColourBy) => void;
  /** US prices, import reliance and import sources: null until a mineral's panel first needs them. */
  markets: MarketsFile | null;
  setMarkets: (markets: MarketsFile) => void;
  /** Loaded on demand: null until the deposits layer is first shown. */
  deposits: readonly Deposit[] | null;
  corridors: readonly Corridor[];
  selectedCorridorId: string | null;
  /** How far from a corridor sites count as along it, in km (areas also count what is inside). */
  corridorReachKm: number;
  setCorridorReach: (km: number) => void;
  setLayer: (layer: keyof LayerVisibility, on: boolean) => void;
  setLayers: (layers: LayerVisibility) => void;
  setShading: (shading: CountryShading) => void;
  setDeposits: (deposits: readonly Deposit[]) => void;
  setCorridors: (corridors: readonly Corridor[]) => void;
  selectCorridor: (id: string | null) => void;
}

/** The layers a first-time reader sees (the same as a link that names none). */
export const DEFAULT_LAYERS: LayerVisibility = layerVisibility(DEFAULT_LAYER_NAMES);

/** Creates the layer slice. */
export const createLayerSlice: StateCreator<AtlasState, [], [], LayerSlice> = (set, get) => ({
  layers: DEFAULT_LAYERS,
  shading: 'blocs',
  figureYear: null,
  setFigureYear: (figureYear) => set({ figureYear }),
  colourBy: 'mineral',
  setColourBy: (colourBy) => set({ colourBy }),
  deposits: null,
  markets: null,
  setMarkets: (markets) => set({ markets }),
  corridors: [],
  selectedCorridorId: null,
  corridorReachKm: 50,
  setCorridorReach: (km) => set({ corridorReachKm: km }),
  setLayer: (layer, on) => set({ layers: { ...get().layers, [layer]: on } }),
  setLayers: (layers) => set({ layers }),
  setShading: (shading) => set({ shading }),
  setDeposits: (deposits) => set({ deposits }),
  setCorridors: (corridors) => set({ corridors }),
  selectCorridor: (id) => set({ selectedCorridorId: id }),
});
