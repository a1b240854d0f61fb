// "Export some people": choose people (people-chooser.tsx), then download just them as vCard
// or CSV, made in the data-file worker from their ids. Everyone is read only when the panel
// opens (in chunks, live-queries/use-people.ts), so the data page costs nothing until then.
import { useId, useMemo, useState } from 'react';
import { usePeopleSnapshot } from '../../live-queries/use-people';
import { sortByName } from '../../domain/name-order';
import { useI18n } from '../../i18n/use-i18n';
import type { ExportFormat } from '../../workers/data-file-protocol';
import { PeopleChooser, type ChosenIds } from './people-chooser';
import { useExportDownload } from './use-export-download';
import './your-data-messages';

function ExportSomePanel({ id }: { id: string }) {
  const { t, language } = useI18n();
  const titleId = useId();
  const hintId = useId();
  const snapshot = usePeopleSnapshot();
  // The snapshot comes in key order: the chooser lists people, and the file holds them, in
  // the language's name order, as the app shows them everywhere else.
  const people = useMemo(() => snapshot && sortByName(snapshot, language), [snapshot, language]);
  const [chosen, setChosen] = useState<ChosenIds>(() => new Set());
  const { working, outcome, download } = useExportDownload();
  // The chosen, in that order.
  const ids = useMemo(
    () => (people ?? []).filter((person) => chosen.has(person.id)).map((person) => person.id),
    [people, chosen],
  );
  const isNoneChosen = ids.length === 0;

  const button = (format: ExportFormat, label: string) => (
    <button
      type="button"
      className="button"
      disabled={isNoneChosen || working !== undefined}
      aria-describedby={isNoneChosen ? hintId : undefined}
      onClick={() => {
        void download(format, ids);
      }}
    >
      {working === format ? t('yourData.export.working') : label}
    </button>
  );

  return (
    <div
      id={id}
      className="transfer-step transfer-export-some"
      role="group"
      aria-labelledby={titleId}
    >
      <h3 id={titleId} className="transfer-step-heading">
        {t('yourData.exportSome.title')}
      </h3>
      <PeopleChooser people={people} chosen={chosen} onChange={setChosen} />
      <div className="transfer-actions">
        {button('vcard', t('yourData.exportSome.vcard'))}
        {button('csv', t('yourData.exportSome.csv'))}
      </div>
      {isNoneChosen ? (
        <p id={hintId} className="muted">
          {t('yourData.exportSome.noneChosen')}
        </p>
      ) : null}
      <p role="status" className={outcome?.isError ? 'field-error' : undefined}>
        {outcome?.message}
      </p>
    </div>
  );
}

/** A button that opens the panel; closing it drops the choice and the people read. */
export function ExportSome() {
  const { t } = useI18n();
  const panelId = useId();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <div className="transfer-actions">
        <button
          type="button"
          className="button"
          aria-expanded={isOpen}
          aria-controls={isOpen ? panelId : undefined}
          onClick={() => {
            setIsOpen((current) => !current);
          }}
        >
          {t('yourData.exportSome.open')}
        </button>
      </div>
      {isOpen ? <ExportSomePanel id={panelId} /> : null}
    </>
  );
}
