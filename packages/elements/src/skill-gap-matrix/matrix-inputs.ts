import {
  frameworkOfSkill,
  profileById,
  requiredLevels,
  stepById,
  teamMembers,
  type DataDocument,
  type Framework,
  type Levels,
  type Profile,
  type Step,
} from '@lp-elements/model';

/** The attributes that say what the matrix compares, as the page wrote them. */
export interface MatrixAttributes {
  readonly framework?: string | undefined;
  readonly required?: string | undefined;
  readonly current?: string | undefined;
}

/** An attribute the document cannot satisfy; `fatal` ones leave nothing to show. */
export type InputProblem =
  | { readonly attribute: 'current' | 'required'; readonly code: 'unknown-profile'; readonly id: string }
  | { readonly attribute: 'framework'; readonly code: 'unknown-framework'; readonly id: string }
  | { readonly attribute: 'current'; readonly code: 'missing-current' }
  | { readonly attribute: 'current'; readonly code: 'empty-team'; readonly id: string }
  | { readonly attribute: 'required'; readonly code: 'missing-required' };

/** Whom the matrix compares with what, resolved against the document. */
export interface MatrixSubject {
  /** The framework whose skills and scale are shown; undefined when the document has none. */
  readonly framework: Framework | undefined;
  /** The role, programme, team or step whose levels are required. */
  readonly target: Profile | Step;
  /** The required levels of the framework's skills only. */
  readonly required: Levels;
  readonly people: readonly Profile[];
  /** The team profile when `current` named one. */
  readonly team: Profile | undefined;
  /** Whether the matrix shows people side by side (several ids, or a team). */
  readonly teamView: boolean;
}

export interface ResolvedInputs {
  readonly subject: MatrixSubject | undefined;
  readonly problems: readonly InputProblem[];
}

const isStep = (target: Profile | Step): target is Step => !('kind' in target);

/** The people `current` names: person ids, or one team id standing for its members. */
function resolvePeople(
  document: DataDocument,
  current: string | undefined,
  problems: InputProblem[],
): { people: Profile[]; team: Profile | undefined } {
  const ids = (current ?? '').split(/\s+/).filter(Boolean);
  if (ids.length === 0) {
    problems.push({ attribute: 'current', code: 'missing-current' });
    return { people: [], team: undefined };
  }
  const found = ids.flatMap((id) => {
    const profile = profileById(document, id);
    if (!profile) problems.push({ attribute: 'current', code: 'unknown-profile', id });
    return profile ? [profile] : [];
  });
  const [only] = found;
  if (ids.length === 1 && only?.kind === 'team') {
    const members = teamMembers(document, only);
    if (members.length === 0) problems.push({ attribute: 'current', code: 'empty-team', id: only.id });
    return { people: members, team: only };
  }
  return { people: found, team: undefined };
}

/** What `required` names (a profile or a track step), or the people's shared role, or the team's own needs. */
function resolveTarget(
  document: DataDocument,
  required: string | undefined,
  people: readonly Profile[],
  team: Profile | undefined,
  problems: InputProblem[],
): Profile | Step | undefined {
  if (required) {
    const target = profileById(document, required) ?? stepById(document, required)?.step;
    if (!target) problems.push({ attribute: 'required', code: 'unknown-profile', id: required });
    return target;
  }
  if (team?.levels) return team;
  const roles = new Set(people.map((person) => person.role));
  const [role] = roles;
  const shared = roles.size === 1 && role !== undefined ? profileById(document, role) : undefined;
  if (!shared && people.length > 0) problems.push({ attribute: 'required', code: 'missing-required' });
  return shared;
}

/** The framework named, the document's only one, or the one of the first required skill. */
function resolveFramework(
  document: DataDocument,
  framework: string | undefined,
  required: Levels,
  problems: InputProblem[],
): Framework | undefined {
  const frameworks = document.frameworks ?? [];
  if (framework) {
    const named = frameworks.find((candidate) => candidate.id === framework);
    if (!named) problems.push({ attribute: 'framework', code: 'unknown-framework', id: framework });
    return named;
  }
  if (frameworks.length <= 1) return frameworks[0];
  const [firstSkill] = Object.keys(required);
  return (firstSkill === undefined ? undefined : frameworkOfSkill(document, firstSkill)) ?? frameworks[0];
}

/**
 * Resolves `framework`, `required` and `current` against a document. Unknown ids are problems;
 * the matrix can still be shown while at least one person and the requirement are known.
 */
export function resolveInputs(document: DataDocument, attributes: MatrixAttributes): ResolvedInputs {
  const problems: InputProblem[] = [];
  const { people, team } = resolvePeople(document, attributes.current, problems);
  const target = resolveTarget(document, attributes.required, people, team, problems);
  const allRequired = target ? requiredLevels(document, target) : {};
  const framework = resolveFramework(document, attributes.framework, allRequired, problems);
  if (!target || people.length === 0 || (attributes.framework && !framework)) return { subject: undefined, problems };
  const skills = new Set(framework?.skills.map((skill) => skill.id));
  const required = Object.fromEntries(Object.entries(allRequired).filter(([skill]) => skills.has(skill)));
  const teamView = team !== undefined || people.length > 1;
  return { subject: { framework, target, required, people, team, teamView }, problems };
}

/** The name of what is required: a profile's name or a step's title. */
export const targetName = (target: Profile | Step) => (isStep(target) ? target.title : target.name);
