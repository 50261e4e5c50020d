// Public API of the pure core.
export { analyze, analyzeWorkspace, summarize, summarizeText, runRules, guardInput, compareFindings, UNREADABLE_RULE, type AnalyzeContext, type FileFindings } from './analyze';
export { parseDraft, parseHeader, parseDateTime, CANAUX, FRONT_MATTER_KEYS, type Draft, type DraftMeta, type Canal, type LocalDateTime } from './draft';
export { RULES, RULE_IDS, getRule } from './registry';
export {
  resolveOptions,
  defaultOptions,
  effectiveSeverity,
  parseWorkingHours,
  isTimeZone,
  runtimeTimeZone,
  THRESHOLDS,
  RULE_SETTINGS,
  DEFAULT_MAX_CHARS,
  DEFAULT_WORKING_HOURS,
  type AnalyzeOptions,
  type RuleSetting,
  type Thresholds,
  type WorkingHours,
} from './options';
export { sendWindow, sendWindowLines, type SendWindow, type SendStatus } from './rules/delai';
export { recipientKey, sameRecipient, type RecipientKey } from './rules/multicanal';
export { formatMoment, formatDay, formatTime, type ZonedDate } from './calendar';
export { TIPS, RECAP, getTip, type Tip, type RecapRow } from './tips';
export { lineStarts, positionOf, fold } from './text';
export type { DraftSummary } from './context';
export type { RuleDefinition } from './rule';
export * from './types';
export { DOCS_URL, ruleDocUrl } from './meta';
export { parseSnippet, renderSnippet, serializeSnippet, escapeSnippetText, tabstopOrder, SNIPPET_VARIABLES, type SnippetNode, type ParsedSnippet, type SnippetResolver } from './snippet';
export { SCENARIOS, SHARED_PREFIX, getScenario, prefillSnippet, checkRefusDate, draftFileName, isoDate, scenarioPrefixAt, scenarioPreview, type Scenario, type Prefill } from './scenarios';
export { hoverAt, tipSection, type HoverInfo, type HoverSection, type HoverLine, type HoverContext } from './hover';
export { FRONT_MATTER_HELP, CHANNEL_WORDS } from './data/entete';
