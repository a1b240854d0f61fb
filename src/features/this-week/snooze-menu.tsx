import { useId, useRef, useState, type SyntheticEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { EpochMs } from '../../domain/types';
import { firstSnoozeDayKey, snoozeForDays, snoozeForMonth, snoozeUntilDay } from './snooze-dates';

type SnoozeMenuProps = {
  name: string;
  now: EpochMs;
  timeZone: string;
  onSnooze: (until: EpochMs) => void;
};

const WEEK_DAYS = 7;

/** "Snooze" and its choices: 1 week, 1 month, or a picked date. Escape closes it. */
export function SnoozeMenu({ name, now, timeZone, onSnooze }: SnoozeMenuProps) {
  const { t } = useI18n();
  const [isOpen, setOpen] = useState(false);
  const [isPicking, setPicking] = useState(false);
  const [day, setDay] = useState('');
  const [isInvalid, setInvalid] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  const close = () => {
    setOpen(false);
    setPicking(false);
    setInvalid(false);
    toggleRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && isOpen) {
      event.stopPropagation();
      close();
    }
  };
  const submitDay = (event: SyntheticEvent) => {
    event.preventDefault();
    const until = snoozeUntilDay(day, now, timeZone);
    if (until === undefined) setInvalid(true);
    else onSnooze(until);
  };

  return (
    // Escape from any of its buttons closes the menu: the keys of the buttons inside.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className="snooze-menu" onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className="button"
        aria-expanded={isOpen}
        aria-controls={isOpen ? `${id}-options` : undefined}
        aria-label={t('thisWeek.item.snoozeLabel', { name })}
        onClick={() => {
          if (isOpen) close();
          else setOpen(true);
        }}
      >
        {t('thisWeek.item.snooze')}
      </button>
      {isOpen ? (
        <div
          id={`${id}-options`}
          className="snooze-options"
          role="group"
          aria-label={t('thisWeek.snooze.options', { name })}
        >
          <button
            type="button"
            className="button"
            onClick={() => {
              onSnooze(snoozeForDays(now, timeZone, WEEK_DAYS));
            }}
          >
            {t('thisWeek.snooze.week')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              onSnooze(snoozeForMonth(now, timeZone));
            }}
          >
            {t('thisWeek.snooze.month')}
          </button>
          <button
            type="button"
            className="button"
            aria-expanded={isPicking}
            onClick={() => {
              setPicking(!isPicking);
            }}
          >
            {t('thisWeek.snooze.pick')}
          </button>
          {isPicking ? (
            <form className="snooze-pick" onSubmit={submitDay} noValidate>
              <div className="field">
                <label htmlFor={`${id}-day`}>{t('thisWeek.snooze.until')}</label>
                <input
                  id={`${id}-day`}
                  type="date"
                  min={firstSnoozeDayKey(now, timeZone)}
                  value={day}
                  aria-invalid={isInvalid}
                  aria-describedby={isInvalid ? `${id}-error` : undefined}
                  onChange={(event) => {
                    setDay(event.target.value);
                    setInvalid(false);
                  }}
                />
                {isInvalid ? (
                  <p id={`${id}-error`} className="field-error">
                    {t('thisWeek.snooze.invalid')}
                  </p>
                ) : null}
              </div>
              <button type="submit" className="button primary">
                {t('thisWeek.snooze.confirm')}
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
