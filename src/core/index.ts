// Public API of the pure core.
export { analyze, analyzeDraft, analyzeWorkspace, summarize, summarizeText, runRules, guardInput, compareFindings, MAX_FINDINGS_PER_RULE, unreadableFile, type AnalyzeContext, type DraftAnalysis, type FileFindings } from './analyze';
export { parseDraft, parseHeader, FRONT_MATTER_KEYS, type Draft, type DraftMeta, type Channel } from './draft';
export { parseDateTime, formatLocalDateTime, MIN_YEAR, MAX_YEAR, type LocalDateTime } from './dates';
export { CHANNEL_IDS, DRAFT_CHANNELS, channelLabel, channelList, announcementOf, type ChannelId, type ChannelAnnouncement } from './channels';
export { frenchList, frenchDay, frenchShortDate, plural } from './french';
export { RULES, RULE_IDS, USER_EXPRESSION_RULES, getRule } from './registry';
export {
  resolveOptions,
  mergeRawOptions,
  defaultOptions,
  usableOptions,
  effectiveSeverity,
  parseWorkingHours,
  isTimeZone,
  runtimeTimeZone,
  THRESHOLDS,
  RULE_SETTINGS,
  DEFAULT_MAX_CHARS,
  DEFAULT_WORKING_HOURS,
  expressionRules,
  type AnalyzeOptions,
  type RuleSetting,
  type Thresholds,
  type WorkingHours,
  type UserExpression,
  type KnownRule,
} from './options';
export { sendWindow, sendWindowLines, reportWindow, type TimingWindow, type SendStatus } from './rules/delai';
export { recipientKey, sameRecipient, type RecipientKey } from './rules/multicanal';
export { formatMoment, formatDay, formatTime, isMissingLocalTime, toInstant, type ZonedDate } from './calendar';
export { TIPS, RECAP, RECAP_SECTIONS, getTip, type Tip, type RecapRow, type RecapSection } from './tips';
export { lineStarts, positionOf, fold } from './text';
export type { DraftSummary, DraftFigures } from './context';
export type { RuleDefinition, ExampleDraft } from './rule';
export * from './types';
export type { SendWindow } from './sendWindow';
export { rulesDoc, rulePage, rulePages, ruleHeading, categoryRules, closeRuleIds, normalizeRuleName, SEVERITY_WORDS, type RulePage } from './ruleDocs';
export {
  buildReport,
  rowsOf,
  isBlocking,
  figureLines,
  shortSummary,
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
  type RowNote,
  type RowStatus,
  type Verdict,
  type VerdictKind,
  type FigureLine,
} from './report';
export { parseSnippet, renderSnippet, serializeSnippet, escapeSnippetText, tabstopOrder, SNIPPET_VARIABLES, type SnippetNode, type ParsedSnippet, type SnippetResolver } from './snippetSyntax';
export { SCENARIOS, SHARED_PREFIX, getScenario, prefillSnippet, checkRefusalDate, draftFileName, isoDate, scenarioPrefixAt, scenarioPreview, type Scenario, type Prefill } from './scenarios';
export { hoverAt, tipSection, type HoverInfo, type HoverSection, type HoverLine, type HoverContext } from './hover';
export { FRONT_MATTER_HELP } from './data/hoverNotes';
export { plainMessage, renderInline, type PlainMessage } from './followup/plainText';
export { checkEmail, emailAddress, mailtoUrl, MAX_MAILTO_LENGTH, type MailtoResult } from './followup/mailto';
export {
  followupTable,
  followupReminder,
  firstBusinessDayFrom,
  FOLLOWUP_STATUS_LABELS,
  DUE_STATE_LABELS,
  type FollowupTable,
  type FollowupEntry,
  type FollowupStatus,
  type FollowupReminder,
  type RecipientGroup,
  type NextContact,
  type NextKind,
  type DueState,
} from './followup/schedule';
export { followupText, followupJson, groupHeadline, nextLine, entryLine, fileName } from './followup/table';
export { calendarEvent, eventFor, stableId, type CalendarEventInput, type CalendarTarget } from './followup/ics';
export { inZone, frontMatterDateTime } from './calendar';
export { setHeaderField } from './followup/header';
