/** Semantic colour slots for the basemap and overlays; styles are pure functions of a theme. */
export interface Theme {
  name: 'light' | 'dark';
  water: string;
  land: string;
  border: string;
  label: string;
  labelHalo: string;
  siteOutline: string;
  selection: string;
  corridor: string;
}

/** Light theme: pale sea, warm land, dark labels. */
export const lightTheme: Theme = {
  name: 'light',
  water: '#d6e4ee',
  land: '#f4f1ea',
  border: '#a59e92',
  label: '#3b3a36',
  labelHalo: '#f4f1ea',
  siteOutline: '#1f1f1f',
  selection: '#000000',
  corridor: '#5b2a86',
};

/** Dark theme: deep sea, charcoal land, light labels. */
export const darkTheme: Theme = {
  name: 'dark',
  water: '#10202c',
  land: '#2a2c2f',
  border: '#6d6f73',
  label: '#e4e2dc',
  labelHalo: '#1b1d20',
  siteOutline: '#f2f2f2',
  selection: '#ffffff',
  corridor: '#c9a0ff',
};

/** The theme for a colour-scheme preference. */
export function themeFor(scheme: 'light' | 'dark'): Theme {
  return scheme === 'dark' ? darkTheme : lightTheme;
}
