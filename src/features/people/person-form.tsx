import { useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'react-router-dom';
import { PersonPicker } from '../../components/person-picker';
import { currentTime } from '../../db/clock';
import type { ContactField } from '../../domain/contact-edit';
import {
  validateContact,
  type ContactError,
  type ContactErrors,
  type ContactInput,
} from '../../domain/contact-validation';
import { useI18n } from '../../i18n/use-i18n';
import { BirthdayField } from './birthday-field';
import { KeepInTouchFields } from './keep-in-touch-fields';
import { ListField, TextField } from './form-fields';
import { useErrorText } from './form-aria';
import {
  controlIdOf,
  fieldOfErrorKey,
  inputFromForm,
  type PersonFormState,
  type TextFieldName,
} from './person-form-state';
import { LabelsField } from './labels-field';

type PersonFormProps = {
  /** The form as shown; the page keeps it (person-draft.ts) and hears of every change. */
  state: PersonFormState;
  onChange: (changes: Partial<PersonFormState>) => void;
  /** The person being edited, so they cannot be picked as met via themselves. */
  personId?: string | undefined;
  /** Writes the person and moves on; a rejection keeps the form as typed and shows why. */
  onSave: (input: ContactInput) => Promise<void>;
  /** Why a save was refused, in the user's words. */
  failureTextOf: (error: unknown) => string;
  saveLabel?: string | undefined;
  cancelTo: string;
  /** Cancel lets go of the unsaved input. */
  onCancel: () => void;
  /** Shown above the fields: restored input, changes made elsewhere, clashes to settle. */
  notices?: ReactNode;
  /**
   * Which fields Save checks; all when left out. An edit checks only the fields the user
   * typed in, so a value kept as it came (an import's phone written as the file had it)
   * never stops a save of another field.
   */
  checksField?: ((field: ContactField) => boolean) | undefined;
};

function errorsOf(
  input: ContactInput,
  now: number,
  checksField: ((field: ContactField) => boolean) | undefined,
): ContactErrors {
  const errors = validateContact(input, now);
  if (checksField === undefined) return errors;
  // A missing name is about all three name fields, though it is shown at the given name.
  const isChecked = (key: string, error: ContactError) =>
    error.key === 'people.error.nameRequired'
      ? NAME_FIELDS.some(checksField)
      : checksField(fieldOfErrorKey(key));
  return Object.fromEntries(Object.entries(errors).filter(([key, error]) => isChecked(key, error)));
}

const NAME_FIELDS: readonly ContactField[] = ['givenName', 'familyName', 'displayName'];

/**
 * Add or edit a person. Nothing is checked while typing the first time; after a Save with
 * mistakes, every field's message follows the input live and focus goes to the first one.
 */
export function PersonForm({
  state,
  onChange,
  personId,
  onSave,
  failureTextOf,
  saveLabel,
  cancelTo,
  onCancel,
  notices,
  checksField,
}: PersonFormProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const formRef = useRef<HTMLFormElement>(null);
  const [now] = useState(currentTime);
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  const errors = hasTriedSave ? errorsOf(inputFromForm(state), now, checksField) : {};
  const errorCount = Object.keys(errors).length;
  const errorOf = (field: string) => errorText(errors[field]);
  const text = (name: TextFieldName) => ({
    id: controlIdOf(name),
    value: state[name],
    error: errorOf(name),
    onChange: (value: string) => {
      onChange({ [name]: value });
    },
  });

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    const input = inputFromForm(state);
    if (Object.keys(errorsOf(input, currentTime(), checksField)).length > 0) {
      // Render the messages first so the first invalid control exists to take focus.
      flushSync(() => {
        setHasTriedSave(true);
      });
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setIsSaving(true);
    setSaveError(null);
    try {
      await onSave(input);
    } catch (error) {
      setSaveError(failureTextOf(error));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <form ref={formRef} className="person-form" noValidate onSubmit={(event) => void save(event)}>
      {notices}
      <fieldset>
        <legend>{t('people.form.nameLegend')}</legend>
        <TextField label="people.field.givenName" {...text('givenName')} />
        <TextField label="people.field.familyName" {...text('familyName')} />
        <TextField
          label="people.field.displayName"
          hint="people.field.displayNameHint"
          {...text('displayName')}
        />
      </fieldset>

      <fieldset>
        <legend>{t('people.form.workLegend')}</legend>
        <TextField label="people.field.organisation" {...text('organisation')} />
        <TextField label="people.field.role" {...text('role')} />
        <fieldset className="radio-group">
          <legend>{t('people.field.affiliation')}</legend>
          <div className="radio-row">
            {(['internal', 'external'] as const).map((affiliation) => (
              <label key={affiliation}>
                <input
                  type="radio"
                  name="affiliation"
                  value={affiliation}
                  checked={state.affiliation === affiliation}
                  onChange={() => {
                    onChange({ affiliation });
                  }}
                />
                {t(`people.affiliation.${affiliation}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <KeepInTouchFields state={state} cadenceError={errorOf('cadenceDays')} onChange={onChange} />

      <fieldset>
        <legend>{t('people.form.contactLegend')}</legend>
        <ListField
          name="emails"
          legend="people.field.emails"
          itemLabel="people.field.email"
          kindLabel="people.field.emailKind"
          customLabel="people.field.emailCustomLabel"
          addLabel="people.addEmail"
          removeLabel="people.removeEmail"
          type="email"
          values={state.emails}
          errorOf={errorOf}
          onChange={(emails) => {
            onChange({ emails });
          }}
        />
        <ListField
          name="phones"
          legend="people.field.phones"
          itemLabel="people.field.phone"
          kindLabel="people.field.phoneKind"
          customLabel="people.field.phoneCustomLabel"
          addLabel="people.addPhone"
          removeLabel="people.removePhone"
          type="tel"
          values={state.phones}
          errorOf={errorOf}
          onChange={(phones) => {
            onChange({ phones });
          }}
        />
        <TextField
          label="people.field.linkedIn"
          hint="people.field.linkedInHint"
          type="url"
          inputMode="url"
          {...text('linkedInUrl')}
        />
        <TextField label="people.field.location" {...text('location')} />
      </fieldset>

      <fieldset>
        <legend>{t('people.form.aboutLegend')}</legend>
        <LabelsField label="people.field.tags" hint="people.field.tagsHint" {...text('tags')} />
        <LabelsField
          label="people.field.expertise"
          hint="people.field.expertiseHint"
          {...text('expertise')}
        />
        <TextField label="people.field.howWeMet" isMultiline {...text('howWeMet')} />
        <PersonPicker
          label={t('people.field.metVia')}
          isMultiple={false}
          selectedIds={state.metViaId ? [state.metViaId] : []}
          onChange={(ids) => {
            onChange({ metViaId: ids.find((id) => id !== personId) ?? '' });
          }}
        />
        <BirthdayField
          value={{ month: state.birthdayMonth, day: state.birthdayDay, year: state.birthdayYear }}
          errorOf={errorOf}
          onChange={({ month, day, year }) => {
            onChange({ birthdayMonth: month, birthdayDay: day, birthdayYear: year });
          }}
        />
        <TextField label="people.field.notes" isMultiline {...text('notes')} />
        <TextField label="people.field.nextTimeNote" isMultiline {...text('nextTimeNote')} />
      </fieldset>

      {saveError !== null ? (
        <p role="alert" className="card form-alert">
          {saveError}
        </p>
      ) : null}
      {errorCount > 0 ? (
        <p className="field-error">{t('people.form.fixErrors', { count: errorCount })}</p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={isSaving}>
          {isSaving ? t('people.form.saving') : (saveLabel ?? t('common.save'))}
        </button>
        <Link to={cancelTo} className="button" onClick={onCancel}>
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
