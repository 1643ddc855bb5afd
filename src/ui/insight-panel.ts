import type { AtlasStore, AtlasState } from '../store/store';
import { selectShownFacilities } from '../store/store';
import {
  ownershipOf,
  shareOf,
  shareTrend,
  type SharePoint,
  type ShareRow,
} from '../domain/bloc-share';
import { changeText, percentText, trendChart, yearControl, yearLabel } from './share-trend';
import type { Bloc, FigureMeasure } from '../domain/types';
import { element } from './dom';
import { ownerCountries } from '../domain/site-index';

const MEASURES: readonly [FigureMeasure, string][] = [
  ['reserves', 'Reserves'],
  ['mine-production', 'Mine production'],
  ['refinery-production', 'Refining'],
];

const SVG = 'http://www.w3.org/2000/svg';

/** A small horizontal bar of a percentage (decorative: the number is written beside it). */
function bar(percent: number, className: string, width = 60): SVGSVGElement {
  const root = document.createElementNS(SVG, 'svg');
  root.setAttribute('width', String(width));
  root.setAttribute('height', '10');
  root.setAttribute('aria-hidden', 'true');
  root.setAttribute('class', 'share-bar');
  const track = document.createElementNS(SVG, 'rect');
  track.setAttribute('width', String(width));
  track.setAttribute('height', '10');
  track.setAttribute('class', 'share-track');
  const fill = document.createElementNS(SVG, 'rect');
  fill.setAttribute('width', String(Math.max(0, Math.min(width, (percent / 100) * width))));
  fill.setAttribute('height', '10');
  fill.setAttribute('class', className);
  root.append(track, fill);
  return root;
}

function shareCell(value: number | null, className: string, change = ''): HTMLElement {
  return element('td', {}, [
    bar(value ?? 0, className),
    element('span', { text: ` ${percentText(value)}` }),
    ...(change ? [element('span', { className: 'share-change', text: change })] : []),
  ]);
}

function mineralsWithFigures(state: AtlasState): string[] {
  const all = [...new Set(state.figures.map((figure) => figure.mineral))].sort();
  const chosen = state.filters.minerals.filter((mineral) => all.includes(mineral));
  return chosen.length > 0 ? chosen : all;
}

/** A named set of countries to compare: a bloc, or the countries picked in the Country filter. */
interface CountrySet {
  name: string;
  members: ReadonlySet<string>;
}

/** The row the chart draws: the first mineral's production, else its reserves. */
interface ChartRow {
  title: string;
  mineral: string;
  measure: FigureMeasure;
  /** Each set's shares by year, as the table computed them. */
  trends: SharePoint[][];
}

function shareTable(
  state: AtlasState,
  sets: readonly CountrySet[],
): { table: HTMLElement; chart: ChartRow | null } {
  const rows: HTMLElement[] = [];
  let chart: ChartRow | null = null;
  const year = state.figureYear;
  for (const mineral of mineralsWithFigures(state)) {
    for (const [measure, measureLabel] of MEASURES) {
      const shares = sets.map((set) => shareOf(state.figures, set.members, mineral, measure, year));
      const first = shares.find((share): share is ShareRow => share !== null);
      if (!first) continue;
      const label = state.mineralsById.get(mineral)?.label ?? mineral;
      const trends = sets.map((set) => shareTrend(state.figures, set.members, mineral, measure));
      const trend = trends[0] ?? [];
      const title = `${label}${first.part ? ` (${first.part})` : ''}`;
      const better =
        !chart ||
        (chart.mineral === mineral && chart.measure === 'reserves' && measure !== 'reserves');
      if (better && trend.length > 1)
        chart = { title: `${title}: ${measureLabel.toLowerCase()}`, mineral, measure, trends };
      const missingYear = year !== null && first.year !== year ? ` (no ${year} figures)` : '';
      rows.push(
        element('tr', {}, [
          element('th', { text: title, attributes: { scope: 'row' } }),
          element('td', { text: `${measureLabel}, ${yearLabel(first)}${missingYear}` }),
          ...shares.map((share, i) =>
            shareCell(
              share?.setShare ?? null,
              'share-bloc',
              changeText(trends[i] ?? [], first.year, (p) => p.setShare),
            ),
          ),
          shareCell(
            first.chinaShare,
            'share-china',
            changeText(trend, first.year, (p) => p.chinaShare),
          ),
          element('td', {
            text: `${Math.round(first.topThreeShare)}% · HHI ${first.hhi.toLocaleString('en')}`,
          }),
        ]),
      );
    }
  }
  const table = element('table', { className: 'share-table' }, [
    element('caption', { text: 'Share of world supply held by the selected blocs' }),
    element('thead', {}, [
      element('tr', {}, [
        element('th', { text: 'Mineral', attributes: { scope: 'col' } }),
        element('th', { text: 'Measure', attributes: { scope: 'col' } }),
        ...sets.map((set) => element('th', { text: set.name, attributes: { scope: 'col' } })),
        element('th', { text: 'China', attributes: { scope: 'col' } }),
        element('th', { text: 'Top 3 countries', attributes: { scope: 'col' } }),
      ]),
    ]),
    element('tbody', {}, rows),
  ]);
  return { table, chart };
}

