import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../base/localize/localize-controller.js';
import { TIMINGS, WITHIN_WEEKS } from './catalogue-facets.js';
import { activeFilters } from './catalogue-query.js';
import { filterOptions, type FilterOption, type FilterOptions } from './filter-options.js';
import type { CatalogueRenderContext } from './render-context.js';

/** A filter that is a choice from a list: those whose choices come from the data, and two of fixed choices. */
type SelectFilter = keyof FilterOptions | 'timing' | 'within';

/** The filters that are a choice from a list, in the order the panel shows them, with their label's term. */
const SELECT_FILTERS = [
  ['provider', 'provider'],
  ['language', 'language'],
  ['mode', 'mode'],
  ['eqf', 'eqfLevel'],
  ['field', 'field'],
  ['audience', 'audience'],
  ['skill', 'skill'],
  ['timing', 'timing'],
  ['within', 'startsWithin'],
] as const satisfies readonly (readonly [SelectFilter, string])[];

/** A filter's choices: from the data, or fixed (in the reader's language). */
function choices(name: SelectFilter, fromData: FilterOptions, localize: LocalizeController): readonly FilterOption[] {
  if (name === 'timing') {
    return TIMINGS.map((timing) => ({ value: timing, label: localize.translation.timingName[timing] }));
  }
  if (name === 'within') {
    return WITHIN_WEEKS.map((weeks) => ({
      value: String(weeks),
      label: localize.number(weeks, { style: 'unit', unit: 'week', unitDisplay: 'long' }),
    }));
  }
  return fromData[name];
}

/** One choice filter; none when the data offers nothing to choose. */
function renderSelect(
  context: CatalogueRenderContext,
  name: SelectFilter,
  label: string,
  options: readonly FilterOption[],
  value: string | undefined,
) {
  if (options.length === 0) return nothing;
  const { localize } = context;
  return html`<label class="filter">
    <span>${label}</span>
    <select
      data-filter=${name}
      @change=${(event: Event) => {
        context.actions.setFilter(name, (event.target as HTMLSelectElement).value);
      }}
    >
      <option value="" ?selected=${!value}>${localize.term('any')}</option>
      ${options.map(
        (option) =>
          html`<option value=${option.value} lang=${ifDefined(option.lang)} ?selected=${option.value === value}>
            ${option.label}
          </option>`,
      )}
    </select>
  </label>`;
}

/** The filters' controls, rendered once the panel is open: their choices are worked out from every course. */
function renderFilterControls(context: CatalogueRenderContext, active: number) {
  const { localize, prepared, query, actions } = context;
  if (context.checking) return html`<p class="hint">${localize.term('stillChecking')}</p>`;
  const facets = prepared.facets();
  const fromData = filterOptions(facets, prepared.document, localize);
  const { filters } = query;
  const number = (name: 'ects-min' | 'ects-max', label: string) =>
    html`<label class="filter filter--number">
      <span>${label}</span>
      <input
        type="number"
        inputmode="decimal"
        min="0"
        max=${facets.ectsMax}
        step="0.5"
        data-filter=${name}
        .value=${filters[name] ?? ''}
        @input=${(event: Event) => {
          actions.setFilter(name, (event.target as HTMLInputElement).value, true);
        }}
      />
    </label>`;
  return html`<div class="filter-grid">
      ${SELECT_FILTERS.map(([name, label]) =>
        renderSelect(context, name, localize.term(label), choices(name, fromData, localize), filters[name]),
      )}
      <fieldset class="filter filter--range">
        <legend>${localize.term('ects')}</legend>
        ${number('ects-min', localize.term('ectsFrom'))} ${number('ects-max', localize.term('ectsTo'))}
      </fieldset>
      <label class="filter filter--check">
        <input
          type="checkbox"
          data-filter="free"
          .checked=${filters.free === 'true'}
          @change=${(event: Event) => {
            actions.setFilter('free', (event.target as HTMLInputElement).checked ? 'true' : '');
          }}
        />
        <span>${localize.term('freeOnly')}</span>
      </label>
    </div>
    <button
      class="clear"
      part="clear-button"
      type="button"
      ?disabled=${active === 0}
      @click=${() => {
        actions.clear(true);
      }}
    >
      ${localize.term('clearFilters')}
    </button>`;
}

/** The filter panel: a disclosure, open by default while a filter is set, with how many are. */
export function renderFilters(context: CatalogueRenderContext) {
  const { localize } = context;
  const active = Object.keys(activeFilters(context.query)).length;
  const open = context.filtersOpen ?? active > 0;
  return html`<details
    class="filters"
    part="filters"
    ?open=${open}
    @toggle=${(event: Event) => {
      context.actions.toggleFilters((event.target as HTMLDetailsElement).open);
    }}
  >
    <summary>
      ${localize.term('filters')}
      ${active > 0 ? html`<span class="active">(${localize.term('activeFilters', active)})</span>` : nothing}
    </summary>
    ${open ? renderFilterControls(context, active) : nothing}
  </details>`;
}
