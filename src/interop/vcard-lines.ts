// The vCard content-line layer (RFC 2425/2426/6350, and 2.1 as phones still write it):
// splits a file into cards and each card into properties, without interpreting values.
// One linear pass over the lines; everything odd is tolerated and counted, never thrown:
// - folded lines (a line starting with a space or tab continues the one before);
// - 2.1 quoted-printable soft line breaks (a QP value ending in "=" continues on the next
//   line, whatever that line starts with, but never across a BEGIN/END:VCARD line);
// - groups (Apple's "item1.EMAIL"), parameters with quoted values, bare 2.1 parameters
//   ("TEL;CELL;VOICE:" means TYPE=CELL,VOICE; "…;QUOTED-PRINTABLE:" means the encoding);
// - BEGIN/END in any case; a 2.1 AGENT's inline card is passed over;
// - a line that is not a property inside a card is counted as ignored;
// - a card without END:VCARD (the file ends, or the next BEGIN:VCARD comes first) is
//   handed on as not terminated, for the caller to skip by number.
// Why not a library: of the maintained browser-safe ones, ical.js (Mozilla) reads 3.0/4.0
// but throws on 2.1's bare parameters and quoted-printable soft breaks, leaves \; escaped
// in text values and fails a whole file on one bad line; vcard4 reads only 4.0; vcf and
// vcard-parser split quoted parameters wrongly and do not decode quoted-printable. Making
// any of them fit would have needed this same line layer in front of it.

export type VCardProperty = {
  /** "item1" for Apple's grouped properties, else ''. */
  group: string;
  /** Upper case: 'EMAIL', 'X-ABLABEL'. */
  name: string;
  /** Upper-case names; values unquoted, as written. Bare 2.1 parameters land in TYPE. */
  params: ReadonlyMap<string, string[]>;
  /** As written after the first colon: not yet decoded or unescaped. */
  value: string;
};

export type VCardCard = {
  /** 1-based, counting every card that was begun. */
  number: number;
  /** The line of its BEGIN:VCARD. */
  line: number;
  properties: VCardProperty[];
  ignoredLines: number;
  isTerminated: boolean;
};

const NAME = /^[A-Za-z0-9_-]+$/;
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT', 'B']);
const QP_PARAM = /(^|;)\s*(encoding\s*=\s*)?quoted-printable\s*(;|:|$)/i;
const BOUNDARY = /^\s*(begin|end)\s*:\s*vcard\s*$/i;

