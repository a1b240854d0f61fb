import { useId } from 'react';
import { useActiveGoals, useGoal } from '../live-queries/use-goals';
import { useI18n } from '../i18n/use-i18n';

type GoalSelectProps = {
  label: string;
  /** The chosen goal's id, '' for none. */
  value: string;
  onChange: (goalId: string) => void;
};

/**
 * A choice of one active goal, or none. A goal chosen before it was completed or archived
 * stays listed while chosen, so editing an old ask does not drop its goal unasked.
 */
export function GoalSelect({ label, value, onChange }: GoalSelectProps) {
  const { t } = useI18n();
  const id = useId();
  const goals = useActiveGoals() ?? [];
  const chosen = useGoal(value === '' ? undefined : value);
  const options =
    chosen && !goals.some((goal) => goal.id === chosen.id) ? [chosen, ...goals] : goals;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <option value="">{t('asks.form.noGoal')}</option>
        {options.map((goal) => (
          <option key={goal.id} value={goal.id}>
            {goal.title}
          </option>
        ))}
      </select>
    </div>
  );
}
