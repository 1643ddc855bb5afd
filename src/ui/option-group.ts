import { element } from './dom';

/** One checkbox option of a filter group. */
export interface Option {
  id: string;
  label: string;
  /** Optional decoration shown before the label (a legend swatch or shape). */
  icon?: Node;
  /** Sub-heading the option is listed under (e.g. the mineral group). */
  section?: string;
}

/** A rendered option group: update its counts and checked states without rebuilding it. */
export interface OptionGroupView {
  root: HTMLFieldSetElement;
  update: (counts: ReadonlyMap<string, number>, checked: ReadonlySet<string>) => void;
}

function countText(count: number): string {
  return count === 0 ? '(none with these filters)' : `(${count.toLocaleString('en')})`;
}

/**
 * A `fieldset` of checkboxes whose legend is the group name. Each checkbox's accessible name is
 * the option label followed by its live count, e.g. "Lithium (82)"; zero-count options stay
 * listed and say so.
 */
export function buildOptionGroup(
  legend: string,
  options: readonly Option[],
  onToggle: (id: string, on: boolean) => void,
): OptionGroupView {
  const root = element('fieldset', { className: 'filter-group' }, [
    element('legend', { text: legend }),
  ]);
  const inputs = new Map<
    string,
    { input: HTMLInputElement; count: HTMLSpanElement; row: HTMLElement }
  >();
  let list: HTMLElement = element('ul', { className: 'options' });
  let section: string | undefined;
  root.append(list);
  for (const option of options) {
    if (option.section !== undefined && option.section !== section) {
      section = option.section;
      root.append(element('p', { className: 'options-section', text: section }));
      list = element('ul', { className: 'options' });
      root.append(list);
    }
    const input = element('input', { attributes: { type: 'checkbox', value: option.id } });
    input.addEventListener('change', () => onToggle(option.id, input.checked));
    const count = element('span', { className: 'count' });
    const label = element('label', {}, [
      input,
      ...(option.icon ? [option.icon] : []),
      element('span', { className: 'option-label', text: option.label }),
      document.createTextNode(' '),
      count,
    ]);
    const row = element('li', {}, [label]);
    list.append(row);
    inputs.set(option.id, { input, count, row });
  }
  return {
    root,
    update: (counts, checked) => {
      for (const [id, { input, count, row }] of inputs) {
        const value = counts.get(id) ?? 0;
        const text = countText(value);
        // Writing the same text still dirties layout; most counts do not change on a filter.
        if (count.textContent !== text) count.textContent = text;
        row.classList.toggle('is-empty', value === 0);
        input.checked = checked.has(id);
      }
    },
  };
}
