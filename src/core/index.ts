// Public API of the pure core.
export { analyze, analyzeWorkspace, summarize, summarizeText, runRules, guardInput, compareFindings, type AnalyzeContext, type FileFindings } from './analyze';
export { parseDraft, parseHeader, parseDateTime, CHANNELS, FRONT_MATTER_KEYS, type Draft, type DraftMeta, type Channel, type LocalDateTime } from './draft';
export { RULES, RULE_IDS, getRule } from './registry';
export {
  resolveOptions,
  mergeRawOptions,
  defaultOptions,
  effectiveSeverity,
  parseWorkingHours,
  isTimeZone,
  runtimeTimeZone,
  THRESHOLDS,
  RULE_SETTINGS,
  DEFAULT_MAX_CHARS,
  DEFAULT_WORKING_HOURS,
  USER_EXPRESSION_RULES,
  type AnalyzeOptions,
  type RuleSetting,
  type Thresholds,
  type WorkingHours,
  type UserExpression,
} from './options';
export { sendWindow, sendWindowLines, reportWindow, type TimingWindow, type SendStatus } from './rules/delai';
export { recipientKey, sameRecipient, type RecipientKey } from './rules/multicanal';
export { formatMoment, formatDay, formatTime, type ZonedDate } from './calendar';
export { TIPS, RECAP, getTip, type Tip, type RecapRow } from './tips';
export { lineStarts, positionOf, fold } from './text';
export type { DraftSummary } from './context';
export type { RuleDefinition } from './rule';
export * from './types';
export type { SendWindow } from './sendWindow';
export { rulesDoc, rulePage, rulePages, ruleHeading, categoryRules, closeRuleIds, normalizeRuleName, SEVERITY_WORDS, type RulePage } from './ruleDocs';
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
  channelLabel,
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
  type Verdict,
  type VerdictKind,
  type FigureLine,
  type RecapSection,
} from './report';
export { CATEGORY_ROWS, RULE_ROWS, BLOCKING_CATEGORIES, BLOCKING_TIPS, RECAP_SECTIONS } from './data/reportRows';
export { parseSnippet, renderSnippet, serializeSnippet, escapeSnippetText, tabstopOrder, SNIPPET_VARIABLES, type SnippetNode, type ParsedSnippet, type SnippetResolver } from './snippetSyntax';
export { SCENARIOS, SHARED_PREFIX, getScenario, prefillSnippet, checkRefusalDate, draftFileName, isoDate, scenarioPrefixAt, scenarioPreview, type Scenario, type Prefill } from './scenarios';
export { hoverAt, tipSection, type HoverInfo, type HoverSection, type HoverLine, type HoverContext } from './hover';
export { FRONT_MATTER_HELP, CHANNEL_WORD_NOTES } from './data/hoverNotes';
