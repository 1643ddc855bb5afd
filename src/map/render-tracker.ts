import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Tracks whether both renderers have finished: MapLibre fired `idle` and deck.gl drew after the
 * last layer update. Publishes it as `data-render-state="idle"` on the map container, which tests
 * and benchmarks wait for instead of timeouts.
 */
export class RenderTracker {
  private mapIdle = false;
  private deckWaiting = true;
  private pendingLoads = 0;
  private basemapWaiters: (() => void)[] | null = [];

  constructor(private readonly container: HTMLElement) {
    this.publish();
  }

  /** Follows the map's idle and movement events. */
  watch(map: MapLibreMap): void {
    map.on('idle', () => {
      this.mapIdle = true;
      if (this.pendingLoads === 0) this.basemapDrawn();
      this.publish();
    });
    const busy = (): void => {
      this.mapIdle = false;
      this.publish();
    };
    map.on('movestart', busy);
    map.on('sourcedataloading', busy);
  }

  /**
   * Counts data loads in flight (+1 when one starts, −1 when its data was handed to the map).
   * The map is busy until they all finish and MapLibre is idle again after them.
   */
  loading(change: 1 | -1): void {
    this.pendingLoads += change;
    this.mapIdle = false;
    this.publish();
  }

  /**
   * Runs `callback` once MapLibre has first been idle with no basemap load in flight, i.e. the
   * basemap is on screen (at once if it already was). The sites join it in one frame after that.
   */
  whenBasemapDrawn(callback: () => void): void {
    if (this.basemapWaiters) this.basemapWaiters.push(callback);
    else callback();
  }

  private basemapDrawn(): void {
    const waiters = this.basemapWaiters;
    if (!waiters) return;
    this.basemapWaiters = null;
    waiters.forEach((waiter) => waiter());
  }

  /** A new deck layer set was handed over and has not been drawn yet. */
  deckPending(): void {
    this.deckWaiting = true;
    this.publish();
  }

  /** deck.gl finished a frame. */
  deckDrawn(): void {
    this.deckWaiting = false;
    this.publish();
  }

  private publish(): void {
    this.container.dataset.renderState =
      this.mapIdle && !this.deckWaiting && this.pendingLoads === 0 ? 'idle' : 'busy';
  }
}
