import { useId } from 'react';
import { currentTime } from '../../db/clock';
import { dayInputOf } from './day-input';

type DayFieldProps = {
  label: string;
  /** 'YYYY-MM-DD', or '' for none. */
  value: string;
  onChange: (value: string) => void;
  /** What is wrong with the day typed, shown under it and tied to the input; null for nothing. */
  problem: string | null;
};

/** A day up to today (day-input.ts reads it), with what is wrong with it. */
export function DayField({ label, value, onChange, problem }: DayFieldProps) {
  const inputId = useId();
  const problemId = useId();
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="date"
        value={value}
        max={dayInputOf(currentTime())}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      {problem ? (
        <p id={problemId} className="field-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
