// What the person form says about its input beyond the fields: that unsaved input was
// restored after a reload, that fields were updated from another tab, that the person was
// deleted there, and, for each field changed both here and there, both versions with a
// choice between them.
import { useId, type Ref } from 'react';
import { usePerson } from '../../live-queries/use-people';
import { nameOf } from '../../domain/contact';
import type { ContactConflict, ContactField } from '../../domain/contact-edit';
import type { Birthday } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import type { PlainMessageKey } from '../../i18n/translate';

/** Each field of a person by the label the form gives it. */
const FIELD_LABELS: Record<ContactField, PlainMessageKey> = {
  givenName: 'people.field.givenName',
  familyName: 'people.field.familyName',
  displayName: 'people.field.displayName',
  organisation: 'people.field.organisation',
  role: 'people.field.role',
  affiliation: 'people.field.affiliation',
  tier: 'people.field.tier',
  cadenceDays: 'people.field.cadence',
  emails: 'people.field.emails',
  phones: 'people.field.phones',
  linkedInUrl: 'people.field.linkedIn',
  location: 'people.field.location',
  tags: 'people.field.tags',
  expertise: 'people.field.expertise',
  howWeMet: 'people.field.howWeMet',
  metViaId: 'people.field.metVia',
  birthday: 'people.field.birthday',
  notes: 'people.field.notes',
  nextTimeNote: 'people.field.nextTimeNote',
};

export function RestoredNote({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useI18n();
  return (
    <div className="card form-note">
      <p role="status">{t('people.form.restored')}</p>
      <button type="button" className="button" onClick={onDiscard}>
        {t('people.form.discardRestored')}
      </button>
    </div>
  );
}

export function UpdatedNote({ fields }: { fields: readonly ContactField[] }) {
  const { t, formatList } = useI18n();
  const names = formatList(fields.map((field) => t(FIELD_LABELS[field])));
  return (
    <p role="status" className="card form-note">
      {t('people.form.updatedElsewhere', { fields: names })}
    </p>
  );
}

export function DeletedNote({ name }: { name: string }) {
  const { t } = useI18n();
  return (
    <p role="alert" className="card form-alert">
      {t('people.form.deletedElsewhere', { name })}
    </p>
  );
}

type ConflictPanelProps = {
  conflicts: readonly ContactConflict[];
  /** Set after a Save pressed before every field was settled. */
  isChoiceAsked: boolean;
  onKeepMine: (field: ContactField) => void;
  onTakeTheirs: (field: ContactField) => void;
  /** The panel's heading, to move focus to when a Save is held back. */
  headingRef: Ref<HTMLHeadingElement>;
};

/** Each field changed both here and in another tab: before, theirs and mine, and a choice. */
export function ConflictPanel({
  conflicts,
  isChoiceAsked,
  onKeepMine,
  onTakeTheirs,
  headingRef,
}: ConflictPanelProps) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <section className="card form-conflicts" aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {t('people.conflict.title')}
      </h2>
      <p role="alert">
        {isChoiceAsked
          ? t('people.conflict.mustChoose', { count: conflicts.length })
          : t('people.conflict.body')}
      </p>
      <ul className="form-conflict-list">
        {conflicts.map((conflict) => (
          <FieldConflictItem
            key={conflict.field}
            conflict={conflict}
            onKeepMine={onKeepMine}
            onTakeTheirs={onTakeTheirs}
          />
        ))}
      </ul>
    </section>
  );
}

function FieldConflictItem({
  conflict,
  onKeepMine,
  onTakeTheirs,
}: Pick<ConflictPanelProps, 'onKeepMine' | 'onTakeTheirs'> & { conflict: ContactConflict }) {
  const { t } = useI18n();
  const labelId = useId();
  return (
    <li role="group" aria-labelledby={labelId}>
      <h3 id={labelId}>{t(FIELD_LABELS[conflict.field])}</h3>
      <dl className="form-conflict-values">
        <dt>{t('people.conflict.before')}</dt>
        <dd>
          <ValueText conflict={conflict} side="base" />
        </dd>
        <dt>{t('people.conflict.theirs')}</dt>
        <dd>
          <ValueText conflict={conflict} side="theirs" />
        </dd>
        <dt>{t('people.conflict.mine')}</dt>
        <dd>
          <ValueText conflict={conflict} side="mine" />
        </dd>
      </dl>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            onKeepMine(conflict.field);
          }}
        >
          {t('people.conflict.keepMine')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            onTakeTheirs(conflict.field);
          }}
        >
          {t('people.conflict.takeTheirs')}
        </button>
      </div>
    </li>
  );
}

type Side = 'base' | 'theirs' | 'mine';

/** One side of a clash in words: lists joined, choices by their labels, dates by locale. */
function ValueText({ conflict, side }: { conflict: ContactConflict; side: Side }) {
  const { t } = useI18n();
  const birthdayText = useBirthdayText();
  const empty = t('people.conflict.empty');
  switch (conflict.field) {
    case 'affiliation':
      return t(`people.affiliation.${conflict[side]}`);
    case 'tier':
      return t(`people.tier.${conflict[side]}`);
    case 'cadenceDays': {
      const days = conflict[side];
      if (days === undefined) return t('people.conflict.asTier');
      if (days === null) return t('people.cadence.none');
      return Number.isInteger(days)
        ? t('people.health.every', { count: days })
        : t('people.conflict.empty');
    }
    case 'birthday': {
      const birthday = conflict[side];
      return birthday ? birthdayText(birthday) : empty;
    }
    case 'metViaId': {
      const id = conflict[side];
      return id ? <PersonName id={id} /> : empty;
    }
    case 'emails':
    case 'phones': {
      const entries = conflict[side];
      if (entries.length === 0) return empty;
      return entries
        .map((entry) => {
          const label =
            entry.kind === undefined
              ? ''
              : entry.kind === 'custom'
                ? (entry.label ?? '')
                : t(`people.entryKind.${entry.kind}`);
          return label === '' ? entry.value : `${entry.value} (${label})`;
        })
        .join(', ');
    }
    case 'tags':
    case 'expertise': {
      const values = conflict[side];
      return values.length > 0 ? values.join(', ') : empty;
    }
    default: {
      const text = conflict[side];
      return text === '' ? empty : <span className="form-conflict-text">{text}</span>;
    }
  }
}

function useBirthdayText(): (birthday: Birthday) => string {
  const { t, formatDate } = useI18n();
  return ({ month, day, year }) => {
    // 2000 is a leap year, so a 29 February birthday without a year still formats.
    const date = new Date(year ?? 2000, month - 1, day);
    if (Number.isNaN(date.getTime())) return t('people.conflict.notADate');
    return formatDate(date.getTime(), {
      day: 'numeric',
      month: 'long',
      ...(year === undefined ? {} : { year: 'numeric' }),
    });
  };
}

function PersonName({ id }: { id: string }) {
  const { t } = useI18n();
  const person = usePerson(id);
  if (person === undefined) return null;
  return person ? nameOf(person) : t('people.conflict.unknownPerson');
}
