import {
  courseById,
  indexedSkill,
  isSafeHttpUrl,
  type Course,
  type SkillGap,
  type Step,
  type StepProgress,
} from '@lp-elements/model';
import { html, nothing, type TemplateResult } from 'lit';
import { dataText, shownText, type TrackRenderContext } from './render-context.js';

/** A level with its name on the skill's scale, e.g. `Proficient (3)`. */
function levelText(context: TrackRenderContext, skill: string, level: number): string {
  const scale = indexedSkill(context.document, skill)?.framework.scale.levels;
  const named = scale?.find((entry) => entry.value === level);
  const number = context.localize.number(level);
  return named ? `${shownText(context, named.name).text} (${number})` : number;
}

function requirement(context: TrackRenderContext, gap: SkillGap): TemplateResult {
  const translation = context.localize.translation;
  const skill = indexedSkill(context.document, gap.skill)?.skill;
  const name = skill ? shownText(context, skill.name) : { text: gap.skill, lang: undefined };
  const met = gap.gap >= 0;
  const current = gap.assessed ? levelText(context, gap.skill, gap.current) : translation.trackNotAssessed;
  // Without whitespace between tags (a step can require many skills); single spaces keep the words apart.
  // prettier-ignore
  return html`<li class=${met ? 'requirement requirement--met' : 'requirement requirement--below'}
    ><span class="requirement__mark" aria-hidden="true">${met ? '✓' : '✗'}</span> <span
      class="requirement__skill">${dataText(name)}</span> <span
      class="requirement__gap">${translation.trackRequirementGap(Math.max(0, -gap.gap))}</span> <span
      class="requirement__levels">${translation.trackLevels(levelText(context, gap.skill, gap.required), current)}</span
  ></li>`;
}

/** The courses listed for a step, then those the effort estimate chose for the person's gaps. */
function coursesFor(context: TrackRenderContext, step: Step, progress: StepProgress | undefined): Course[] {
  const listed = (step.courses ?? []).flatMap((id) => courseById(context.document, id) ?? []);
  const chosen = progress?.effort?.courses.map((recommendation) => recommendation.course) ?? [];
  return [...new Set([...listed, ...chosen])];
}

/** A course as a compact card when `<lp-course-card>` is on the page, else as a link that reports itself. */
function course(context: TrackRenderContext, item: Course): TemplateResult {
  if (context.courseCards) {
    return html`<li class="course">${context.courseCard(item)}</li>`;
  }
  const name = shownText(context, item.name);
  const provider = shownText(context, item.provider.name);
  const href = item.url !== undefined && isSafeHttpUrl(item.url) ? item.url : undefined;
  const select = (event: Event) => {
    context.selectCourse(item, event);
  };
  return html`<li class="course">
    ${
      href
        ? html`<a class="course__link" part="course-link" href=${href} @click=${select}>${dataText(name)}</a>`
        : html`<button type="button" class="course__link" part="course-link" @click=${select}>
            ${dataText(name)}
          </button>`
    }
    <span class="course__meta">
      ${dataText(provider)}${
        item.ects === undefined ? nothing : html` · ${context.localize.translation.trackEcts(item.ects)}`
      }
    </span>
  </li>`;
}

function credential(context: TrackRenderContext, step: Step): TemplateResult | typeof nothing {
  const value = step.credential;
  if (!value) return nothing;
  const translation = context.localize.translation;
  const name = shownText(context, value.name);
  const assessment = shownText(context, value.assessment);
  const description = shownText(context, value.description);
  const facts = [
    translation.trackCredentialKind[value.kind],
    ...(value.ects === undefined ? [] : [translation.trackEcts(value.ects)]),
    ...(value.eqfLevel === undefined ? [] : [translation.trackEqf(value.eqfLevel)]),
  ];
  const href = value.url !== undefined && isSafeHttpUrl(value.url) ? value.url : undefined;
  return html`<p class="details__heading">${translation.trackCredentialHeading}</p>
    <p class="credential">
      ${
        href
          ? html`<a href=${href}>${dataText(name)}</a>`
          : html`<span class="credential__name">${dataText(name)}</span>`
      }
      <span class="credential__facts">${facts.join(' · ')}</span>
    </p>
    ${description.text ? html`<p>${dataText(description)}</p>` : nothing}
    ${assessment.text ? html`<p>${translation.trackAssessment} ${dataText(assessment)}</p>` : nothing}`;
}

/** What an opened step holds: each required skill (required against current level), the courses that lead there, the credential. */
export function renderDetails(
  context: TrackRenderContext,
  step: Step,
  progress: StepProgress | undefined,
): TemplateResult {
  const translation = context.localize.translation;
  const gaps = progress?.gaps.skills ?? [];
  const courses = coursesFor(context, step, progress);
  // prettier-ignore
  return html`${
    gaps.length > 0
      ? html`<p class="details__heading">${translation.trackRequirements}</p
        ><ul class="requirements">${gaps.map((gap) => requirement(context, gap))}</ul>`
      : nothing
  }<p class="details__heading">${translation.trackCourses}</p>${
    courses.length > 0
      ? html`<ul class="courses">${courses.map((item) => course(context, item))}</ul>`
      : html`<p>${translation.trackNoCourses}</p>`
  }${credential(context, step)}`;
}
