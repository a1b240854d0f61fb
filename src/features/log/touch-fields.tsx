// The chip groups of the log sheet. Each is a native radio or checkbox group inside a
// fieldset, styled as chips: keyboard and screen-reader behaviour come with the elements.
import { useId } from 'react';
import { GoalSelect } from '../../components/goal-select';
import { useI18n } from '../../i18n/use-i18n';
import { TOUCH_KINDS, type Initiator, type TouchKind } from '../../domain/types';
import {
  FLOWS,
  INITIATORS,
  WHEN_CHOICES,
  toLocalInput,
  type Flow,
  type TouchDraft,
  type WhenChoice,
} from './touch-draft';

type ChipOption<T extends string> = { value: T; label: string };

function RadioChips<T extends string>({
  legend,
  options,
  value,
  onChange,
  errorId,
}: {
  legend: string;
  options: readonly ChipOption<T>[];
  value: T;
  onChange: (value: T) => void;
  errorId?: string | undefined;
}) {
  const name = useId();
  return (
    <fieldset className="log-chip-group" aria-describedby={errorId}>
      <legend>{legend}</legend>
      <div className="log-chips">
        {options.map((option) => (
          <label key={option.value} className="log-chip">
            <input
              type="radio"
              className="log-chip-input"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => {
                onChange(option.value);
              }}
            />
            <span className="log-chip-face">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function KindField({
  value,
  onChange,
}: {
  value: TouchKind;
  onChange: (kind: TouchKind) => void;
}) {
  const { t } = useI18n();
  const options = TOUCH_KINDS.map((kind) => ({ value: kind, label: t(`log.kind.${kind}`) }));
  return <RadioChips legend={t('log.kind')} options={options} value={value} onChange={onChange} />;
}

export function WhenField({
  when,
  pickedAt,
  onChange,
  error,
}: {
  when: WhenChoice;
  pickedAt: string;
  onChange: (changes: Partial<TouchDraft>) => void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const errorId = useId();
  const pickedId = useId();
  const options = WHEN_CHOICES.map((choice) => ({ value: choice, label: t(`log.when.${choice}`) }));
  return (
    <div className="when-field">
      <RadioChips
        legend={t('log.when')}
        options={options}
        value={when}
        errorId={error ? errorId : undefined}
        onChange={(choice) => {
          // Picking starts from the present moment rather than an empty control.
          onChange(
            choice === 'pick' && pickedAt === ''
              ? { when: choice, pickedAt: toLocalInput(Date.now()) }
              : { when: choice },
          );
        }}
      />
      {when === 'pick' ? (
        <div className="field">
          <label htmlFor={pickedId}>{t('log.when.picked')}</label>
          <input
            id={pickedId}
            type="datetime-local"
            value={pickedAt}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              onChange({ pickedAt: event.target.value });
            }}
          />
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function FlowField({
  flows,
  onChange,
}: {
  flows: readonly Flow[];
  onChange: (flows: Flow[]) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="log-chip-group">
      <legend>{t('log.flows')}</legend>
      <div className="log-chips">
        {FLOWS.map((flow) => (
          <label key={flow} className="log-chip">
            <input
              type="checkbox"
              className="log-chip-input"
              checked={flows.includes(flow)}
              onChange={(event) => {
                onChange(
                  event.target.checked
                    ? FLOWS.filter((item) => item === flow || flows.includes(item))
                    : flows.filter((item) => item !== flow),
                );
              }}
            />
            <span className="log-chip-face">{t(`log.flow.${flow}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function InitiatorField({
  value,
  onChange,
}: {
  value: Initiator;
  onChange: (initiator: Initiator) => void;
}) {
  const { t } = useI18n();
  const options = INITIATORS.map((initiator) => ({
    value: initiator,
    label: t(`log.initiator.${initiator}`),
  }));
  return (
    <RadioChips legend={t('log.initiator')} options={options} value={value} onChange={onChange} />
  );
}

/** What was asked and for which goal, shown while "I asked for help" is ticked. */
export function AskFields({
  draft,
  onChange,
}: {
  draft: Pick<TouchDraft, 'askWhat' | 'askGoalId'>;
  onChange: (changes: Partial<TouchDraft>) => void;
}) {
  const { t } = useI18n();
  const whatId = useId();
  return (
    <div className="log-ask-fields">
      <div className="field">
        <label htmlFor={whatId}>{t('asks.log.what')}</label>
        <input
          id={whatId}
          type="text"
          value={draft.askWhat}
          onChange={(event) => {
            onChange({ askWhat: event.target.value });
          }}
        />
      </div>
      <GoalSelect
        label={t('asks.log.goal')}
        value={draft.askGoalId}
        onChange={(askGoalId) => {
          onChange({ askGoalId });
        }}
      />
    </div>
  );
}
