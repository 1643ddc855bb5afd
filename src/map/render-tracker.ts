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

  constructor(private readonly container: HTMLElement) {
    this.publish();
  }

  /** Follows the map's idle and movement events. */
  watch(map: MapLibreMap): void {
    map.on('idle', () => {
      this.mapIdle = true;
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