/** RFC 6868 parameter escapes: ^n (newline), ^' (double quote), ^^ (caret). */
function decodeParamValue(text: string): string {
  const unquoted =
    text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
  if (!unquoted.includes('^')) return unquoted;
  return unquoted.replace(/\^(n|N|'|\^)/g, (_match, code: string) =>
    code === "'" ? '"' : code === '^' ? '^' : '\n',
  );
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let isQuoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') isQuoted = !isQuoted;
    else if (char === separator && !isQuoted) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function addParam(params: Map<string, string[]>, raw: string): void {
  const text = raw.trim();
  if (text === '') return;
  const equals = text.indexOf('=');
  let key: string;
  let values: string[];
  if (equals === -1) {
    const bare = text.toUpperCase();
    key = BARE_ENCODINGS.has(bare) ? 'ENCODING' : 'TYPE';
    values = [text];
  } else {
    key = text.slice(0, equals).trim().toUpperCase();
    values = splitOutsideQuotes(text.slice(equals + 1), ',').map((value) =>
      decodeParamValue(value.trim()),
    );
  }
  const existing = params.get(key);
  if (existing) existing.push(...values);
  else params.set(key, values);
}

const SEMICOLON = 0x3b;
const COLON = 0x3a;
const QUOTE = 0x22;
/** Shared by every property without parameters (most of them), so none allocates a map. */
const NO_PARAMS: ReadonlyMap<string, string[]> = new Map();

/** Where the name ends: the first ; or :, or -1 when the line has neither. */
function nameEnd(line: string): number {
  for (let index = 0; index < line.length; index += 1) {
    const code = line.charCodeAt(index);
    if (code === SEMICOLON || code === COLON) return index;
  }
  return -1;
}

/** Where a parameter starting at `start` ends: the next ; or : outside double quotes. */
function paramEnd(line: string, start: number): number {
  let isQuoted = false;
  let index = start;
  while (index < line.length) {
    const code = line.charCodeAt(index);
    if (code === QUOTE) isQuoted = !isQuoted;
    else if (!isQuoted && (code === SEMICOLON || code === COLON)) break;
    index += 1;
  }
  return index;
}

/** One content line ("group.NAME;PARAM=x:value"), or undefined when it is not one. */
export function parseContentLine(line: string): VCardProperty | undefined {
  let index = nameEnd(line);
  if (index === -1) return undefined;
  const fullName = line.slice(0, index).trim();
  const dot = fullName.lastIndexOf('.');
  const group = dot === -1 ? '' : fullName.slice(0, dot);
  const name = fullName.slice(dot + 1);
  if (!NAME.test(name) || (group !== '' && !NAME.test(group))) return undefined;
  let params = NO_PARAMS;
  if (line.charCodeAt(index) === SEMICOLON) {
    const found = new Map<string, string[]>();
    while (line.charCodeAt(index) === SEMICOLON) {
      const start = index + 1;
      index = paramEnd(line, start);
      addParam(found, line.slice(start, index));
    }
    params = found;
  }
  if (line.charCodeAt(index) !== COLON) return undefined;
  return { group, name: name.toUpperCase(), params, value: line.slice(index + 1) };
}

function isQuotedPrintableLine(firstPart: string): boolean {
  const colon = firstPart.indexOf(':');
  return QP_PARAM.test(colon === -1 ? firstPart : firstPart.slice(0, colon + 1));
}

function startsWithSpace(line: string): boolean {
  return line.startsWith(' ') || line.startsWith('\t');
}

export type CardReaderOptions = {
  onProgress?: ((done: number, total: number) => void) | undefined;
  progressEvery: number;
};

/**
 * Calls onCard for each card in the text (line breaks already \n), in order, as soon as
 * the card is complete; text outside cards is ignored.
 */
export function readVCards(
  text: string,
  onCard: (card: VCardCard) => void,
  options: CardReaderOptions,
): void {
  const lines = text.split('\n');
  let index = 0;
  let offset = 0;
  let card: VCardCard | undefined;
  let cardCount = 0;
  let agentDepth = 0;
  const take = () => {
    const line = lines[index] ?? '';
    index += 1;
    offset += line.length + 1;
    return line;
  };
  const close = (isTerminated: boolean) => {
    if (!card) return;
    card.isTerminated = isTerminated;
    onCard(card);
    card = undefined;
    if (options.onProgress && cardCount % options.progressEvery === 0) {
      options.onProgress(Math.min(offset, text.length), text.length);
    }
  };
  while (index < lines.length) {
    const lineNumber = index + 1;
    const first = take();
    if (first === '') continue;
    if (startsWithSpace(first)) {
      // A blank line, or a continuation with nothing to continue.
      if (card && agentDepth === 0 && first.trim() !== '') card.ignoredLines += 1;
      continue;
    }
    const parts = [first];
    let isQuotedPrintable: boolean | undefined;
    while (index < lines.length) {
      const next = lines[index] ?? '';
      const last = parts[parts.length - 1] ?? '';
      if (last.endsWith('=') && !BOUNDARY.test(next)) {
        isQuotedPrintable ??= isQuotedPrintableLine(first);
        if (isQuotedPrintable) {
          parts[parts.length - 1] = last.slice(0, -1);
          parts.push(take());
          continue;
        }
      }
      if (!startsWithSpace(next)) break;
      parts.push(take().slice(1));
    }
    const property = parseContentLine(parts.length === 1 ? first : parts.join(''));
    if (!property) {
      if (card && agentDepth === 0) card.ignoredLines += 1;
      continue;
    }
    const isCardMark = property.value.trim().toUpperCase() === 'VCARD';
    if (property.name === 'BEGIN' && isCardMark) {
      const previous = card?.properties[card.properties.length - 1];
      if (
        card &&
        (agentDepth > 0 || (previous?.name === 'AGENT' && previous.value.trim() === ''))
      ) {
        agentDepth += 1;
        continue;
      }
      close(false);
      cardCount += 1;
      card = {
        number: cardCount,
        line: lineNumber,
        properties: [],
        ignoredLines: 0,
        isTerminated: false,
      };
    } else if (property.name === 'END' && isCardMark) {
      if (agentDepth > 0) agentDepth -= 1;
      else close(true);
    } else if (card && agentDepth === 0) {
      card.properties.push(property);
    }
  }
  close(false);
}
