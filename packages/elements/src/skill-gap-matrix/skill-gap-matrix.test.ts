import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  personGaps,
  profileById,
  recommendCourses,
  teamGaps,
  teamMembers,
  type DataDocument,
  type Profile,
  type SkillGap,
} from '@lp-elements/model';
import { emulateMedia } from '@lp-elements/test-support';
import { emulateMedia as emulateMediaType } from '@web/test-runner-commands';
import './define.js';
import type { LpSkillGapMatrix } from './skill-gap-matrix.js';

/** The first matrix of a page also waits for the matrix's module, fetched on first use. */
const RENDER_TIMEOUT = 5000;

const SAMPLE = '/packages/model/sample/lp-sample.json';
const NOW = new Date(2026, 10, 28, 12);
const SKILL = (name: string) => `https://lp-elements.example/skills/${name}`;

let sample: DataDocument;

/** The matrix in `template` once it shows its content (or a message). */
async function shown(template: ReturnType<typeof html>): Promise<LpSkillGapMatrix> {
  const container = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const element = container.querySelector('lp-skill-gap-matrix')!;
  await waitUntil(
    () => element.shadowRoot?.querySelector('table, .skill-list, .empty, .data-problems--failure'),
    'the matrix renders',
    { timeout: RENDER_TIMEOUT },
  );
  await element.updateComplete;
  return element;
}

