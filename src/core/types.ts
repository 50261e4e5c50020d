// Shared types of the pure core. Offsets are UTF-16 code unit offsets into the
// analysed string (what JavaScript strings and VS Code's `positionAt` use).

/** Warning: a reader would notice. Information: advice. Hint: style. Never error. */
export type Severity = 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['warning', 'information', 'hint'];

/** The fixed set of categories, used by settings, the CLI and the report. */
export type Category =
  | 'longueur'
  | 'ton'
  | 'multicanal'
  | 'questions'
  | 'structure'
  | 'modele'
  | 'contestation'
  | 'delai';
export const CATEGORIES: readonly Category[] = [
  'longueur',
  'ton',
  'multicanal',
  'questions',
  'structure',
  'modele',
  'contestation',
  'delai',
];

/** The rule that speaks when a file cannot be analysed as a draft (too long, binary). */
export const UNREADABLE_RULE = 'document-illisible';

/** Replace `text.slice(start, end)` with `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A quick fix: a French title and the edits it makes, all inside the finding's own range unless said otherwise. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix an editor should offer first. */
  preferred?: boolean;
}

/** Another place the finding refers to (another draft, another line). */
export interface RelatedLocation {
  /** A file path or URI as given to `analyzeWorkspace`; absent for the same text. */
  file?: string;
  start: number;
  end: number;
  message: string;
  /** 0-based line and column of the range, for another file whose text the adapter may not hold. */
  position?: { line: number; column: number; endLine: number; endColumn: number };
}

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  /** French, addressed to the writer. */
  message: string;
  /** Id of the checklist tip behind the finding (see tips.ts). */
  tip: string;
  fixes: Fix[];
  related?: RelatedLocation[];
}

/** What a rule reports; the registry adds rule, category, severity and tip. */
export interface Report {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
  /** Overrides the rule's default severity for this one report (e.g. a stronger length warning). */
  severity?: Severity;
  /** Overrides the rule's tip for this report. */
  tip?: string;
}
