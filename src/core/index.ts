// Public API of the pure core.
export { analyze, analyzeWorkspace, summarize, runRules, guardInput, compareFindings, UNREADABLE_RULE, type AnalyzeContext, type FileFindings } from './analyze';
export { parseDraft, parseDateTime, CANAUX, FRONT_MATTER_KEYS, type Draft, type DraftMeta, type Canal, type LocalDateTime } from './draft';
export { RULES, RULE_IDS, getRule } from './registry';
export { resolveOptions, mergeRawOptions, defaultOptions, effectiveSeverity, THRESHOLDS, RULE_SETTINGS, DEFAULT_MAX_CHARS, USER_EXPRESSION_RULES, type AnalyzeOptions, type RuleSetting, type Thresholds, type UserExpression } from './options';
export { TIPS, RECAP, getTip, type Tip, type RecapRow } from './tips';
export { lineStarts, positionOf, fold } from './text';
export type { DraftSummary } from './context';
export type { RuleDefinition } from './rule';
export * from './types';
export { DOCS_URL, ruleDocUrl } from './meta';
export {
  buildReport,
  reportForText,
  rowsOf,
  isBlocking,
  figureLines,
  shortSummary,
  formatDateTime,
  countQuestions,
  channelsMentioned,
  canalLabel,
  firstSentence,
  VERDICT_LABELS,
  STATUS_LABELS,
  SEVERITY_LABELS,
  VERDICT_SYMBOLS,
  STATUS_SYMBOLS,
  MIN_LINES,
  type ReportData,
  type ReportRow,
  type ReportFinding,
  type ReportFigures,
  type ReportExtras,
  type RowNote,
  type RowStatus,
  type SendWindow,
  type Verdict,
  type VerdictKind,
  type FigureLine,
  type RecapSection,
} from './report';
export { CATEGORY_ROWS, RULE_ROWS, BLOCKING_CATEGORIES, BLOCKING_TIPS, RECAP_SECTIONS } from './data/rapport';
export { parseSnippet, renderSnippet, serializeSnippet, escapeSnippetText, tabstopOrder, SNIPPET_VARIABLES, type SnippetNode, type ParsedSnippet, type SnippetResolver } from './snippet';
export { SCENARIOS, SHARED_PREFIX, getScenario, prefillSnippet, checkRefusDate, draftFileName, isoDate, scenarioPrefixAt, scenarioPreview, type Scenario, type Prefill } from './scenarios';
export { hoverAt, tipSection, type HoverInfo, type HoverSection, type HoverLine, type HoverContext } from './hover';
export { FRONT_MATTER_HELP, CHANNEL_WORDS } from './data/entete';
