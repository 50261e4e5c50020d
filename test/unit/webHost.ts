// A web-worker-like host for the extension's web bundle: a node:vm context with
// only what a web worker has (no require, process, Buffer, __dirname, global,
// setImmediate), and a small in-memory `vscode` module handed to the bundle
// through the CommonJS `require` that VS Code for the web gives extensions.
//
// The stub implements for real what the diagnostics path uses (documents,
// events, configuration, workspace.fs, diagnostic collections, code action
// providers); any other API member is answered by an inert stand-in that
// returns a disposable, so that features added later do not break activation
// here. `unknownApi` lists those members.

import { readFileSync } from 'node:fs';
import * as vm from 'node:vm';

type Listener<T> = (e: T) => unknown;

export class Emitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
  isEqual(o: Position): boolean {
    return this.line === o.line && this.character === o.character;
  }
  isBefore(o: Position): boolean {
    return this.line < o.line || (this.line === o.line && this.character < o.character);
  }
  isAfter(o: Position): boolean {
    return !this.isEqual(o) && !this.isBefore(o);
  }
  isBeforeOrEqual(o: Position): boolean {
    return this.isBefore(o) || this.isEqual(o);
  }
  isAfterOrEqual(o: Position): boolean {
    return !this.isBefore(o);
  }
  compareTo(o: Position): number {
    return this.isBefore(o) ? -1 : this.isEqual(o) ? 0 : 1;
  }
  translate(lineDelta = 0, characterDelta = 0): Position {
    return new Position(this.line + lineDelta, this.character + characterDelta);
  }
  with(line = this.line, character = this.character): Position {
    return new Position(line, character);
  }
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    const s = typeof a === 'number' ? new Position(a, b as number) : a;
    const e = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
    [this.start, this.end] = s.isAfter(e) ? [e, s] : [s, e];
  }
  get isEmpty(): boolean {
    return this.start.isEqual(this.end);
  }
  get isSingleLine(): boolean {
    return this.start.line === this.end.line;
  }
  isEqual(o: Range): boolean {
    return this.start.isEqual(o.start) && this.end.isEqual(o.end);
  }
  contains(p: Position | Range): boolean {
    if (p instanceof Range) return this.contains(p.start) && this.contains(p.end);
    return p.isAfterOrEqual(this.start) && p.isBeforeOrEqual(this.end);
  }
  intersection(o: Range): Range | undefined {
    const s = this.start.isAfter(o.start) ? this.start : o.start;
    const e = this.end.isBefore(o.end) ? this.end : o.end;
    return s.isAfter(e) ? undefined : new Range(s, e);
  }
  with(start = this.start, end = this.end): Range {
    return new Range(start, end);
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query = '',
    readonly fragment = '',
  ) {}
  static parse(s: string): Uri {
    const m = /^([a-z][a-z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i.exec(s);
    if (!m) return new Uri('file', '', s);
    return new Uri(m[1], m[2] ?? '', m[3] || '/', m[4] ?? '', m[5] ?? '');
  }
  static file(p: string): Uri {
    return new Uri('file', '', p);
  }
  static from(c: { scheme: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(c.scheme, c.authority ?? '', c.path ?? '/', c.query ?? '', c.fragment ?? '');
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return base.with({ path: [base.path.replace(/\/$/, ''), ...segments].join('/') });
  }
  get fsPath(): string {
    return this.path;
  }
  with(c: { scheme?: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(c.scheme ?? this.scheme, c.authority ?? this.authority, c.path ?? this.path, c.query ?? this.query, c.fragment ?? this.fragment);
  }
  toString(): string {
    // `command:id?args` has no authority and a path without a slash, as VS Code writes it.
    const head = this.authority === '' && !this.path.startsWith('/') ? `${this.scheme}:` : `${this.scheme}://${this.authority}`;
    return `${head}${this.path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
  toJSON(): string {
    return this.toString();
  }
}

export interface FakeDocument {
  uri: Uri;
  fileName: string;
  languageId: string;
  version: number;
  isClosed: boolean;
  isDirty: boolean;
  isUntitled: boolean;
  eol: number;
  lineCount: number;
  getText(range?: Range): string;
  positionAt(offset: number): Position;
  offsetAt(p: Position): number;
  lineAt(l: number | Position): { lineNumber: number; text: string; range: Range; rangeIncludingLineBreak: Range; firstNonWhitespaceCharacterIndex: number; isEmptyOrWhitespace: boolean };
  validatePosition(p: Position): Position;
  validateRange(r: Range): Range;
  getWordRangeAtPosition(): undefined;
  save(): Promise<boolean>;
  /** Test side: replaces the text and bumps the version. */
  setText(text: string): void;
}

export function makeDocument(uri: Uri, languageId: string, initial: string): FakeDocument {
  let text = initial;
  let starts: number[] = [];
  const index = () => {
    starts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
    }
  };
  index();
  const lineEnd = (l: number) => {
    let e = l + 1 < starts.length ? starts[l + 1] : text.length;
    if (e > starts[l] && text[e - 1] === '\n') e--;
    if (e > starts[l] && text[e - 1] === '\r') e--;
    return e;
  };
  const doc: FakeDocument = {
    uri,
    fileName: uri.path,
    languageId,
    version: 1,
    isClosed: false,
    isDirty: false,
    isUntitled: false,
    eol: 1,
    get lineCount() {
      return starts.length;
    },
    getText(range?: Range) {
      return range ? text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end)) : text;
    },
    positionAt(offset: number) {
      const o = Math.max(0, Math.min(Math.floor(offset), text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return new Position(lo, Math.min(o, lineEnd(lo)) - starts[lo]);
    },
    offsetAt(p: Position) {
      const l = Math.max(0, Math.min(p.line, starts.length - 1));
      return Math.min(starts[l] + Math.max(0, p.character), lineEnd(l));
    },
    lineAt(arg: number | Position) {
      const l = typeof arg === 'number' ? arg : arg.line;
      const t = text.slice(starts[l], lineEnd(l));
      const first = t.search(/\S/);
      return {
        lineNumber: l,
        text: t,
        range: new Range(l, 0, l, t.length),
        rangeIncludingLineBreak: new Range(doc.positionAt(starts[l]), doc.positionAt(l + 1 < starts.length ? starts[l + 1] : text.length)),
        firstNonWhitespaceCharacterIndex: first < 0 ? t.length : first,
        isEmptyOrWhitespace: first < 0,
      };
    },
    validatePosition: (p: Position) => doc.positionAt(doc.offsetAt(p)),
    validateRange: (r: Range) => new Range(doc.validatePosition(r.start), doc.validatePosition(r.end)),
    getWordRangeAtPosition: () => undefined,
    save: async () => true,
    setText(t: string) {
      text = t;
      index();
      doc.version++;
    },
  };
  return doc;
}

/** An inert stand-in for any API member the stub does not implement. */
function inert(path: string, seen: Set<string>): unknown {
  seen.add(path);
  const target = function () {};
  const assigned = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(_t, key) {
      if (assigned.has(key)) return assigned.get(key);
      if (key === 'dispose') return () => {};
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => path;
      if (typeof key === 'symbol') return undefined;
      return inert(`${path}.${key}`, seen);
    },
    // Objects the extension configures (a status bar item, a webview…) keep what it assigns.
    set(_t, key, value) {
      assigned.set(key, value);
      return true;
    },
    apply: () => inert(`${path}()`, seen),
    construct: () => inert(`new ${path}`, seen) as object,
  });
}

function withFallback<T extends object>(name: string, obj: T, seen: Set<string>): T {
  return new Proxy(obj, {
    get(t, key, r) {
      if (typeof key === 'symbol' || key in t) return Reflect.get(t, key, r);
      return inert(`${name}.${key}`, seen);
    },
  });
}

export interface Collection {
  name: string;
  entries: Map<string, { uri: Uri; diagnostics: unknown[] }>;
}

export interface FakePanel {
  viewType: string;
  title: string;
  visible: boolean;
  webview: { html: string; cspSource: string; options: unknown; messages: unknown[] };
}

export interface WebHost {
  vscode: Record<string, unknown>;
  /** Fires after any diagnostic collection changes. */
  onDiagnostics: Emitter<{ uri: string; diagnostics: unknown[] }>;
  collections: Collection[];
  codeActionProviders: { provideCodeActions(doc: unknown, range: Range, ctx: unknown): unknown }[];
  hoverProviders: { provideHover(doc: unknown, position: Position, token: unknown): unknown }[];
  completionProviders: { provideCompletionItems(doc: unknown, position: Position, token: unknown, ctx: unknown): unknown }[];
  commands: Map<string, (...args: unknown[]) => unknown>;
  panels: FakePanel[];
  /** The editor the extension sees as active. */
  setActiveEditor(doc: FakeDocument | undefined): void;
  documents: FakeDocument[];
  open(doc: FakeDocument): void;
  change(doc: FakeDocument, text: string): void;
  close(doc: FakeDocument): void;
  /** Files readable through workspace.fs, by URI string. */
  files: Map<string, Uint8Array>;
  settings: Record<string, unknown>;
  messages: string[];
  unknownApi: Set<string>;
  /** Commands of other extensions that this host has (the Markdown preview), and the calls the extension made to them. */
  externalCommands: Set<string>;
  executed: { id: string; args: unknown[] }[];
  /** The documents the extension showed in a text editor (window.showTextDocument). */
  shown: { document: FakeDocument; options: unknown }[];
}

export function createHost(): WebHost {
  const unknownApi = new Set<string>();
  const onDiagnostics = new Emitter<{ uri: string; diagnostics: unknown[] }>();
  const collections: Collection[] = [];
  const codeActionProviders: WebHost['codeActionProviders'] = [];
  const hoverProviders: WebHost['hoverProviders'] = [];
  const completionProviders: WebHost['completionProviders'] = [];
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const panels: FakePanel[] = [];
  const window: Record<string, unknown> = {
    activeTextEditor: undefined,
    visibleTextEditors: [],
    showInformationMessage: async (m: string) => void messages.push(m),
    showWarningMessage: async (m: string) => void messages.push(m),
    showErrorMessage: async (m: string) => void messages.push(m),
    createWebviewPanel(viewType: string, title: string, _column: unknown, options: unknown) {
      const disposed = new Emitter<void>();
      const received = new Emitter<unknown>();
      const viewState = new Emitter<unknown>();
      const record: FakePanel = { viewType, title, visible: true, webview: { html: '', cspSource: 'https://webview.test', options, messages: [] } };
      panels.push(record);
      const panel = {
        viewType,
        get title() {
          return record.title;
        },
        set title(t: string) {
          record.title = t;
        },
        get visible() {
          return record.visible;
        },
        active: true,
        viewColumn: 2,
        options,
        webview: {
          get html() {
            return record.webview.html;
          },
          set html(h: string) {
            record.webview.html = h;
          },
          options,
          cspSource: record.webview.cspSource,
          asWebviewUri: (u: Uri) => u.with({ scheme: 'https', authority: 'webview.test' }),
          onDidReceiveMessage: received.event,
          postMessage: async (m: unknown) => {
            record.webview.messages.push(m);
            return true;
          },
        },
        onDidDispose: disposed.event,
        onDidChangeViewState: viewState.event,
        reveal() {},
        dispose() {
          disposed.fire();
        },
      };
      return panel;
    },
  };
  const documents: FakeDocument[] = [];
  const contentProviders = new Map<string, { provideTextDocumentContent(uri: Uri): string }>();
  const externalCommands = new Set(['markdown.showPreviewToSide']);
  const executed: WebHost['executed'] = [];
  const shown: WebHost['shown'] = [];
  window.showTextDocument = async (document: FakeDocument, options: unknown) => {
    shown.push({ document, options });
    return { document };
  };
  const files = new Map<string, Uint8Array>();
  const settings: Record<string, unknown> = {};
  const messages: string[] = [];
  const opened = new Emitter<FakeDocument>();
  const changed = new Emitter<{ document: FakeDocument; contentChanges: unknown[]; reason: undefined }>();
  const closed = new Emitter<FakeDocument>();
  const configuration = new Emitter<{ affectsConfiguration(s: string): boolean }>();
  const disposable = () => ({ dispose() {} });

  class FileSystemError extends Error {
    constructor(
      message: string,
      readonly code = 'Unknown',
    ) {
      super(message);
    }
    static FileNotFound = (u?: unknown) => new FileSystemError(`not found: ${String(u)}`, 'FileNotFound');
    static FileExists = (u?: unknown) => new FileSystemError(`exists: ${String(u)}`, 'FileExists');
    static FileNotADirectory = (u?: unknown) => new FileSystemError(`not a directory: ${String(u)}`, 'FileNotADirectory');
    static FileIsADirectory = (u?: unknown) => new FileSystemError(`is a directory: ${String(u)}`, 'FileIsADirectory');
    static NoPermissions = (u?: unknown) => new FileSystemError(`no permissions: ${String(u)}`, 'NoPermissions');
    static Unavailable = (u?: unknown) => new FileSystemError(`unavailable: ${String(u)}`, 'Unavailable');
  }

  const kind = (value: string): Record<string, unknown> => ({
    value,
    append: (s: string) => kind(`${value}.${s}`),
    contains: (o: { value: string }) => o.value === value || o.value.startsWith(`${value}.`),
    intersects: (o: { value: string }) => o.value.startsWith(value) || value.startsWith(o.value),
  });

  const format = (message: string, ...args: unknown[]) => {
    const named = args.length === 1 && args[0] && typeof args[0] === 'object' ? (args[0] as Record<string, unknown>) : undefined;
    return message.replace(/\{(\w+)\}/g, (m, k: string) => {
      const v = named ? named[k] : args[Number(k)];
      return v === undefined ? m : String(v);
    });
  };

  const config = (section?: string) => {
    const full = (key: string) => (section ? `${section}.${key}` : key);
    return {
      get: (key: string, def?: unknown) => (full(key) in settings ? settings[full(key)] : def),
      has: (key: string) => full(key) in settings,
      inspect: (key: string) => ({ key: full(key), workspaceValue: settings[full(key)] }),
      update: async (key: string, value: unknown) => {
        settings[full(key)] = value;
        configuration.fire({ affectsConfiguration: (s: string) => full(key) === s || full(key).startsWith(`${s}.`) });
      },
    };
  };

  const vscode: Record<string, unknown> = {
    version: '1.100.0',
    Position,
    Range,
    Selection: Range,
    Uri,
    EventEmitter: Emitter,
    Disposable: class {
      constructor(private readonly fn: () => void) {}
      static from(...ds: { dispose(): void }[]) {
        return { dispose: () => ds.forEach((d) => d.dispose()) };
      }
      dispose() {
        this.fn();
      }
    },
    Diagnostic: class {
      source?: string;
      code?: unknown;
      relatedInformation?: unknown[];
      tags?: number[];
      constructor(
        readonly range: Range,
        readonly message: string,
        readonly severity = 0,
      ) {}
    },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
    DiagnosticRelatedInformation: class {
      constructor(
        readonly location: unknown,
        readonly message: string,
      ) {}
    },
    Location: class {
      constructor(
        readonly uri: Uri,
        readonly range: Range | Position,
      ) {}
    },
    CodeAction: class {
      edit?: unknown;
      command?: unknown;
      diagnostics?: unknown[];
      isPreferred?: boolean;
      constructor(
        readonly title: string,
        readonly kind?: unknown,
      ) {}
    },
    CodeActionKind: { Empty: kind(''), QuickFix: kind('quickfix'), Refactor: kind('refactor'), Source: kind('source'), SourceFixAll: kind('source.fixAll') },
    CodeActionTriggerKind: { Invoke: 1, Automatic: 2 },
    CompletionItem: class {
      insertText?: unknown;
      detail?: string;
      documentation?: unknown;
      range?: unknown;
      sortText?: string;
      filterText?: string;
      constructor(
        readonly label: unknown,
        readonly kind?: number,
      ) {}
    },
    CompletionTriggerKind: { Invoke: 0, TriggerCharacter: 1, TriggerForIncompleteCompletions: 2 },
    CompletionItemKind: { Text: 0, Snippet: 14, Keyword: 13, Value: 11 },
    CompletionList: class {
      constructor(
        readonly items: unknown[] = [],
        readonly isIncomplete = false,
      ) {}
    },
    SnippetString: class {
      constructor(public value = '') {}
    },
    WorkspaceEdit: class {
      readonly edits: { uri: Uri; range: Range; newText: string }[] = [];
      replace(uri: Uri, range: Range, newText: string) {
        this.edits.push({ uri, range, newText });
      }
      insert(uri: Uri, p: Position, newText: string) {
        this.edits.push({ uri, range: new Range(p, p), newText });
      }
      delete(uri: Uri, range: Range) {
        this.edits.push({ uri, range, newText: '' });
      }
      get size() {
        return this.edits.length;
      }
    },
    TextEdit: class {
      constructor(
        readonly range: Range,
        readonly newText: string,
      ) {}
      static replace = (range: Range, newText: string) => ({ range, newText });
      static insert = (p: Position, newText: string) => ({ range: new Range(p, p), newText });
    },
    MarkdownString: class {
      isTrusted?: boolean;
      supportHtml?: boolean;
      constructor(public value = '') {}
      appendMarkdown(s: string) {
        this.value += s;
        return this;
      }
      appendText(s: string) {
        this.value += s;
        return this;
      }
      appendCodeblock(s: string) {
        this.value += `\n\`\`\`\n${s}\n\`\`\`\n`;
        return this;
      }
    },
    Hover: class {
      constructor(
        readonly contents: unknown,
        readonly range?: Range,
      ) {}
    },
    EndOfLine: { LF: 1, CRLF: 2 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
    FileSystemError,
    RelativePattern: class {
      constructor(
        readonly base: unknown,
        readonly pattern: string,
      ) {}
    },
    UIKind: { Desktop: 1, Web: 2 },
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    l10n: { t: (message: string | { message: string; args?: unknown[] }, ...args: unknown[]) => (typeof message === 'string' ? format(message, ...args) : format(message.message, ...(message.args ?? []))), bundle: undefined, uri: undefined },
    env: withFallback('env', { language: 'fr', uiKind: 2, appName: 'Visual Studio Code', appHost: 'web', remoteName: undefined }, unknownApi),
    languages: withFallback(
      'languages',
      {
        createDiagnosticCollection(name = '') {
          const c: Collection = { name, entries: new Map() };
          collections.push(c);
          const notify = (uri: Uri, diagnostics: unknown[]) => onDiagnostics.fire({ uri: uri.toString(), diagnostics });
          return {
            name,
            set(uri: Uri, diagnostics: unknown[] | undefined) {
              c.entries.set(uri.toString(), { uri, diagnostics: diagnostics ?? [] });
              notify(uri, diagnostics ?? []);
            },
            delete(uri: Uri) {
              c.entries.delete(uri.toString());
              notify(uri, []);
            },
            clear() {
              for (const e of c.entries.values()) notify(e.uri, []);
              c.entries.clear();
            },
            get: (uri: Uri) => c.entries.get(uri.toString())?.diagnostics,
            has: (uri: Uri) => c.entries.has(uri.toString()),
            forEach(cb: (uri: Uri, d: unknown[]) => void) {
              for (const e of c.entries.values()) cb(e.uri, e.diagnostics);
            },
            dispose() {
              c.entries.clear();
            },
          };
        },
        registerCodeActionsProvider(_selector: unknown, provider: WebHost['codeActionProviders'][number]) {
          codeActionProviders.push(provider);
          return disposable();
        },
        registerHoverProvider(_selector: unknown, provider: WebHost['hoverProviders'][number]) {
          hoverProviders.push(provider);
          return disposable();
        },
        registerCompletionItemProvider(_selector: unknown, provider: WebHost['completionProviders'][number]) {
          completionProviders.push(provider);
          return disposable();
        },
        match: (selector: { language?: string } | string, doc: FakeDocument) => ((typeof selector === 'string' ? selector : selector.language) === doc.languageId ? 10 : 0),
        getDiagnostics: () => [],
      },
      unknownApi,
    ),
    workspace: withFallback(
      'workspace',
      {
        get textDocuments() {
          return documents.filter((d) => !d.isClosed);
        },
        onDidOpenTextDocument: opened.event,
        onDidChangeTextDocument: changed.event,
        onDidCloseTextDocument: closed.event,
        onDidChangeConfiguration: configuration.event,
        getConfiguration: config,
        getWorkspaceFolder: () => undefined,
        workspaceFolders: undefined,
        name: undefined,
        isTrusted: true,
        findFiles: async () => [],
        registerTextDocumentContentProvider(scheme: string, provider: { provideTextDocumentContent(uri: Uri): string }) {
          contentProviders.set(scheme, provider);
          return { dispose: () => contentProviders.delete(scheme) };
        },
        async openTextDocument(uri: Uri) {
          const provider = contentProviders.get(uri.scheme);
          if (provider) return makeDocument(uri, 'markdown', provider.provideTextDocumentContent(uri));
          const f = files.get(uri.toString());
          if (!f) throw FileSystemError.FileNotFound(uri);
          return makeDocument(uri, 'markdown', new TextDecoder().decode(f));
        },
        fs: withFallback(
          'workspace.fs',
          {
            async readFile(uri: Uri) {
              const f = files.get(uri.toString());
              if (!f) throw FileSystemError.FileNotFound(uri);
              return f;
            },
            async stat(uri: Uri) {
              const f = files.get(uri.toString());
              if (!f) throw FileSystemError.FileNotFound(uri);
              return { type: 1, ctime: 0, mtime: 0, size: f.length };
            },
            async readDirectory() {
              return [];
            },
            async writeFile(uri: Uri, content: Uint8Array) {
              files.set(uri.toString(), content);
            },
            isWritableFileSystem: () => true,
          },
          unknownApi,
        ),
        applyEdit: async () => true,
      },
      unknownApi,
    ),
    window: withFallback('window', window, unknownApi),
    commands: withFallback(
      'commands',
      {
        registerCommand(id: string, handler: (...args: unknown[]) => unknown) {
          commands.set(id, handler);
          return { dispose: () => commands.delete(id) };
        },
        executeCommand: async (id: string, ...args: unknown[]) => {
          const own = commands.get(id);
          if (own) return own(...args);
          // Like VS Code: a command of another extension runs, an unknown one rejects.
          if (!externalCommands.has(id)) throw new Error(`command '${id}' not found`);
          executed.push({ id, args });
          return undefined;
        },
      },
      unknownApi,
    ),
  };

  return {
    vscode: withFallback('vscode', vscode, unknownApi),
    onDiagnostics,
    collections,
    codeActionProviders,
    hoverProviders,
    completionProviders,
    commands,
    panels,
    setActiveEditor(doc) {
      const editor = doc ? { document: doc, viewColumn: 1, selection: new Range(0, 0, 0, 0), selections: [new Range(0, 0, 0, 0)], options: {}, visibleRanges: [] } : undefined;
      window.activeTextEditor = editor;
      window.visibleTextEditors = editor ? [editor] : [];
    },
    documents,
    open(doc) {
      documents.push(doc);
      opened.fire(doc);
    },
    change(doc, text) {
      doc.setText(text);
      changed.fire({ document: doc, contentChanges: [{ text }], reason: undefined });
    },
    close(doc) {
      doc.isClosed = true;
      closed.fire(doc);
    },
    files,
    settings,
    messages,
    unknownApi,
    externalCommands,
    executed,
    shown,
  };
}

/** What a dedicated web worker has as globals (and nothing Node-specific). */
function workerGlobals(): Record<string, unknown> {
  const g: Record<string, unknown> = {
    console,
    // Workers' timers return numbers.
    setTimeout: (fn: (...a: unknown[]) => void, ms?: number, ...a: unknown[]) => +setTimeout(fn, ms, ...a),
    clearTimeout: (id?: number) => clearTimeout(id),
    setInterval: (fn: (...a: unknown[]) => void, ms?: number, ...a: unknown[]) => +setInterval(fn, ms, ...a),
    clearInterval: (id?: number) => clearInterval(id),
    queueMicrotask,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    atob,
    btoa,
    structuredClone,
    performance,
    crypto: globalThis.crypto,
    AbortController,
    AbortSignal,
    EventTarget,
    Event,
  };
  g.self = g;
  return g;
}

export interface LoadedBundle {
  exports: Record<string, unknown>;
  context: vm.Context;
  /** Modules the bundle asked for other than `vscode`. */
  requested: string[];
}

/** Evaluates a CommonJS bundle in a worker-like context with `host.vscode` as its only module. */
export function loadWebBundle(file: string, host: WebHost): LoadedBundle {
  const context = vm.createContext(workerGlobals(), { name: 'web worker extension host' });
  const requested: string[] = [];
  const require = (id: string) => {
    if (id === 'vscode') return host.vscode;
    requested.push(id);
    throw new Error(`Cannot find module '${id}' (a web worker has no Node modules)`);
  };
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = vm.runInContext(`(function (exports, require, module) {${readFileSync(file, 'utf8')}\n})`, context, { filename: file });
  wrapper(module.exports, require, module);
  return { exports: module.exports, context, requested };
}

/** A minimal ExtensionContext. */
export function extensionContext(host: WebHost): { subscriptions: { dispose(): void }[] } & Record<string, unknown> {
  const memento = () => {
    const m = new Map<string, unknown>();
    return { get: (k: string, d?: unknown) => (m.has(k) ? m.get(k) : d), update: async (k: string, v: unknown) => void m.set(k, v), keys: () => [...m.keys()], setKeysForSync() {} };
  };
  const extensionUri = Uri.parse('https://localhost/static/extensions/boomerang');
  return withFallback(
    'context',
    {
      subscriptions: [] as { dispose(): void }[],
      extensionUri,
      extensionPath: extensionUri.path,
      extensionMode: 3,
      globalState: memento(),
      workspaceState: memento(),
      storageUri: undefined,
      globalStorageUri: Uri.parse('https://localhost/storage/global'),
      logUri: Uri.parse('https://localhost/logs'),
      asAbsolutePath: (p: string) => `${extensionUri.path}/${p}`,
    },
    host.unknownApi,
  );
}
