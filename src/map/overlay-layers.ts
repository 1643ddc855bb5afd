import type { Layer } from '@deck.gl/core';
import type { AtlasState } from '../store/store';
import { selectSelectedFacility } from '../store/store';
import { selectDepositPasses } from '../store/selectors';
import type { Facility } from '../store/data-slice';
import type { Deposit } from '../store/layer-slice';
import { displayMineral, displayStage, GROUP_COLORS, ownerCategory } from '../symbols/symbology';
import { buildFacilityLayers } from './facility-layer';
import { buildDepositLayer } from './deposit-layer';
import { iconName, type IconAtlas } from './icon-atlas';
import type { Theme } from './theme';
import { mainMinerals, ownerCountries } from '../domain/site-index';

/** The icon of each facility for the current filters: stage shape × colour of its mineral group. */
function iconResolver(state: AtlasState): (facility: Facility) => string {
  const filtered = state.filters.minerals;
  if (state.colourBy === 'owner') {
    const bloc = state.blocs.find((candidate) => candidate.id === state.filters.blocs[0]);
    const members = new Set(bloc?.members.map((member) => member.country) ?? []);
    return (facility) => {
      const owners = ownerCountries(facility.properties);
      return iconName(displayStage(facility.properties.stages), ownerCategory(owners, members));
    };
  }
  const byproducts = state.filters.byproducts;
  return (facility) => {
    const properties = facility.properties;
    // Colour by what the site mainly produces unless the reader asked for by-products too.
    const minerals = byproducts ? properties.minerals : mainMinerals(properties);
    const mineral = displayMineral(
      minerals,
      properties.critical.filter((id) => minerals.includes(id)),
      properties.primaryMineral,
      filtered,
    );
    const group = state.mineralsById.get(mineral)?.group ?? 'base-metals';
    return iconName(displayStage(properties.stages), group);
  };
}

function depositColour(state: AtlasState): (deposit: Deposit) => string {
  const filtered = state.filters.minerals;
  return (deposit) => {
    const minerals = deposit.properties.minerals;
    const mineral = minerals.find((id) => filtered.includes(id)) ?? minerals[0] ?? '';
    return GROUP_COLORS[state.mineralsById.get(mineral)?.group ?? 'base-metals'];
  };
}

/** Caches the deposit filter result per (deposits, filters) pair: it is recomputed only on change. */
let depositCache: { deposits: unknown; filters: unknown; passes: Uint8Array } | null = null;

function depositPassesOf(state: AtlasState): Uint8Array {
  if (depositCache?.deposits !== state.deposits || depositCache.filters !== state.filters) {
    depositCache = {
      deposits: state.deposits,
      filters: state.filters,
      passes: selectDepositPasses(state),
    };
  }
  return depositCache.passes;
}

/** All deck.gl layers for a state, bottom to top: deposits, facilities, selection ring. */
export function buildOverlayLayers(state: AtlasState, theme: Theme, atlas: IconAtlas): Layer[] {
  const minerals = state.filters.minerals.join(',');
  const layers: Layer[] = [];
  if (state.deposits) {
    layers.push(
      buildDepositLayer({
        deposits: state.deposits,
        passes: depositPassesOf(state),
        visible: state.layers.deposits,
        colourOf: depositColour(state),
        colourKey: `${minerals}|${state.mineralsById.size}`,
        outline: theme.siteOutline,
      }),
    );
  }
  layers.push(
    ...buildFacilityLayers({
      facilities: state.facilities,
      passes: state.evaluation.passes,
      visible: state.layers.facilities,
      selected: selectSelectedFacility(state),
      theme,
      atlas,
      iconOf: iconResolver(state),
      iconKey: `${minerals}|${state.filters.byproducts}|${state.mineralsById.size}|${state.colourBy}|${state.filters.blocs[0] ?? ''}`,
    }),
  );
  return layers;
}
