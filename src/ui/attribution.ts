import { element } from './dom';

/** The credits every view shows: basemap, boundary disclaimer and data licences. */
export const ATTRIBUTION_PARTS: readonly { text: string; href?: string }[] = [
  { text: 'Basemap: Natural Earth (public domain)', href: 'https://www.naturalearthdata.com/' },
  {
    text: 'Boundaries follow Natural Earth’s de facto lines and imply no position on disputed territory',
  },
  {
    text: 'Sites: ICMM Global Mining Dataset, September 2025 (V1) release, CC BY 4.0',
    href: 'https://www.icmm.com/',
  },
  {
    text: 'Deposits: USGS Professional Paper 1802 (public domain)',
    href: 'https://doi.org/10.3133/pp1802',
  },
];

/** Renders the attribution line as text and links. */
export function mountAttribution(node: HTMLElement): void {
  const items = ATTRIBUTION_PARTS.map((part) =>
    part.href
      ? element('a', {
          text: part.text,
          attributes: { href: part.href, target: '_blank', rel: 'noopener noreferrer' },
        })
      : element('span', { text: part.text }),
  );
  node.replaceChildren(
    ...items.flatMap((item, index) =>
      index === 0 ? [item] : [document.createTextNode(' · '), item],
    ),
  );
}
