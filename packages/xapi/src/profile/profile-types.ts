/** The parts of an xAPI Profile (JSON-LD, xAPI Profiles 1.0) that LP Elements reads. */
export type LanguageMapText = Readonly<Record<string, string>>;

export interface TemplateRule {
  readonly location: string;
  readonly selector?: string;
  readonly presence?: 'included' | 'excluded' | 'recommended';
  readonly any?: readonly unknown[];
  readonly all?: readonly unknown[];
  readonly none?: readonly unknown[];
  readonly scopeNote?: LanguageMapText;
}

export interface StatementTemplate {
  readonly id: string;
  readonly type: 'StatementTemplate';
  readonly inScheme: string;
  readonly prefLabel: LanguageMapText;
  readonly definition: LanguageMapText;
  readonly verb?: string;
  readonly objectActivityType?: string;
  readonly contextGroupingActivityType?: readonly string[];
  readonly contextParentActivityType?: readonly string[];
  readonly contextOtherActivityType?: readonly string[];
  readonly contextCategoryActivityType?: readonly string[];
  readonly rules?: readonly TemplateRule[];
}

export interface Concept {
  readonly id: string;
  readonly type: string;
  readonly inScheme: string;
  readonly prefLabel: LanguageMapText;
  readonly definition: LanguageMapText;
  readonly [key: string]: unknown;
}

export interface Pattern {
  readonly id: string;
  readonly type: 'Pattern';
  readonly primary?: boolean;
  readonly prefLabel?: LanguageMapText;
  readonly definition?: LanguageMapText;
  readonly alternates?: readonly string[];
  readonly sequence?: readonly string[];
  readonly optional?: string;
  readonly oneOrMore?: string;
  readonly zeroOrMore?: string;
}

export interface Profile {
  readonly id: string;
  readonly type: 'Profile';
  readonly conformsTo: string;
  readonly prefLabel: LanguageMapText;
  readonly definition: LanguageMapText;
  readonly versions: readonly {
    readonly id: string;
    readonly generatedAtTime: string;
    readonly wasRevisionOf?: readonly string[];
  }[];
  readonly author: { readonly type: string; readonly name: string; readonly url?: string };
  readonly concepts?: readonly Concept[];
  readonly templates?: readonly StatementTemplate[];
  readonly patterns?: readonly Pattern[];
}
