// Settings › Keeping in touch: tier cadences, the weekly list's size and the first day of
// the week. Saved together with one button; new cadences move everyone's due dates in the
// same transaction (updateTieSettings).
import { useRef, useState, type SubmitEvent } from 'react';
import { flushSync } from 'react-dom';
import { knownFailureText } from '../../components/failure-text';
import { useUnsavedInput } from '../../components/use-unsaved-input';
import { updateTieSettings } from '../../db/writes/settings';
import { MAX_LIST_SIZE, MIN_LIST_SIZE } from '../../domain/tie-health';
import { TIERS, type Settings, type Tier } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import {
  keepInTouchChangesOf,
  keepInTouchErrorsOf,
  keepInTouchStateOf,
  type KeepInTouchErrors,
  type KeepInTouchState,
} from './keep-in-touch-form';

/** The days of the week as listed, Monday first (0 = Sunday, as Settings stores them). */
const WEEK_DAYS = [1, 2, 3, 4, 5, 6, 0] as const;
/** A Sunday at noon UTC, to name the days of the week with Intl. */
const A_SUNDAY = Date.UTC(2024, 0, 7, 12);
const DAY_MS = 86_400_000;

type Outcome = 'saved' | { failure: string } | null;

export function KeepInTouchSection({ settings }: { settings: Settings }) {
  const { t, formatDate } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const [initial] = useState(() => keepInTouchStateOf(settings));
  const [state, setState] = useState(initial);
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const isDirty = state !== initial && outcome !== 'saved';
  useUnsavedInput('keep-in-touch', isDirty);

  const errors = hasTriedSave ? keepInTouchErrorsOf(state) : {};
  const errorCount = Object.keys(errors).length;
  const update = (changes: Partial<KeepInTouchState>) => {
    setState((old) => ({ ...old, ...changes }));
    setOutcome(null);
  };

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    if (Object.keys(keepInTouchErrorsOf(state)).length > 0) {
      // Render the messages first so the first invalid control exists to take focus.
      flushSync(() => {
        setHasTriedSave(true);
      });
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setIsSaving(true);
    try {
      await updateTieSettings(keepInTouchChangesOf(state, settings));
      setOutcome('saved');
    } catch (error) {
      console.error('Ties could not save the keeping-in-touch settings', error);
      setOutcome({ failure: knownFailureText(error, t) ?? t('settings.saveFailed') });
    }
    setIsSaving(false);
  }

  return (
    <section className="card settings-section" aria-labelledby="settings-keep-in-touch">
      <h2 id="settings-keep-in-touch">{t('settings.keepInTouch.title')}</h2>
      <p>{t('settings.keepInTouch.intro')}</p>
      <form
        ref={formRef}
        className="keep-in-touch-form"
        noValidate
        onSubmit={(event) => void save(event)}
      >
        <fieldset className="cadence-fields">
          <legend>{t('settings.keepInTouch.cadences')}</legend>
          {TIERS.map((tier) => (
            <CadenceField
              key={tier}
              tier={tier}
              value={state.cadences[tier]}
              isDisabled={tier === 'acquaintance' && state.hasNoAcquaintanceCadence}
              errors={errors}
              onChange={(value) => {
                update({ cadences: { ...state.cadences, [tier]: value } });
              }}
            />
          ))}
          <label className="settings-check">
            <input
              type="checkbox"
              checked={state.hasNoAcquaintanceCadence}
              onChange={(event) => {
                update({ hasNoAcquaintanceCadence: event.target.checked });
              }}
            />
            {t('settings.keepInTouch.noCadence')}
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="settings-list-size">{t('settings.keepInTouch.listSize')}</label>
          <input
            id="settings-list-size"
            className="settings-number"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={state.listSize}
            aria-invalid={errors.listSize ? true : undefined}
            aria-describedby={
              errors.listSize
                ? 'settings-list-size-error settings-list-size-hint'
                : 'settings-list-size-hint'
            }
            onChange={(event) => {
              update({ listSize: event.target.value });
            }}
          />
          <span id="settings-list-size-hint" className="muted">
            {t('settings.keepInTouch.listSizeHint', { min: MIN_LIST_SIZE, max: MAX_LIST_SIZE })}
          </span>
          {errors.listSize ? (
            <p id="settings-list-size-error" className="field-error">
              {t(errors.listSize.key, errors.listSize.vars)}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="settings-week-start">{t('settings.keepInTouch.weekStart')}</label>
          <select
            id="settings-week-start"
            value={state.weekStartDay}
            onChange={(event) => {
              update({ weekStartDay: Number(event.target.value) });
            }}
          >
            {WEEK_DAYS.map((day) => (
              <option key={day} value={day}>
                {formatDate(A_SUNDAY + day * DAY_MS, { weekday: 'long', timeZone: 'UTC' })}
              </option>
            ))}
          </select>
        </div>
        {errorCount > 0 ? (
          <p className="field-error">
            {t('settings.keepInTouch.fixErrors', { count: errorCount })}
          </p>
        ) : null}
        <div className="settings-actions">
          <button type="submit" className="button primary" disabled={isSaving}>
            {isSaving ? t('settings.keepInTouch.saving') : t('common.save')}
          </button>
        </div>
        <p role="status" className="settings-outcome">
          {outcome === 'saved' ? t('settings.keepInTouch.saved') : null}
        </p>
        {outcome !== null && outcome !== 'saved' ? (
          <p role="alert" className="field-error">
            {outcome.failure}
          </p>
        ) : null}
      </form>
    </section>
  );
}

type CadenceFieldProps = {
  tier: Tier;
  value: string;
  isDisabled: boolean;
  errors: KeepInTouchErrors;
  onChange: (value: string) => void;
};

function CadenceField({ tier, value, isDisabled, errors, onChange }: CadenceFieldProps) {
  const { t } = useI18n();
  const id = `settings-cadence-${tier}`;
  const error = errors[tier];
  return (
    <div className="field cadence-field">
      <label htmlFor={id}>{t(`people.tier.${tier}`)}</label>
      <span className="cadence-input">
        <input
          id={id}
          className="settings-number"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={isDisabled ? '' : value}
          disabled={isDisabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error ${id}-unit` : `${id}-unit`}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
        <span id={`${id}-unit`}>{t('settings.keepInTouch.days')}</span>
      </span>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {t(error.key, error.vars)}
        </p>
      ) : null}
    </div>
  );
}
