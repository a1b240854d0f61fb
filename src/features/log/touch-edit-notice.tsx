import { useId, type Ref } from 'react';
import type { TouchField } from '../../domain/touch-edit';
import { useI18n } from '../../i18n/use-i18n';
import type { PlainMessageKey } from '../../i18n/translate';

/** Each field of a touch by the label the sheet gives it; the value flows share one. */
const FIELD_LABELS: Record<TouchField, PlainMessageKey> = {
  participantIds: 'log.field.people',
  kind: 'log.kind',
  at: 'log.when',
  note: 'log.note',
  gave: 'log.flows',
  received: 'log.flows',
  askedForHelp: 'log.flows',
  initiator: 'log.field.initiator',
};

type TouchConflictNoticeProps = {
  fields: readonly TouchField[];
  /** Set after a Save pressed before the user chose. */
  isChoiceAsked: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  /** The notice's first line, to move focus to when a Save is held back. */
  titleRef: Ref<HTMLParagraphElement>;
};

/** The fields of this touch changed both here and in another tab, and the choice between them. */
export function TouchConflictNotice({
  fields,
  isChoiceAsked,
  onKeepMine,
  onTakeTheirs,
  titleRef,
}: TouchConflictNoticeProps) {
  const { t, formatList } = useI18n();
  const titleId = useId();
  const names = formatList([...new Set(fields.map((field) => t(FIELD_LABELS[field])))]);
  return (
    <div className="log-sheet-notice" role="group" aria-labelledby={titleId}>
      <p id={titleId} ref={titleRef} tabIndex={-1} role="alert">
        {t('log.conflict.title', { fields: names })}
      </p>
      <p>{isChoiceAsked ? t('log.conflict.mustChoose') : t('log.conflict.body')}</p>
      <div className="log-sheet-actions">
        <button type="button" className="button" onClick={onKeepMine}>
          {t('log.conflict.keepMine')}
        </button>
        <button type="button" className="button" onClick={onTakeTheirs}>
          {t('log.conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}

export function TouchDeletedNotice() {
  const { t } = useI18n();
  return (
    <p className="log-sheet-alert" role="alert">
      {t('log.deletedElsewhere')}
    </p>
  );
}