/** The chart of how the shares of one row moved over the years, with its legend and caption. */
function trendFigure(sets: readonly CountrySet[], row: ChartRow): HTMLElement {
  const { trends } = row;
  const points = trends[0] ?? [];
  const series = [
    ...sets.map((set, i) => ({
      name: set.name,
      className: i === 0 ? 'share-bloc' : 'share-bloc-2',
      values: points.map((p) => trends[i]?.find((q) => q.year === p.year)?.setShare ?? null),
    })),
    { name: 'China', className: 'share-china', values: points.map((p) => p.chinaShare) },
  ];
  const estimates = points.filter((p) => p.estimated).map((p) => p.year);
  const editions = [...new Set(points.map((p) => `${p.year}: ${p.edition}`))].join('; ');
  return element('figure', { className: 'share-trend' }, [
    trendChart(`Share of world ${row.title}`, points, series),
    element(
      'ul',
      { className: 'embed-legend trend-legend' },
      series.map((entry) =>
        element('li', {}, [bar(100, entry.className, 12), element('span', { text: entry.name })]),
      ),
    ),
    element('figcaption', {
      text: `How the shares moved: ${row.title}, share of the world total by year (${editions}).${estimates.length > 0 ? ` Estimates: ${estimates.join(', ')} (marked e).` : ''}`,
    }),
  ]);
}

function ownershipLine(state: AtlasState, bloc: Bloc): HTMLElement {
  const members = new Set(bloc.members.map((member) => member.country));
  const located = selectShownFacilities(state).filter((facility) =>
    members.has(facility.properties.country),
  );
  const summary = ownershipOf(
    located.map((facility) => ({
      hasOwners: facility.properties.owners.length > 0,
      ownerCountries: ownerCountries(facility.properties),
    })),
    'CHN',
  );
  return element('p', {
    className: 'legend-note',
    text: `${bloc.shortName || bloc.name}: of ${summary.sites.toLocaleString('en')} shown sites located in member countries, ${summary.withOwners} have owner data in the sources; ${summary.ownedFrom} of those are owned (in part) by firms from China.`,
  });
}

/**
 * "What the blocs hold": for the selected blocs (two side by side at most), each mineral's share
 * of world reserves, mine production and refining, next to China's share, the top-three share and
 * the HHI, all computed from the shipped USGS figures; plus who owns the sites located in them.
 */
export function mountInsightPanel(node: HTMLElement, store: AtlasStore): () => void {
  const years = yearControl(store);
  const render = (): void => {
    const state = store.getState();
    const blocs = state.blocs.filter((bloc) => state.filters.blocs.includes(bloc.id)).slice(0, 2);
    const picked = state.filters.countries;
    const sets: CountrySet[] = blocs.map((bloc) => ({
      name: bloc.shortName || bloc.name,
      members: new Set(bloc.members.map((member) => member.country)),
    }));
    if (picked.length > 1 && sets.length < 2) {
      sets.push({ name: `Selected countries (${picked.length})`, members: new Set(picked) });
    }
    const intro = element('h2', { text: 'What the selected blocs hold' });
    if (sets.length === 0) {
      node.replaceChildren(
        intro,
        years.node,
        element('p', {
          className: 'legend-note',
          text: 'Select one or two blocs under “Bloc”, or several countries under “Country”, to compare their share of world reserves, mine production and refining with China’s.',
        }),
      );
      return;
    }
    const euNote = blocs.some((bloc) => bloc.includesEuropeanUnion)
      ? [
          element('p', {
            className: 'legend-note',
            text: 'The EU itself takes part in a selected bloc; its member states count only where they are members in their own right.',
          }),
        ]
      : [];
    const { table, chart } = shareTable(state, sets);
    node.replaceChildren(
      intro,
      years.node,
      table,
      ...(chart ? [trendFigure(sets, chart)] : []),
      element('p', {
        className: 'legend-note',
        text: 'Source: U.S. Geological Survey, Mineral Commodity Summaries 2026 (2024 revised, 2025 estimated) and 2025 (2023), chapter by chapter; where the editions differ for a year the later one is used. Units per chapter; e = estimated. Shares are of the world total; countries the USGS does not list separately are not attributed, so the HHI is a lower bound.',
      }),
      ...euNote,
      ...blocs.map((bloc) => ownershipLine(state, bloc)),
    );
  };
  render();
  const unsubscribers = [
    store.subscribe((state) => state.evaluation, render),
    store.subscribe((state) => state.figures, render),
    store.subscribe(
      (state) => state.figureYear,
      () => {
        years.sync();
        render();
      },
    ),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
