import '@fontsource/noto-sans/latin-400.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { createAtlasStore } from './store/store';
import { loadAtlasData } from './data/load';
import { mountMap } from './map/controller';
import { LABEL_FONT } from './map/style';
import { requireElement } from './ui/dom';
import { mountSummary } from './ui/summary';
import { mountDetails } from './ui/details';
import { mountMapMessage } from './ui/map-message';
import { mountAttribution } from './ui/attribution';
import { followColorScheme } from './ui/color-scheme';
import { mountFilterPanel } from './ui/filter-panel';
import { mountLegend } from './ui/legend';
import './ui/panel.css';

/** Composition root: store first, then UI, data and the map, all meeting in the store. */
async function start(): Promise<void> {
  const store = createAtlasStore();
  followColorScheme(store);
  mountSummary(requireElement('summary'), store);
  mountDetails(requireElement('details'), store);
  mountMapMessage(requireElement('map-message'), store);
  mountAttribution(requireElement('attribution'));
  mountFilterPanel(requireElement('filters'), store);
  mountLegend(requireElement('legend'), store);
  const data = loadAtlasData(store);
  await document.fonts.load(`16px "${LABEL_FONT}"`).catch(() => undefined);
  mountMap(requireElement('map'), store);
  await data;
}

void start();
