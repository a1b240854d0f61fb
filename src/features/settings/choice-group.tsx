import { useId } from 'react';

export type Choice<T extends string> = {
  value: T;
  label: string;
  /** The label's own language, so a screen reader says "Svenska" in Swedish. */
  lang?: string | undefined;
};

type ChoiceGroupProps<T extends string> = {
  /** The id of the heading that names the group. */
  labelledBy: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
};

/** A set of radio buttons shown as large, tappable rows. */
export function ChoiceGroup<T extends string>({
  labelledBy,
  choices,
  value,
  onChange,
}: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className="choice-group" aria-labelledby={labelledBy}>
      {choices.map((choice) => (
        <label key={choice.value} className="choice" lang={choice.lang}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => {
              onChange(choice.value);
            }}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
