import '@fontsource/noto-sans/latin-400.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import './ui/panel.css';
import './ui/embed.css';
import { createAtlasStore, type AtlasStore } from './store/store';
import { loadAtlasData, loadDeposits } from './data/load';
import { loadFacilityDetails } from './data/details';
import { mountMap } from './map/controller';
import { LABEL_FONT } from './map/style';
import { parseUrl } from './url/codec';
import { applyUrlState, reconcileWithData } from './url/state-bridge';
import { startUrlSync } from './url/sync';
import { postHeights } from './embed/resize';
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
import { mountDataError } from './ui/data-error';
import { mountShareDialogs } from './ui/share-dialogs';
import { mountNotices } from './ui/notices';
import { mountExports } from './ui/exports';
import { mountEmbedChrome } from './ui/embed-chrome';
import { mountPresets } from './ui/presets';
import { mountInsightPanel } from './ui/insight-panel';
import { mountCapacityPanel } from './ui/capacity-panel';
import { mountMarketPanel } from './ui/market-panel';
import { mountCountryProfile } from './ui/country-profile';

function mountInterface(store: AtlasStore): void {
  const loadDetails = (): Promise<void> => loadFacilityDetails(store);
  followColorScheme(store);
  mountEmbedChrome(requireElement('embed-header'), requireElement('embed-footer'), store);
  mountShareDialogs(requireElement('share'), store);
  mountNotices(requireElement('notices'), store);
  mountSummary(requireElement('summary'), store);
  mountPresets(requireElement('preset-views'));
  mountDetails(requireElement('details'), store, loadDetails);
  mountSiteSearch(requireElement('site-search'), store, loadDetails);
  mountSiteTable(requireElement('site-table'), store);
  mountMapMessage(requireElement('map-message'), store);
  mountAttribution(requireElement('attribution'));
  mountLayerControls(requireElement('layers'), store);
  mountFilterPanel(requireElement('filters'), store);
  mountCountryProfile(requireElement('country-profile'), store);
  mountInsightPanel(requireElement('insight'), store);
  mountMarketPanel(requireElement('markets'), store);
  mountCapacityPanel(requireElement('capacity'), store);
  mountLegend(requireElement('legend'), store);
  mountExports(requireElement('exports'), store, loadDetails);
  mountPicker(requireElement('picker'), store);
  mountDataError(requireElement('summary'), store, () => void loadAtlasData(store));
}

/**
 * Composition root: read the link into a fresh store, mount the UI and the map (they meet only
 * in the store), load the data, reconcile the link with it, then keep the address bar in step.
 */
async function start(): Promise<void> {
  const store = createAtlasStore();
  applyUrlState(store, parseUrl(location.search, location.hash));
  mountInterface(store);
  const data = loadAtlasData(store);
  await document.fonts.load(`16px "${LABEL_FONT}"`).catch(() => undefined);
  try {
    mountMap(requireElement('map'), store);
  } catch (error) {
    store
      .getState()
      .setMapStatus(
        'no-webgl',
        `This browser could not start the map (${String(error)}). Filters, counts and the site list still work.`,
      );
  }
  await data;
  reconcileWithData(store);
  startUrlSync(store);
  if (store.getState().embed) postHeights();
  const showDeposits = (on: boolean): void => {
    if (on) void loadDeposits(store);
  };
  showDeposits(store.getState().layers.deposits);
  store.subscribe((state) => state.layers.deposits, showDeposits);
}

void start();
