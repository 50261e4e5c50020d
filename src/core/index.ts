// Public API of the pure core.
export { analyze, analyzeWorkspace, summarize, runRules, guardInput, compareFindings, UNREADABLE_RULE, type AnalyzeContext, type FileFindings } from './analyze';
export { parseDraft, parseDateTime, CANAUX, FRONT_MATTER_KEYS, type Draft, type DraftMeta, type Canal, type LocalDateTime } from './draft';
export { RULES, RULE_IDS, getRule } from './registry';
export { resolveOptions, defaultOptions, effectiveSeverity, THRESHOLDS, RULE_SETTINGS, DEFAULT_MAX_CHARS, type AnalyzeOptions, type RuleSetting, type Thresholds } from './options';
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
