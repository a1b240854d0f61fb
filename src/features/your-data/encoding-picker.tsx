import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { PlainMessageKey } from '../../i18n/translate';
import type { ImportFailure } from '../../workers/import-protocol';
import { readBlobBytes } from '../../workers/read-blob';
import { StepHeading } from './step-heading';
import { failureText } from './your-data-text';
import './your-data-messages';

/** Encodings offered when a file is not UTF-8, most likely first (Excel on Windows). */
const ENCODINGS = [
  'windows-1252',
  'iso-8859-1',
  'iso-8859-15',
  'macintosh',
  'windows-1250',
  'windows-1251',
  'utf-16le',
  'utf-16be',
  'utf-8',
] as const;

type Encoding = (typeof ENCODINGS)[number];

const ENCODING_KEYS: Record<Encoding, PlainMessageKey> = {
  'windows-1252': 'yourData.encoding.windows-1252',
  'iso-8859-1': 'yourData.encoding.iso-8859-1',
  'iso-8859-15': 'yourData.encoding.iso-8859-15',
  macintosh: 'yourData.encoding.macintosh',
  'windows-1250': 'yourData.encoding.windows-1250',
  'windows-1251': 'yourData.encoding.windows-1251',
  'utf-16le': 'yourData.encoding.utf-16le',
  'utf-16be': 'yourData.encoding.utf-16be',
  'utf-8': 'yourData.encoding.utf-8',
};

/** Bytes read on each side of the first bad byte, to show its line as a sample. */
const SAMPLE_REACH_BYTES = 300;

/** The line holding byte `offset`, decoded with `encoding` (a few hundred bytes at most). */
async function sampleLine(file: File, offset: number, encoding: string): Promise<string> {
  const start = Math.max(0, offset - SAMPLE_REACH_BYTES);
  const bytes = new Uint8Array(await readBlobBytes(file.slice(start, offset + SAMPLE_REACH_BYTES)));
  const at = offset - start;
  const lineStart = bytes.lastIndexOf(0x0a, at) + 1;
  const newline = bytes.indexOf(0x0a, at);
  const line = bytes.subarray(lineStart, newline === -1 ? bytes.length : newline);
  return new TextDecoder(encoding).decode(line).replace(/\r$/, '').trim();
}

function useEncodingSample(file: File, offset: number, encoding: string): string | undefined {
  const [sample, setSample] = useState<{ encoding: string; text: string }>();
  useEffect(() => {
    let isCurrent = true;
    sampleLine(file, offset, encoding).then(
      (text) => {
        if (isCurrent) setSample({ encoding, text });
      },
      () => {
        // A sample is a help, not a must: without it the picker still works.
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [file, offset, encoding]);
  return sample?.encoding === encoding ? sample.text : undefined;
}

/** Shown when a file is not UTF-8: the user picks its encoding and it is read again. */
export function EncodingPicker({
  file,
  failure,
  onRead,
  onCancel,
}: {
  file: File;
  failure: ImportFailure;
  onRead: (encoding: string) => void;
  onCancel: () => void;
}) {
  const { t, formatNumber, formatDate } = useI18n();
  const id = useId();
  const [encoding, setEncoding] = useState<Encoding>('windows-1252');
  const offset = Number(failure.detail ?? '0');
  const sample = useEncodingSample(file, Number.isFinite(offset) ? offset : 0, encoding);
  return (
    <div className="transfer-step">
      <StepHeading>{t('yourData.encoding.title')}</StepHeading>
      <p>{failureText({ t, formatNumber, formatDate }, failure, file.name)}</p>
      <p>{t('yourData.encoding.explain')}</p>
      <div className="field">
        <label htmlFor={id}>{t('yourData.encoding.label')}</label>
        <select
          id={id}
          value={encoding}
          onChange={(event) => {
            setEncoding(event.currentTarget.value as Encoding);
          }}
        >
          {ENCODINGS.map((name) => (
            <option key={name} value={name}>
              {t(ENCODING_KEYS[name])}
            </option>
          ))}
        </select>
      </div>
      {sample === undefined ? null : (
        <figure className="transfer-sample">
          <figcaption>{t('yourData.encoding.sample', { line: failure.line ?? 1 })}</figcaption>
          <p lang="">{sample}</p>
        </figure>
      )}
      <div className="transfer-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            onRead(encoding);
          }}
        >
          {t('yourData.encoding.readAgain')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
