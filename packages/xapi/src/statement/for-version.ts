import type { Statement } from '../types.js';
import type { XapiVersion } from '../version.js';
import { LP_XAPI_BASE } from '../vocabulary/profile-iri.js';

/** Where a 1.0.3 statement keeps xAPI 2.0 context agents and groups (1.0.3 has no place for them). */
export const CONTEXT_AGENTS_EXTENSION = `${LP_XAPI_BASE}/extensions/context-agents`;
export const CONTEXT_GROUPS_EXTENSION = `${LP_XAPI_BASE}/extensions/context-groups`;

/**
 * The statement as an LRS of `version` accepts it. For 1.0.3, `contextAgents`/`contextGroups`
 * move into context extensions unchanged, and an agent whose role IRI ends in `/instructor`
 * becomes `context.instructor` when none is set. The same input always gives the same output, so
 * a resent statement is byte-for-byte the one the LRS may already hold.
 */
export function forVersion(statement: Statement, version: XapiVersion): Statement {
  const { contextAgents, contextGroups, ...rest } = statement.context ?? {};
  if (version === '2.0.0' || (!contextAgents && !contextGroups)) return statement;
  const instructor = contextAgents?.find((c) => c.relevantTypes?.some((type) => type.endsWith('/instructor')));
  const context = {
    ...(instructor && { instructor: instructor.agent }),
    ...rest,
    extensions: {
      ...rest.extensions,
      ...(contextAgents && { [CONTEXT_AGENTS_EXTENSION]: contextAgents }),
      ...(contextGroups && { [CONTEXT_GROUPS_EXTENSION]: contextGroups }),
    },
  };
  return { ...statement, context };
}
