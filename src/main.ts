import '@fontsource/noto-sans/latin-400.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { createAtlasStore } from './store/store';
import { loadAtlasData, loadDeposits } from './data/load';
import { mountMap } from './map/controller';
import { LABEL_FONT } from './map/style';
import { requireElement } from './ui/dom';
import { mountSummary } from './ui/summary';
import { mountDetails } from './ui/details';
import { mountMapMessage } from './ui/map-message';
import { mountAttribution } from './ui/attribution';
import { followColorScheme } from './ui/color-scheme';
import { mountSiteSearch } from './ui/search';
import { mountSiteTable } from './ui/site-table';
import { mountFilterPanel } from './ui/filter-panel';
import { mountLegend } from './ui/legend';
import { mountLayerControls } from './ui/layer-controls';
import { mountPicker } from './ui/picker';
import './ui/panel.css';

/** Composition root: store first, then UI, data and the map, all meeting in the store. */
async function start(): Promise<void> {
  const store = createAtlasStore();
  followColorScheme(store);
  mountSummary(requireElement('summary'), store);
  mountDetails(requireElement('details'), store);
  mountSiteSearch(requireElement('site-search'), store);
  mountSiteTable(requireElement('site-table'), store);
  mountMapMessage(requireElement('map-message'), store);
  mountAttribution(requireElement('attribution'));
  mountFilterPanel(requireElement('filters'), store);
  mountLegend(requireElement('legend'), store);
  mountLayerControls(requireElement('layers'), store);
  mountPicker(requireElement('picker'), store);
  const data = loadAtlasData(store);
  await document.fonts.load(`16px "${LABEL_FONT}"`).catch(() => undefined);
  mountMap(requireElement('map'), store);
  await data;
  const showDeposits = (on: boolean): void => {
    if (on) void loadDeposits(store);
  };
  showDeposits(store.getState().layers.deposits);
  store.subscribe((state) => state.layers.deposits, showDeposits);
}

void start();
