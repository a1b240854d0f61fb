// What the import worker does with each message (import-protocol.ts), as a plain object so
// that it can be tested without a Worker. It reads and matches a file, keeps the plan for the
// confirm that may follow, and answers with a preview small enough for the screen to take in
// one short task.
//
// The stored people are read here, in the worker, not by the screen: 10,000 of them take
// 150–250 ms to deserialize, which on the main thread would freeze the page (see
// live-queries/use-people.ts). For the same reason the plan is written from here.
//
// Persistent storage is asked for by the screen before it confirms: the worker's
// navigator.storage has no persist(), and db/storage.ts only asks once.
import { applyImport, ImportError, undoImport } from '../db/writes/imports';
import { planImportFromDatabase } from '../db/reads/imports';
import { WriteCancelledError } from '../db/long-write';
import { writeFailureOf } from '../db/write-failure';
import { decodeImportBytes } from '../interop/decode';
import { ImportFileError, type ParsedImport } from '../interop/import-types';
import type { FieldDifference, ImportPlan, PlannedMatch } from '../interop/merge';
import { parseImportText } from '../interop/parse-import';
import type { Source } from '../domain/types';
import {
  PREVIEW_CONFLICT_LIMIT,
  PREVIEW_LIST_LIMIT,
  PREVIEW_VALUE_CHARS,
  type ImportFailure,
  type ImportPhase,
  type ImportPreview,
  type ImportRequest,
  type ImportResponse,
  type PreviewField,
  type PreviewMatch,
} from './import-protocol';

export type PostImportResponse = (response: ImportResponse) => void;

export type ImportEngine = { handle: (request: ImportRequest) => Promise<void> };

/** Reading the text is most of the work; matching gets the last part of the bar. */
const READING_SHARE = 0.85;
/** The bar moves in steps of at least 1%: more messages would only cost time. */
const PROGRESS_STEP = 0.01;

function progressReporter(post: PostImportResponse) {
  let lastPhase: ImportPhase | undefined;
  let lastFraction = -1;
  return (phase: ImportPhase, fraction: number) => {
    const clamped = Math.min(1, Math.max(0, fraction));
    if (phase === lastPhase && clamped < 1 && clamped - lastFraction < PROGRESS_STEP) return;
    lastPhase = phase;
    lastFraction = clamped;
    post({ type: 'progress', phase, fraction: clamped });
  };
}

/** Why a file was refused, as codes the screen words; anything unexpected is logged here. */
function failureOf(error: unknown): ImportFailure {
  if (error instanceof ImportFileError) {
    return { reason: error.reason, detail: error.detail, line: error.line };
  }
  console.error('Ties could not read the file to import', error);
  return { reason: 'read-failed' };
}

function shortValue<T>(value: T): T {
  if (typeof value !== 'string' || value.length <= PREVIEW_VALUE_CHARS) return value;
  // A cut value is only shown, never written; the ellipsis says there is more.
  return `${value.slice(0, PREVIEW_VALUE_CHARS)}…` as T;
}

function previewFields(differences: readonly FieldDifference[]): PreviewField[] {
  return differences.map(({ field, stored, incoming }) => ({
    field,
    stored: shortValue(stored),
    incoming: shortValue(incoming),
  }));
}

function previewMatch(match: PlannedMatch): PreviewMatch {
  return {
    contactId: match.contactId,
    name: match.name,
    rule: match.rule,
    places: match.places,
    fills: previewFields(match.fills),
    updates: previewFields(match.updates),
    additions: match.additions,
    conflicts: previewFields(match.conflicts),
  };
}

/** What the screen shows of a plan: every count, and the first items of each list. */
export function previewOf(
  plan: ImportPlan,
  parsed: Pick<ParsedImport, 'warnings'>,
  encoding: string | undefined,
  source: Source,
): ImportPreview {
  const changed = plan.matches.filter((match) => match.isChanged);
  const conflicted = changed.filter((match) => match.conflicts.length > 0);
  const plain = changed.filter((match) => match.conflicts.length === 0);
  const warnings = parsed.warnings ?? [];
  const matches = [
    ...conflicted.slice(0, PREVIEW_CONFLICT_LIMIT),
    ...plain.slice(0, PREVIEW_LIST_LIMIT),
  ].map(previewMatch);
  return {
    format: plan.format,
    source,
    encoding,
    counts: {
      newPeople: plan.newPeople.length,
      matched: plan.matches.length,
      changed: changed.length,
      withConflicts: conflicted.length,
      conflicts: conflicted.reduce((sum, match) => sum + match.conflicts.length, 0),
      skipped: plan.skipped.length,
      duplicates: plan.duplicates.length,
      warnings: warnings.length,
    },
    newPeople: plan.newPeople.slice(0, PREVIEW_LIST_LIMIT).map((person) => ({
      name: shortValue(person.name),
      organisation: shortValue(person.draft.organisation),
      places: person.places,
    })),
    matches,
    skipped: plan.skipped.slice(0, PREVIEW_LIST_LIMIT),
    duplicates: plan.duplicates.slice(0, PREVIEW_LIST_LIMIT),
    warnings: warnings.slice(0, PREVIEW_LIST_LIMIT),
  };
}

