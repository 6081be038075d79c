import { expect } from '@open-wc/testing';
import { activeFilters, EMPTY_QUERY, paramsWithQuery, queryFromParams, sameQuery } from './catalogue-query.js';
import { foldText } from './fold-text.js';

describe('foldText', () => {
  it('ignores case and accents in the partner languages, and spells letters that have no accent to drop', () => {
    expect(foldText('École Polytechnique')).to.equal('ecole polytechnique');
    expect(foldText('Lindenbrück ÜBER')).to.equal('lindenbruck uber');
    expect(foldText('Výuka prezentačních dovedností')).to.equal('vyuka prezentacnich dovednosti');
    expect(foldText('Sø og Æbleø, Straße, Œuvre, Łódź')).to.equal('so og aebleo, strasse, oeuvre, lodz');
    expect(foldText('Tõhus õppimine')).to.equal('tohus oppimine');
    expect(foldText('חֲנִיכָה'), 'Hebrew points are marks too').to.equal('חניכה');
  });
});

describe('the catalogue query in the query string', () => {
  const query = {
    q: 'énergie',
    sort: 'start' as const,
    filters: { mode: 'online', 'ects-min': '3', free: 'true' },
  };

  it('writes only what is set, keeps the page’s own parameters, and reads it back', () => {
    const page = new URLSearchParams('page=2&lang=fr');
    const params = paramsWithQuery(page, query, '');
    expect(params.toString()).to.equal('page=2&lang=fr&q=%C3%A9nergie&mode=online&ects-min=3&free=true&sort=start');
    expect(sameQuery(queryFromParams(params, ''), query)).to.equal(true);
    expect(paramsWithQuery(params, EMPTY_QUERY, '').toString(), 'an empty query leaves the page’s own').to.equal(
      'page=2&lang=fr',
    );
  });

  it('prefixes its parameters when asked, so two catalogues (or a site search) can share a page', () => {
    const params = paramsWithQuery(new URLSearchParams('q=site+search'), query, 'courses');
    expect(params.get('q')).to.equal('site search');
    expect(params.get('courses-q')).to.equal('énergie');
    expect(queryFromParams(params, 'courses').filters).to.deep.equal(query.filters);
  });

  it('ignores what it does not know', () => {
    const read = queryFromParams(new URLSearchParams('sort=price&colour=blue&mode=online'), '');
    expect(read.sort).to.equal('relevance');
    expect(read.filters).to.deep.equal({ mode: 'online' });
  });

  it('lists the filters set, as statements report them', () => {
    expect(activeFilters(query)).to.deep.equal({ mode: ['online'], 'ects-min': ['3'], free: ['true'] });
  });
});
