import { useId, useState, type SyntheticEvent } from 'react';
import { knownFailureText } from '../../components/failure-text';
import { updateSettings } from '../../db/writes/settings';
import { useI18n } from '../../i18n/use-i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/types';
import { CHANGES_COUNT_CAP } from '../../db/reads/backup-reminder';
import './your-data-messages';

const MAX_DAYS = 365;
/** The change count stops at its cap, so a larger threshold could never be reached. */
const MAX_CHANGES = CHANGES_COUNT_CAP;

/** A whole number from 0 to max, or undefined. */
function parseLimit(text: string, max: number): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value <= max ? value : undefined;
}

function LimitField({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="transfer-number"
        inputMode="numeric"
        value={value}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={error === undefined ? undefined : `${id}-error`}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      />
      {error === undefined ? null : (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** After how many days or changes the backup reminder appears (0 turns one off). */
export function BackupReminderForm({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [days, setDays] = useState(String(settings.backupReminderDays));
  const [changes, setChanges] = useState(
    String(settings.backupReminderChanges ?? DEFAULT_SETTINGS.backupReminderChanges ?? 0),
  );
  const [isChecked, setIsChecked] = useState(false);
  const [status, setStatus] = useState<string>();
  const dayValue = parseLimit(days, MAX_DAYS);
  const changeValue = parseLimit(changes, MAX_CHANGES);

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    setIsChecked(true);
    setStatus(undefined);
    if (dayValue === undefined || changeValue === undefined) return;
    try {
      await updateSettings({ backupReminderDays: dayValue, backupReminderChanges: changeValue });
      setStatus(t('yourData.reminder.saved'));
    } catch (error) {
      console.error('Ties could not save the backup reminder', error);
      setStatus(knownFailureText(error, t) ?? t('yourData.reminder.saveFailed'));
    }
  };

  return (
    <form
      className="transfer-reminder-form"
      noValidate
      onSubmit={(event) => {
        void save(event);
      }}
    >
      <fieldset>
        <legend>{t('yourData.reminder.settingsTitle')}</legend>
        <p className="muted">{t('yourData.reminder.hint')}</p>
        <LimitField
          label={t('yourData.reminder.afterDays')}
          value={days}
          error={
            isChecked && dayValue === undefined
              ? t('yourData.reminder.invalid', { max: MAX_DAYS })
              : undefined
          }
          onChange={setDays}
        />
        <LimitField
          label={t('yourData.reminder.afterChanges')}
          value={changes}
          error={
            isChecked && changeValue === undefined
              ? t('yourData.reminder.invalid', { max: MAX_CHANGES })
              : undefined
          }
          onChange={setChanges}
        />
      </fieldset>
      <div className="transfer-actions">
        <button type="submit" className="button">
          {t('yourData.reminder.save')}
        </button>
      </div>
      <p role="status">{status}</p>
    </form>
  );
}
