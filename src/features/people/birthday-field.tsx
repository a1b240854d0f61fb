import { useI18n } from '../../i18n/use-i18n';
import { describedBy } from './form-aria';
import { FieldError } from './form-fields';

type BirthdayValue = { month: string; day: string; year: string };

type BirthdayFieldProps = {
  value: BirthdayValue;
  onChange: (value: BirthdayValue) => void;
  errorOf: (field: string) => string | undefined;
};

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** Month, day and an optional year: a birthday is often known without the year. */
export function BirthdayField({ value, onChange, errorOf }: BirthdayFieldProps) {
  const { t, formatDate } = useI18n();
  const monthError = errorOf('birthdayMonth');
  const dayError = errorOf('birthdayDay');
  const yearError = errorOf('birthdayYear');
  return (
    <fieldset>
      <legend>{t('people.field.birthday')}</legend>
      <div className="birthday-fields">
        <div className="field">
          <label htmlFor="person-birthdayMonth">{t('people.field.birthdayMonth')}</label>
          <select
            id="person-birthdayMonth"
            value={value.month}
            {...describedBy('person-birthdayMonth', { hasError: monthError !== undefined })}
            onChange={(event) => {
              onChange({ ...value, month: event.target.value });
            }}
          >
            <option value="">{t('people.birthdayNoMonth')}</option>
            {MONTHS.map((month) => (
              <option key={month} value={String(month)}>
                {formatDate(new Date(2000, month - 1, 1).getTime(), { month: 'long' })}
              </option>
            ))}
          </select>
          <FieldError id="person-birthdayMonth" text={monthError} />
        </div>
        <div className="field">
          <label htmlFor="person-birthdayDay">{t('people.field.birthdayDay')}</label>
          <input
            id="person-birthdayDay"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={2}
            value={value.day}
            {...describedBy('person-birthdayDay', { hasError: dayError !== undefined })}
            onChange={(event) => {
              onChange({ ...value, day: event.target.value });
            }}
          />
          <FieldError id="person-birthdayDay" text={dayError} />
        </div>
        <div className="field">
          <label htmlFor="person-birthdayYear">{t('people.field.birthdayYear')}</label>
          <input
            id="person-birthdayYear"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            value={value.year}
            {...describedBy('person-birthdayYear', { hasError: yearError !== undefined })}
            onChange={(event) => {
              onChange({ ...value, year: event.target.value });
            }}
          />
          <FieldError id="person-birthdayYear" text={yearError} />
        </div>
      </div>
    </fieldset>
  );
}
