import { useId } from 'react';
import { TIERS } from '../../domain/types';
import type { NewPeopleSetup } from '../../interop/merge';
import { useI18n } from '../../i18n/use-i18n';
import { useTierCadence } from './use-tier-cadence';
import './your-data-messages';

/**
 * How close the people an import adds are: one tier for all of them, and a separate,
 * unticked choice to keep in touch with none of them for now, so that no one is left
 * without a rhythm unless the user says so. People already in Ties keep their own.
 */
export function NewPeopleChoice({
  setup,
  isDisabled,
  onChange,
}: {
  setup: NewPeopleSetup;
  isDisabled: boolean;
  onChange: (setup: NewPeopleSetup) => void;
}) {
  const { t } = useI18n();
  const cadenceOf = useTierCadence();
  const cadence = setup.keepInTouch ? cadenceOf(setup.tier) : null;
  const tierId = useId();
  const hintId = useId();
  return (
    <fieldset className="transfer-new-people" disabled={isDisabled}>
      <legend>{t('yourData.newPeople.legend')}</legend>
      <div className="field">
        <label htmlFor={tierId}>{t('yourData.newPeople.tier')}</label>
        <select
          id={tierId}
          value={setup.tier}
          aria-describedby={hintId}
          onChange={(event) => {
            const tier = TIERS.find((value) => value === event.target.value);
            if (tier) onChange({ ...setup, tier });
          }}
        >
          {TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {t(`people.tier.${tier}`)}
            </option>
          ))}
        </select>
        <p id={hintId} className="muted">
          {cadence === null
            ? t('yourData.newPeople.noneHint')
            : t('yourData.newPeople.rhythm', { count: cadence })}{' '}
          {t('yourData.newPeople.hint')}
        </p>
      </div>
      <label className="transfer-choice">
        <input
          type="checkbox"
          checked={!setup.keepInTouch}
          aria-describedby={hintId}
          onChange={(event) => {
            onChange({ ...setup, keepInTouch: !event.target.checked });
          }}
        />
        {t('yourData.newPeople.none')}
      </label>
    </fieldset>
  );
}
