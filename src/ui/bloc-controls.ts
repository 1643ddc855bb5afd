import type { AtlasStore } from '../store/store';
import type { BlocMatch, BlocMode, Filters } from '../domain/filters';
import { element } from './dom';

function radioGroup<T extends string>(
  legend: string,
  name: string,
  options: readonly { value: T; label: string }[],
  onChange: (value: T) => void,
): { root: HTMLFieldSetElement; set: (value: T) => void } {
  const inputs = options.map((option) => {
    const input = element('input', { attributes: { type: 'radio', name, value: option.value } });
    input.addEventListener('change', () => {
      if (input.checked) onChange(option.value);
    });
    return { input, option };
  });
  const root = element('fieldset', { className: 'radio-group' }, [
    element('legend', { text: legend }),
    ...inputs.map(({ input, option }) =>
      element('label', {}, [input, element('span', { text: option.label })]),
    ),
  ]);
  return {
    root,
    set: (value) => inputs.forEach(({ input, option }) => (input.checked = option.value === value)),
  };
}

/** How selected blocs pick sites: by location or by owners' home countries, and any or all. */
export function buildBlocControls(store: AtlasStore): {
  root: HTMLElement;
  sync: (filters: Filters) => void;
} {
  const update = (change: Partial<Filters>): void => {
    const { filters, setFilters } = store.getState();
    setFilters({ ...filters, ...change });
  };
  const mode = radioGroup<BlocMode>(
    'Bloc means',
    'bloc-mode',
    [
      { value: 'located', label: 'Sites located in the bloc' },
      { value: 'controlled', label: 'Sites owned by firms from the bloc (where owners are known)' },
    ],
    (blocMode) => update({ blocMode }),
  );
  const match = radioGroup<BlocMatch>(
    'Several blocs',
    'bloc-match',
    [
      { value: 'any', label: 'In any selected bloc' },
      { value: 'all', label: 'In all selected blocs' },
    ],
    (blocMatch) => update({ blocMatch }),
  );
  return {
    root: element('div', { className: 'bloc-controls' }, [mode.root, match.root]),
    sync: (filters) => {
      mode.set(filters.blocMode);
      match.set(filters.blocMatch);
    },
  };
}