const $ = (element: LpSkillGapMatrix, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (element: LpSkillGapMatrix, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

/** What a sighted reader sees in an element: its text without glyphs and screen-reader-only words. */
function visible(node: Element | null | undefined): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden, [aria-hidden="true"]')) hidden.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

const levelName = (value: number) =>
  (sample.frameworks?.[0]?.scale.levels.find((level) => level.value === value)?.name as Record<string, string>).en;

/** The rendered rows of the grid: skill IRI → visible text of each cell. */
function gridRows(element: LpSkillGapMatrix): Map<string, string[]> {
  return new Map(
    $$(element, 'tbody tr[data-skill]').map((row) => [
      row.dataset.skill ?? '',
      [...row.querySelectorAll('th, td')].map((cell) => visible(cell)),
    ]),
  );
}

const signed = (gap: number) => new Intl.NumberFormat('en', { signDisplay: 'exceptZero' }).format(gap);

describe('<lp-skill-gap-matrix>', function () {
  this.timeout(20_000);

  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as DataDocument;
  });

  afterEach(async () => {
    await emulateMedia({});
  });

  describe('person view', () => {
    it('shows the model’s gaps: required, current and signed gap per skill, as names and glyphs', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix .data=${sample} current="person-amira"></lp-skill-gap-matrix>`,
      );
      const amira = profileById(sample, 'person-amira')!;
      const gaps = personGaps(sample, amira, profileById(sample, 'lp-practitioner')!);
      const rows = gridRows(element);
      expect([...rows.keys()]).to.have.members(gaps.skills.map((gap) => gap.skill));
      for (const gap of gaps.skills) {
        const [, required, current, shownGap] = rows.get(gap.skill)!;
        expect(required, gap.skill).to.equal(levelName(gap.required));
        expect(current, gap.skill).to.equal(gap.assessed ? levelName(gap.current) : 'Not assessed');
        expect(shownGap, gap.skill).to.equal(signed(gap.gap));
      }
      const row = $(element, `tr[data-skill="${SKILL('job-market')}"]`)!;
      expect(row.querySelector('td .glyph')?.textContent, 'a glyph beside the level name').to.match(/[○◔◑◕●]/);
      expect(row.querySelector('.gap--below .visually-hidden')?.textContent).to.equal('below the requirement');
      expect($(element, 'caption')?.textContent.trim()).to.equal('Amira Haddad against Learning Professional');
      await expect(element).to.be.accessible();
    });

    it('groups rows under the framework’s skill groups, in the framework’s order', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix .data=${sample} current="person-amira"></lp-skill-gap-matrix>`,
      );
      const headings = $$(element, '.group-row th').map((heading) => heading.textContent.trim());
      const groups = (sample.frameworks?.[0]?.groups ?? []).map(
        (group) => (group.name as Record<string, string>).en ?? '',
      );
      expect(headings).to.deep.equal(groups.filter((name) => headings.includes(name)));
      expect(headings[0]).to.equal('Communication and relations');
      expect($$(element, 'th[scope="rowgroup"]')).to.have.length(headings.length);
    });

    it('sums up with the model’s numbers: skills met and the largest gaps', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix
          .data=${sample}
          current="person-jonas"
          required="lp-practitioner"
        ></lp-skill-gap-matrix>`,
      );
      const { skills, summary } = personGaps(
        sample,
        profileById(sample, 'person-jonas')!,
        profileById(sample, 'lp-practitioner')!,
      );
      const name = (skill: string) =>
        (sample.frameworks?.[0]?.skills.find((candidate) => candidate.id === skill)?.name as Record<string, string>).en;
      const largest = [...skills]
        .filter((gap) => gap.gap < 0)
        .sort((a, b) => a.gap - b.gap || skills.indexOf(a) - skills.indexOf(b))
        .slice(0, 3)
        .map((gap) => `${name(gap.skill)} (${-gap.gap} ${gap.gap === -1 ? 'level' : 'levels'})`);
      expect($(element, '[part="summary"]')?.textContent).to.equal(
        `Jonas Lindqvist meets ${summary.met + summary.above} of ${summary.required} required skills; the largest gaps are ${new Intl.ListFormat('en').format(largest)}.`,
      );
    });

    it('tells "not assessed" from the lowest level', async () => {
      const framework = sample.frameworks![0]!;
      const data: DataDocument = {
        ...sample,
        frameworks: [
          {
            ...framework,
            scale: {
              levels: [
                { value: 0, name: 'None', description: 'Has not used the skill.' },
                ...framework.scale.levels.slice(0, 4),
              ],
            },
          },
        ],
        profiles: [
          { id: 'role', kind: 'role', name: 'Role', levels: { [SKILL('communication')]: 2, [SKILL('networking')]: 2 } },
          { id: 'ada', kind: 'person', name: 'Ada', levels: { [SKILL('communication')]: 0 } },
        ],
        courses: [],
        tracks: [],
      };
      const element = await shown(
        html`<lp-skill-gap-matrix .data=${data} current="ada" required="role"></lp-skill-gap-matrix>`,
      );
      const rows = gridRows(element);
      expect(rows.get(SKILL('communication'))?.[2]).to.equal('None');
      expect(rows.get(SKILL('networking'))?.[2]).to.equal('Not assessed');
      expect($(element, `tr[data-skill="${SKILL('networking')}"] .chip--none .glyph`)?.textContent).to.equal('–');
      expect($(element, `tr[data-skill="${SKILL('communication')}"] .chip.tone-0 .glyph`)?.textContent).to.equal('○');
      expect(rows.get(SKILL('networking'))?.[3], 'counts from 0, as the model does').to.equal('-2');
    });

    it('shows a skill’s description on demand', async () => {
      const framework = sample.frameworks![0]!;
      const skills = framework.skills.map(({ description: _, ...skill }) =>
        skill.id === SKILL('networking') ? { ...skill, description: 'Builds and keeps contacts.' } : skill,
      );
      const data = { ...sample, frameworks: [{ ...framework, skills }] };
      const element = await shown(
        html`<lp-skill-gap-matrix .data=${data} current="person-amira"></lp-skill-gap-matrix>`,
      );
      const toggle = $(element, `tr[data-skill="${SKILL('networking')}"] .skill-toggle`)!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(element, '.skill-description')).to.equal(null);
      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($(element, '.skill-description')?.textContent).to.equal('Builds and keeps contacts.');
      expect(
        $(element, `tr[data-skill="${SKILL('communication')}"] .skill-toggle`),
        'only with a description',
      ).to.equal(null);
    });

    it('becomes a list per skill at 480 px and less, with the same facts', async () => {
      const wide = await shown(
        html`<lp-skill-gap-matrix .data=${sample} current="person-kadri"></lp-skill-gap-matrix>`,
      );
      const facts = [...gridRows(wide).values()].map((cells) => cells.join(' | '));
      const container = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px">
          <lp-skill-gap-matrix .data=${sample} current="person-kadri"></lp-skill-gap-matrix>
        </div>`,
      );
      const narrow = container.querySelector('lp-skill-gap-matrix')!;
      await waitUntil(() => narrow.shadowRoot?.querySelector('.skill-list'), 'switches to the list');
      expect($(narrow, 'table')).to.equal(null);
      const items = $$(narrow, '.skill-item').map((item) =>
        [
          visible(item.querySelector('.skill-item__name')),
          ...[...item.querySelectorAll('dd')].map((dd) => visible(dd)),
        ].join(' | '),
      );
      expect(items).to.deep.equal(facts);
      expect(
        $$(narrow, '.skill-item dt')
          .map((dt) => dt.textContent.trim())
          .slice(0, 3),
      ).to.deep.equal(['Required', 'Current level', 'Gap']);
      expect(narrow.scrollWidth).to.be.at.most(320);
      await expect(narrow).to.be.accessible();
    });
  });

  describe('team view', () => {
    it('shows each person’s level and the model’s per-skill counts and shortfalls', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix .data=${sample} current="team-lp-network"></lp-skill-gap-matrix>`,
      );
      const team = profileById(sample, 'team-lp-network')!;
      const members = teamMembers(sample, team);
      const expected = teamGaps(sample, members, team);
      const rows = gridRows(element);
      expect(rows.size).to.equal(expected.skills.length);
      for (const skill of expected.skills) {
        const cells = rows.get(skill.skill)!;
        expect(cells[1], skill.skill).to.equal(levelName(skill.required));
        const levels = members.map((member) => {
          const level = member.levels?.[skill.skill];
          const shown = level === undefined ? '–' : `${'○◔◑◕●'[level - 1] ?? ''} ${level}`;
          return (level ?? 0) < skill.required ? `${shown} ▼` : shown;
        });
        expect(cells.slice(2, 2 + members.length), skill.skill).to.deep.equal(levels);
        expect(cells.at(-2), skill.skill).to.equal(`${skill.meeting} of ${members.length}`);
        expect(cells.at(-1), skill.skill).to.equal(String(skill.shortfall));
      }
      const footer = $$(element, 'tfoot td')
        .slice(1, 1 + members.length)
        .map((cell) => visible(cell));
      expect(footer).to.deep.equal(
        members.map((member) => {
          const { summary } = personGaps(sample, member, team);
          return `${summary.met + summary.above} of ${summary.required}`;
        }),
      );
      const headers = $$(element, 'thead th').map((cell) => cell.textContent.trim());
      expect(headers.slice(2, 2 + members.length)).to.deep.equal(members.map((member) => member.name as string));
      expect($(element, 'caption')?.textContent.trim()).to.equal(
        'LP network of the alliance (8 people) against the team’s needs',
      );
      await expect(element).to.be.accessible();
    });

    it('marks levels below the requirement with a glyph and words, not colour alone', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix
          .data=${sample}
          current="person-amira person-jonas"
          required="lp-practitioner"
        ></lp-skill-gap-matrix>`,
      );
      const cell = $(element, `tr[data-skill="${SKILL('networking')}"] td.level--below`)!;
      expect(cell.textContent).to.equal('○ 1 ▼');
      const description = element.shadowRoot!.getElementById(cell.getAttribute('aria-describedby') ?? '');
      expect(description?.textContent).to.equal('below the requirement');
      const met = $(element, `tr[data-skill="${SKILL('networking')}"] td.level:not(.level--below)`)!;
      expect(met.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('sums up how many people meet every requirement and the largest shortfalls', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix .data=${sample} current="team-lp-network"></lp-skill-gap-matrix>`,
      );
      const team = profileById(sample, 'team-lp-network')!;
      const members = teamMembers(sample, team);
      const meetingAll = members.filter((member) => personGaps(sample, member, team).summary.below === 0).length;
      const { biggestShortfalls } = teamGaps(sample, members, team, { limit: 3 });
      const name = (skill: string) =>
        (sample.frameworks?.[0]?.skills.find((candidate) => candidate.id === skill)?.name as Record<string, string>).en;
      const list = new Intl.ListFormat('en').format(
        biggestShortfalls.map((gap) => `${name(gap.skill)} (${gap.shortfall} levels)`),
      );
      expect($(element, '[part="summary"]')?.textContent).to.equal(
        `${meetingAll} of ${members.length} people meet every required skill; the largest shortfalls are ${list}.`,
      );
    });

    it('sorts by gap, coverage and name, within groups or without them', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix
          .data=${sample}
          current="team-lp-network"
          sort="gap"
          group="none"
        ></lp-skill-gap-matrix>`,
      );
      const team = profileById(sample, 'team-lp-network')!;
      const expected = teamGaps(sample, teamMembers(sample, team), team);
      const order = () => $$(element, 'tbody tr[data-skill]').map((row) => row.dataset.skill);
      const byShortfall = expected.skills
        .map((skill, index) => ({ skill, index }))
        .sort((a, b) => b.skill.shortfall - a.skill.shortfall || b.skill.below - a.skill.below || a.index - b.index)
        .map(({ skill }) => skill.skill);
      expect(order()).to.deep.equal(byShortfall);
      expect($$(element, '.group-row')).to.have.length(0);

      element.sort = 'coverage';
      await element.updateComplete;
      const shares = order().map((skill) => expected.skills.find((candidate) => candidate.skill === skill)!.meeting);
      expect(shares).to.deep.equal([...shares].sort((a, b) => a - b));

      element.sort = 'name';
      await element.updateComplete;
      const names = $$(element, 'tbody th[scope="row"]').map((cell) => cell.textContent.trim());
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('en').compare));

      element.group = 'skill-group';
      await element.updateComplete;
      expect($$(element, '.group-row').length).to.be.above(1);
    });

    it('keeps its row and column headers in view while scrolling', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix .data=${sample} current="team-lp-network"></lp-skill-gap-matrix>`,
      );
      expect(getComputedStyle($(element, 'thead th')!).position).to.equal('sticky');
      expect(getComputedStyle($(element, 'tbody th[scope="row"]')!).position).to.equal('sticky');
      expect(getComputedStyle($(element, '.scroller--team')!).overflow).to.equal('auto');
    });
  });

  describe('recommendations', () => {
    it('lists the model’s recommended courses for the gaps, with the model’s explanation', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix
          .data=${sample}
          current="person-jonas"
          required="lp-practitioner"
          recommend
          .now=${NOW}
        ></lp-skill-gap-matrix>`,
      );
      const gaps = personGaps(sample, profileById(sample, 'person-jonas')!, profileById(sample, 'lp-practitioner')!);
      const expected = recommendCourses(sample, gaps, { now: NOW, limit: 5, lang: 'en' });
      expect(expected.length).to.be.above(0);
      const items = $$(element, '.recommendations__list > li');
      expect(items.map((item) => item.querySelector('.course__link')?.textContent.trim())).to.deep.equal(
        expected.map((recommendation) => (recommendation.course.name as Record<string, string>).en),
      );
      expect(items.map((item) => item.querySelector('.course__why')?.textContent)).to.deep.equal(
        expected.map((recommendation) => recommendation.explanation),
      );
      const link = items[0]!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(expected[0]!.course.url);
      await expect(element).to.be.accessible();
    });

    it('recommends for a team from the lowest level of those below the requirement', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix
          .data=${sample}
          current="team-lp-network"
          recommend
          recommend-limit="3"
          .now=${NOW}
        ></lp-skill-gap-matrix>`,
      );
      const team = profileById(sample, 'team-lp-network')!;
      const members = teamMembers(sample, team);
      const gaps: SkillGap[] = teamGaps(sample, members, team)
        .skills.filter((skill) => skill.below > 0)
        .map((skill) => {
          const lowest = Math.min(...members.map((member) => member.levels?.[skill.skill] ?? 0));
          return {
            skill: skill.skill,
            required: skill.required,
            current: lowest,
            assessed: true,
            gap: lowest - skill.required,
          };
        });
      const expected = recommendCourses(sample, gaps, { now: NOW, limit: 3, lang: 'en' });
      expect($$(element, '.course__why').map((why) => why.textContent)).to.deep.equal(
        expected.map((recommendation) => recommendation.explanation),
      );
    });

    it('says so when no course closes the gaps', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix
          .data=${{ ...sample, courses: [] }}
          current="person-jonas"
          recommend
        ></lp-skill-gap-matrix>`,
      );
      expect($(element, '.recommendations__none')?.textContent).to.equal(
        'No course in the catalogue closes these gaps yet.',
      );
    });
  });

  describe('states', () => {
    it('shows a loading skeleton while the data loads', async () => {
      const original = window.fetch;
      let release: (() => void) | undefined;
      window.fetch = (input, init) =>
        (input instanceof Request ? input.url : input.toString()).includes('slow-sample')
          ? new Promise((resolve) => {
              release = () => {
                resolve(original(SAMPLE, init));
              };
            })
          : original(input, init);
      try {
        const container = await fixture<HTMLElement>(
          html`<div>
            <lp-skill-gap-matrix src="/slow-sample-${Math.random()}.json" current="person-amira"></lp-skill-gap-matrix>
          </div>`,
        );
        const element = container.querySelector('lp-skill-gap-matrix')!;
        await waitUntil(() => $(element, '.skeleton'), 'shows the skeleton');
        expect($(element, '.skeleton')?.getAttribute('aria-busy')).to.equal('true');
        expect($(element, '.skeleton [role="status"]')?.textContent).to.equal('Loading…');
        await expect(element).to.be.accessible();
        await waitUntil(() => release, 'the document is requested');
        release?.();
        await waitUntil(() => $(element, 'table'), 'shows the matrix once the data is there', { timeout: 5000 });
      } finally {
        window.fetch = original;
      }
    });

    it('says when there are no skills to compare', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix .data=${{ ...sample, frameworks: [] }} current="person-amira"></lp-skill-gap-matrix>`,
      );
      expect($(element, '.empty')?.textContent.trim()).to.equal(
        'There are no skills to compare yet: the data has no skills framework with skills.',
      );
      await expect(element).to.be.accessible();
    });

    it('says when the requirement names no skill of the framework', async () => {
      const profiles: Profile[] = [
        ...(sample.profiles ?? []),
        { id: 'empty-role', kind: 'role', name: 'Observer', levels: {} },
      ];
      const element = await shown(
        html`<lp-skill-gap-matrix
          .data=${{ ...sample, profiles }}
          current="person-amira"
          required="empty-role"
        ></lp-skill-gap-matrix>`,
      );
      expect($(element, '.empty')?.textContent.trim()).to.equal('Observer requires no skill of this framework.');
    });
  });

  describe('accessibility in every state, theme and language', () => {
    const states = {
      person: html`<lp-skill-gap-matrix current="person-amira"></lp-skill-gap-matrix>`,
      editable: html`<lp-skill-gap-matrix current="person-amira" editable></lp-skill-gap-matrix>`,
      team: html`<lp-skill-gap-matrix current="team-lp-network" recommend></lp-skill-gap-matrix>`,
      error: html`<lp-skill-gap-matrix current="person-nobody"></lp-skill-gap-matrix>`,
    };
    for (const [name, template] of Object.entries(states)) {
      for (const lang of ['en', 'de', 'he']) {
        it(`${name} in ${lang}: light, dark and forced colours`, async () => {
          const container = await fixture<HTMLElement>(html`<div lang=${lang}>${template}</div>`);
          const element = container.querySelector('lp-skill-gap-matrix')!;
          element.now = NOW;
          element.data = sample;
          await waitUntil(() => element.shadowRoot?.querySelector('table, .data-problems--failure'), 'renders');
          await expect(element).to.be.accessible();
          await emulateMedia({ 'prefers-color-scheme': 'dark' });
          await expect(element).to.be.accessible();
          await emulateMedia({ 'forced-colors': 'active' });
          await expect(element).to.be.accessible();
        });
      }
    }

    it('keeps glyphs and text when colours are forced', async () => {
      await emulateMedia({ 'forced-colors': 'active' });
      const element = await shown(
        html`<lp-skill-gap-matrix
          .data=${sample}
          current="person-amira person-jonas"
          required="lp-practitioner"
        ></lp-skill-gap-matrix>`,
      );
      const below = $(element, 'td.level--below')!;
      expect(below.textContent).to.contain('▼');
      expect(getComputedStyle(below).outlineStyle).to.equal('dashed');
      expect(getComputedStyle($(element, '.chip')!).borderStyle).to.equal('solid');
    });
  });

  describe('languages', () => {
    it('speaks German, with German numbers and plural forms', async () => {
      const container = await fixture<HTMLElement>(
        html`<div lang="de">
          <lp-skill-gap-matrix .data=${sample} current="person-amira" editable></lp-skill-gap-matrix>
        </div>`,
      );
      const element = container.querySelector('lp-skill-gap-matrix')!;
      await waitUntil(() => $(element, 'table'));
      expect($(element, '[part="summary"]')?.textContent).to.match(
        /^Sie erfüllen \d+ von \d+ geforderten Kompetenzen; die größten Lücken sind .+ \(1 Stufe\)/,
      );
      expect($$(element, 'thead th').map((cell) => cell.textContent.trim())).to.deep.equal([
        'Kompetenz',
        'Gefordert',
        'Aktuelle Stufe',
        'Abstand',
      ]);
      expect($(element, 'tbody td')?.textContent).to.contain('Kompetent');
      expect($(element, '.group-row th')?.textContent.trim()).to.equal('Kommunikation und Beziehungen');
    });

    it('runs right to left in Hebrew, marking English data as English', async () => {
      const container = await fixture<HTMLElement>(
        html`<div lang="he" dir="rtl">
          <lp-skill-gap-matrix .data=${sample} current="person-amira"></lp-skill-gap-matrix>
        </div>`,
      );
      const element = container.querySelector('lp-skill-gap-matrix')!;
      await waitUntil(() => $(element, 'table'));
      expect(getComputedStyle($(element, 'table')!).direction).to.equal('rtl');
      expect($(element, 'thead th')?.textContent.trim()).to.equal('מיומנות');
      expect($(element, 'tbody th[scope="row"] span')?.getAttribute('lang')).to.equal('en');
      const first = $(element, 'thead th')!.getBoundingClientRect();
      const last = $$(element, 'thead th').at(-1)!.getBoundingClientRect();
      expect(first.left, 'the skill column is on the right').to.be.above(last.left);
    });

    it('follows a change of language at runtime', async () => {
      const container = await fixture<HTMLElement>(
        html`<div lang="en"><lp-skill-gap-matrix .data=${sample} current="person-amira"></lp-skill-gap-matrix></div>`,
      );
      const element = container.querySelector('lp-skill-gap-matrix')!;
      await waitUntil(() => $(element, 'table'));
      container.lang = 'fr';
      await waitUntil(() => $(element, 'thead th')?.textContent.trim() === 'Compétence', 'switches to French');
      expect($(element, '[part="summary"]')?.textContent).to.contain('\u202f;');
    });
  });

  describe('inputs', () => {
    it('follows attribute changes and fires no event when code sets properties', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix .data=${sample} current="person-amira"></lp-skill-gap-matrix>`,
      );
      const events: string[] = [];
      const types = ['lp-level-change', 'lp-xapi-statement', 'lp-course-select', 'lp-data-error'];
      const keep = (event: Event) => events.push(event.type);
      for (const type of types) document.addEventListener(type, keep);
      try {
        element.setAttribute('current', 'person-jonas');
        await element.updateComplete;
        expect($(element, 'caption')?.textContent.trim()).to.equal('Jonas Lindqvist against LP Associate');
        element.setAttribute('required', 'practitioner');
        await element.updateComplete;
        expect($(element, 'caption')?.textContent.trim(), 'a track step stands for the profile it requires').to.equal(
          'Jonas Lindqvist against Learning Professional',
        );
        element.sort = 'gap';
        element.editable = true;
        element.recommend = true;
        element.data = { ...sample };
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(events).to.deep.equal([]);
      } finally {
        for (const type of types) document.removeEventListener(type, keep);
      }
    });

    it('offers the current levels read-only, and never changes the data', async () => {
      const before = structuredClone(sample);
      const element = await shown(
        html`<lp-skill-gap-matrix .data=${sample} current="person-amira"></lp-skill-gap-matrix>`,
      );
      const levels = element.levels;
      expect(levels['person-amira']).to.deep.equal(profileById(sample, 'person-amira')!.levels);
      expect(Object.isFrozen(levels) && Object.isFrozen(levels['person-amira'])).to.equal(true);
      expect(sample).to.deep.equal(before);
    });
  });

  describe('export and print', () => {
    /** The file a click on "Download CSV" saves: its name and text. */
    async function download(element: LpSkillGapMatrix): Promise<{ name: string; text: string; bytes: Uint8Array }> {
      const original = HTMLAnchorElement.prototype.click;
      let saved: Promise<{ name: string; text: string; bytes: Uint8Array }> | undefined;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        const { href, download: name } = this;
        saved = fetch(href)
          .then((response) => response.arrayBuffer())
          .then((buffer) => ({ name, text: new TextDecoder().decode(buffer), bytes: new Uint8Array(buffer) }));
      };
      try {
        $(element, '.toolbar__csv')!.click();
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
      expect(saved, 'a download was started').not.to.equal(undefined);
      return saved!;
    }

    it('downloads what is shown as CSV, with a byte order mark and quoted fields', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix .data=${sample} current="person-jonas"></lp-skill-gap-matrix>`,
      );
      const { name, text, bytes } = await download(element);
      expect(name).to.equal('skill-gaps-person-jonas-lp-associate.csv');
      expect([...bytes.slice(0, 3)], 'UTF-8 byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = text.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).to.equal(',Skill,Required,Current level,Gap');
      const shownRows = $$(element, 'tbody tr[data-skill]').map((row) => visible(row.querySelector('th')));
      expect(lines.slice(1, -1).map((line) => line.split(',')[1])).to.deep.equal(shownRows);
      expect(lines[1]).to.equal('Communication and relations,Communication,Developing,Developing,0');
      expect(lines.at(-1)).to.equal('');
    });

    it('writes the team view with semicolons in German and keeps umlauts, Hebrew and hostile text safe', async () => {
      const framework = sample.frameworks![0]!;
      const skills = framework.skills.map((skill) =>
        skill.id === SKILL('communication')
          ? { ...skill, name: '=HYPERLINK("https://evil.example";"Kommunikation; „Überzeugen“")' }
          : skill.id === SKILL('networking')
            ? { ...skill, name: { de: 'Netzwerken', he: 'נטוורקינג' } }
            : skill,
      );
      const container = await fixture<HTMLElement>(
        html`<div lang="de">
          <lp-skill-gap-matrix
            .data=${{ ...sample, frameworks: [{ ...framework, skills }] }}
            current="team-lp-network"
            group="none"
          >
          </lp-skill-gap-matrix>
        </div>`,
      );
      const element = container.querySelector('lp-skill-gap-matrix')!;
      await waitUntil(() => $(element, 'table'));
      const { text } = await download(element);
      const lines = text.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).to.match(/^Kompetenz;Gefordert;Amira Haddad;Jonas Lindqvist;/);
      expect(lines[0]).to.contain('Tomáš Novák');
      expect(lines[1]).to.match(
        /^"'=HYPERLINK\(""https:\/\/evil\.example"";""Kommunikation; „Überzeugen“""\)";Kompetent;3;2;/,
      );
      expect(lines[2]).to.match(/^Netzwerken;/);
      expect(lines.at(-2)).to.match(/^Erfüllte Anforderungen;;\d+;\d+;/);

      container.lang = 'he';
      await waitUntil(() => $(element, 'thead th')?.textContent.trim() === 'מיומנות');
      const hebrew = (await download(element)).text;
      expect(hebrew.split('\r\n')[2]).to.match(/^נטוורקינג,/);
    });

    it('prints the whole matrix without controls', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix .data=${sample} current="team-lp-network" editable></lp-skill-gap-matrix>`,
      );
      await emulateMediaType({ media: 'print' });
      try {
        expect(getComputedStyle($(element, '.toolbar')!).display).to.equal('none');
        expect(getComputedStyle($(element, '.edit-hint')!).display).to.equal('none');
        const scroller = getComputedStyle($(element, '.scroller--team')!);
        expect(scroller.overflow).to.equal('visible');
        expect(scroller.maxBlockSize).to.equal('none');
        expect(getComputedStyle($(element, 'thead th')!).position).to.equal('static');
      } finally {
        await emulateMediaType({ media: 'screen' });
      }
    });
  });
});
