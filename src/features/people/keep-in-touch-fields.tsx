import { useSettings } from '../../live-queries/use-settings';
import { DEFAULT_SETTINGS, TIERS } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { TextField } from './form-fields';
import { controlIdOf, type CadenceMode, type PersonFormState } from './person-form-state';

const CADENCE_MODES = ['tier', 'custom', 'none'] as const satisfies readonly CadenceMode[];

type KeepInTouchFieldsProps = {
  state: PersonFormState;
  cadenceError: string | undefined;
  onChange: (changes: Partial<PersonFormState>) => void;
};

/** How close the person is, and how often to be in touch: as the tier, own rhythm, or none. */
export function KeepInTouchFields({ state, cadenceError, onChange }: KeepInTouchFieldsProps) {
  const { t } = useI18n();
  const cadences = (useSettings() ?? DEFAULT_SETTINGS).tierCadenceDays;
  const tierCadence = cadences[state.tier];
  const modeLabel = (mode: CadenceMode) => {
    if (mode === 'custom') return t('people.cadence.custom');
    if (mode === 'none') return t('people.cadence.none');
    return tierCadence === null
      ? t('people.cadence.tierNone')
      : t('people.cadence.tier', { count: tierCadence });
  };
  return (
    <fieldset>
      <legend>{t('people.form.keepInTouchLegend')}</legend>
      <div className="field">
        <label htmlFor="person-tier">{t('people.field.tier')}</label>
        <select
          id="person-tier"
          value={state.tier}
          onChange={(event) => {
            const tier = TIERS.find((candidate) => candidate === event.target.value);
            if (tier) onChange({ tier });
          }}
        >
          {TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {t(`people.tier.${tier}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="person-cadence">{t('people.field.cadence')}</label>
        <select
          id="person-cadence"
          value={state.cadenceMode}
          onChange={(event) => {
            const mode = CADENCE_MODES.find((candidate) => candidate === event.target.value);
            if (mode) onChange({ cadenceMode: mode });
          }}
        >
          {CADENCE_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {modeLabel(mode)}
            </option>
          ))}
        </select>
      </div>
      {state.cadenceMode === 'custom' ? (
        <TextField
          id={controlIdOf('cadenceDays')}
          label="people.field.cadenceDays"
          inputMode="numeric"
          value={state.cadenceDays}
          error={cadenceError}
          onChange={(cadenceDays) => {
            onChange({ cadenceDays });
          }}
        />
      ) : null}
    </fieldset>
  );
}
