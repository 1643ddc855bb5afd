import { ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import type { Deposit } from '../store/layer-slice';
import { hexToColor, type Color } from './facility-layer';
import { filteredData, sameRecords } from './filtered-data';

/** Stable id of the deposits layer. */
export const DEPOSIT_LAYER_ID = 'deposits';

const filterExtension = new DataFilterExtension({ filterSize: 1 });

/** Inputs of the deposits layer. */
export interface DepositLayerInput {
  deposits: readonly Deposit[];
  passes: Uint8Array;
  visible: boolean;
  colourOf: (deposit: Deposit) => string;
  colourKey: string;
  outline: string;
}

/**
 * Deposits and districts as a quiet layer under the facilities: small translucent dots in their
 * mineral group's colour, filtered on the GPU like the facilities.
 */
export function buildDepositLayer(
  input: DepositLayerInput,
): ScatterplotLayer<Deposit, DataFilterExtensionProps<Deposit>> {
  const cache = new Map<string, Color>();
  const fill = (deposit: Deposit): Color => {
    const hex = input.colourOf(deposit);
    let colour = cache.get(hex);
    if (!colour) {
      colour = hexToColor(hex, 150);
      cache.set(hex, colour);
    }
    return colour;
  };
  return new ScatterplotLayer<Deposit, DataFilterExtensionProps<Deposit>>({
    id: DEPOSIT_LAYER_ID,
    data: filteredData(input.deposits, input.passes),
    dataComparator: sameRecords,
    visible: input.visible,
    pickable: true,
    stroked: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getRadius: 3,
    getLineWidth: 0.5,
    getLineColor: hexToColor(input.outline, 120),
    getFillColor: fill,
    getPosition: (deposit) => deposit.geometry.coordinates,
    extensions: [filterExtension],
    filterRange: [0.5, 1.5],
    updateTriggers: {
      getFillColor: input.colourKey,
      getLineColor: input.outline,
    },
  });
}
