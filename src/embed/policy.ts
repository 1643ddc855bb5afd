import type { EmbedOptions } from './options';

/** Site name sent with height messages, so a host page can tell this embed's messages apart. */
export const EMBED_NAME = 'critical-minerals-atlas';

/** Smallest and largest iframe heights an embed reports or a host snippet accepts, in pixels. */
export const HEIGHT_RANGE = { min: 200, max: 3000 } as const;

/**
 * What embed mode changes, in one place: no side panel, cooperative gestures (no scroll-zoom
 * trap), a compact legend and title, and the reader's embed options from the link.
 */
export interface EmbedPolicy {
  showPanel: boolean;
  cooperativeGestures: boolean;
  showLegend: boolean;
  showList: boolean;
  showControls: boolean;
}

/** The policy for a page: full app, or an embed with its options. */
export function embedPolicy(embed: boolean, options: EmbedOptions): EmbedPolicy {
  if (!embed) {
    return {
      showPanel: true,
      cooperativeGestures: false,
      showLegend: true,
      showList: true,
      showControls: true,
    };
  }
  return {
    showPanel: false,
    cooperativeGestures: true,
    showLegend: options.legend,
    showList: options.list,
    showControls: options.controls,
  };
}
