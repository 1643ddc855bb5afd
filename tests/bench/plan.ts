/** A peer of the benchmark: how to open it and which filter methods it has. */
export interface Peer {
  id: string;
  label: string;
  /** Path under the server's origin; `{box}` is replaced by the map box size parameters. */
  path: string;
  methods: string[];
}

/** Every peer, in the order each round loads them (interleaved round by round). */
export const PEERS: Peer[] = [
  {
    id: 'floor',
    label: 'floor: bare MapLibre basemap',
    path: '/peers/maplibre.html?mode=floor&{box}',
    methods: [],
  },
  { id: 'app', label: 'this app (deck.gl + DataFilterExtension)', path: '/app/', methods: ['ui'] },
  {
    id: 'maplibre',
    label: 'MapLibre circle layer',
    path: '/peers/maplibre.html?mode=maplibre&{box}',
    methods: ['setFilter', 'setData'],
  },
  {
    id: 'leaflet',
    label: 'Leaflet canvas (default, accelerated)',
    path: '/peers/leaflet.html?{box}',
    methods: ['swap'],
  },
  {
    id: 'leaflet-cpu',
    label: 'Leaflet canvas (CPU canvas)',
    path: '/peers/leaflet.html?cpu=1&{box}',
    methods: ['swap'],
  },
];

/** One data size and how much of it to measure. */
export interface SizePlan {
  id: string;
  /** Number of sites; 0 means the real file. */
  count: number;
  rounds: number;
  panSteps: number;
  toggles: number;
  capMs: number;
  peers: string[];
}

const ALL = PEERS.map((peer) => peer.id);
const NO_FLOOR = ALL.filter((id) => id !== 'floor');

/**
 * The schedule, sized to finish in about 15 minutes on 2 cores: the real data 3 rounds of 15 pan
 * frames, 20k 3 rounds of 6, 100k one round of 3 (a software-rendered frame there takes seconds); 1M one load of the app and of MapLibre, first idle and one filter.
 * BENCH_QUICK=1 runs a short smoke version.
 */
export function sizePlans(quick: boolean): SizePlan[] {
  if (quick) {
    return [
      { id: 'real', count: 0, rounds: 1, panSteps: 3, toggles: 1, capMs: 60_000, peers: ALL },
    ];
  }
  return [
    { id: 'real', count: 0, rounds: 3, panSteps: 15, toggles: 2, capMs: 60_000, peers: ALL },
    { id: '20k', count: 20_000, rounds: 3, panSteps: 6, toggles: 1, capMs: 60_000, peers: ALL },
    {
      id: '100k',
      count: 100_000,
      rounds: 1,
      panSteps: 3,
      toggles: 1,
      capMs: 90_000,
      peers: NO_FLOOR,
    },
    {
      id: '1m',
      count: 1_000_000,
      rounds: 1,
      panSteps: 0,
      toggles: 0.5,
      capMs: 150_000,
      peers: ['app', 'maplibre'],
    },
  ];
}
