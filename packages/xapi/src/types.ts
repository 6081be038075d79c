import type {
  Activity,
  ActivityDefinition,
  Actor,
  Agent,
  Context,
  Extensions,
  Group,
  LanguageMap,
  Result,
  Statement as XapiJsStatement,
  Verb,
} from '@xapi/xapi';

export type { Activity, ActivityDefinition, Actor, Agent, Extensions, Group, LanguageMap, Result, Verb };

/** An agent with the roles it played (xAPI 2.0 `context.contextAgents`). */
export interface ContextAgent {
  readonly objectType: 'contextAgent';
  readonly agent: Agent;
  /** IRIs of the roles, e.g. an instructor's. */
  readonly relevantTypes?: readonly string[];
}

/** A group with the roles it played (xAPI 2.0 `context.contextGroups`). */
export interface ContextGroup {
  readonly objectType: 'contextGroup';
  readonly group: Group;
  readonly relevantTypes?: readonly string[];
}

/** xAPI context, including the 2.0 agent and group roles that are mapped down for a 1.0.3 LRS. */
export type StatementContext = Context & {
  contextAgents?: ContextAgent[];
  contextGroups?: ContextGroup[];
};

/** A complete xAPI statement as LP Elements sends it. */
export type Statement = Omit<XapiJsStatement, 'context'> & { context?: StatementContext };

/**
 * What an element says happened: at least a verb and an object. The recorder fills in the
 * rest (id, actor, timestamp, registration, the page or module activity, language, platform).
 */
export type PartialStatement = Omit<Statement, 'actor'> & { actor?: Actor };