/**
 * The source the request names wins over the parsed one: phone contacts are new people, and
 * an import batch, "from the phone", whatever the screen's parse called them.
 */
function withSource(plan: ImportPlan, source: ImportPlan['source']): ImportPlan {
  if (source === plan.source) return plan;
  return {
    ...plan,
    source,
    newPeople: plan.newPeople.map((person) => ({
      ...person,
      draft: { ...person.draft, source },
    })),
  };
}

/** Why a confirm or an undo did not happen, from what it threw: codes, never its message. */
function writeErrorOf(error: unknown) {
  if (error instanceof WriteCancelledError) return { reason: 'cancelled' as const };
  if (error instanceof ImportError) return { reason: error.reason };
  console.error('Ties could not write the import or its undo', error);
  return { reason: 'write-failed' as const, writeFailure: writeFailureOf(error) };
}

export function createImportEngine(post: PostImportResponse): ImportEngine {
  let plan: ImportPlan | undefined;
  /** Stops the confirm or undo under way, if any. */
  let running: AbortController | undefined;

  /** A write that a 'cancel' can stop, reporting its progress as it goes. */
  const controlled = async <T>(
    write: (control: {
      signal: AbortSignal;
      onProgress: (done: number, total: number) => void;
    }) => Promise<T>,
  ): Promise<T> => {
    const controller = new AbortController();
    running = controller;
    try {
      return await write({
        signal: controller.signal,
        onProgress: (done, total) => {
          post({ type: 'write-progress', done, total });
        },
      });
    } finally {
      if (running === controller) running = undefined;
    }
  };

  const planAndPreview = async (
    parsed: ParsedImport,
    encoding: string | undefined,
    source: ParsedImport['source'],
    report: ReturnType<typeof progressReporter>,
  ) => {
    report('matching', READING_SHARE);
    plan = withSource(await planImportFromDatabase(parsed), source);
    report('matching', 1);
    post({ type: 'preview', preview: previewOf(plan, parsed, encoding, source) });
  };

  const readFile = async (request: Extract<ImportRequest, { type: 'read-file' }>) => {
    const report = progressReporter(post);
    report('reading', 0);
    const { text, encoding } = decodeImportBytes(new Uint8Array(request.bytes), {
      encoding: request.encoding,
    });
    const parsed = parseImportText(text, {
      onProgress: (done, total) => {
        report('reading', total > 0 ? (done / total) * READING_SHARE : 0);
      },
    });
    await planAndPreview(parsed, encoding, parsed.source, report);
  };

  const confirm = async (request: Extract<ImportRequest, { type: 'confirm' }>) => {
    if (!plan) {
      post({ type: 'apply-failed', reason: 'no-plan' });
      return;
    }
    const current = plan;
    try {
      const result = await controlled((control) =>
        applyImport(current, request.choices, { fileName: request.fileName, ...control }),
      );
      plan = undefined;
      post({ type: 'applied', result });
    } catch (error) {
      const failure = writeErrorOf(error);
      // An import refuses only a stale plan; anything else from it is a failed write.
      const reason =
        failure.reason === 'import-not-found' || failure.reason === 'already-undone'
          ? 'write-failed'
          : failure.reason;
      post({ type: 'apply-failed', ...failure, reason });
    }
  };

  const undo = async (request: Extract<ImportRequest, { type: 'undo' }>) => {
    try {
      const result = await controlled((control) => undoImport(request.batchId, undefined, control));
      post({ type: 'undone', result });
    } catch (error) {
      post({ type: 'undo-failed', ...writeErrorOf(error) });
    }
  };

  return {
    handle: async (request) => {
      switch (request.type) {
        case 'read-file':
        case 'read-people':
          plan = undefined;
          try {
            if (request.type === 'read-file') await readFile(request);
            else {
              const report = progressReporter(post);
              await planAndPreview(request.parsed, undefined, request.source, report);
            }
          } catch (error) {
            post({ type: 'failed', failure: failureOf(error) });
          }
          return;
        case 'confirm':
          await confirm(request);
          return;
        case 'undo':
          await undo(request);
          return;
        case 'cancel':
          running?.abort();
          return;
      }
    },
  };
}
