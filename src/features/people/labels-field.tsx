import { parseLabels } from '../../domain/contact-validation';
import type { PlainMessageKey } from '../../i18n/translate';
import { TextField } from './form-fields';

type LabelsFieldProps = {
  id: string;
  label: PlainMessageKey;
  hint: PlainMessageKey;
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
};

/** Tags or expertise typed as one comma-separated line, shown back as chips. */
export function LabelsField(props: LabelsFieldProps) {
  const labels = parseLabels(props.value);
  return (
    <div className="labels-field">
      <TextField {...props} />
      {labels.length > 0 ? (
        // The input already reads out the same words; the chips are a visual check only.
        <ul className="chips" aria-hidden="true">
          {labels.map((label) => (
            <li key={label} className="chip">
              {label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
