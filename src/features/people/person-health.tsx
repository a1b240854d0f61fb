// The person page's "Keeping in touch" card: status, rhythm, strength and give-and-take.
// Computed at render time from the derived fields, the settings and the clock.
import { TieBadge } from '../../components/tie-badge';
import { useHealthClock, type HealthClock } from '../../components/use-health-clock';
import { nameOf } from '../../domain/contact';
import {
  giveAndTakeAt,
  reciprocityFlagsAt,
  strengthAt,
  tieHealth,
  type ReciprocityFlag,
} from '../../domain/tie-health';
import type { Contact } from '../../domain/types';
import { phraseText } from '../../i18n/phrase';
import { useI18n } from '../../i18n/use-i18n';
import {
  cadenceLineOf,
  giveAndTakeSentenceOf,
  strengthPercent,
  strengthWordOf,
} from './health-text';

export function PersonHealth({ person }: { person: Contact }) {
  const { t } = useI18n();
  const clock = useHealthClock();
  if (!clock) return null;
  const health = tieHealth(person, clock.now, clock.settings, clock.timeZone);
  return (
    <section className="card person-health" aria-labelledby="person-health">
      <div className="person-health-heading">
        <h2 id="person-health">{t('people.health.title')}</h2>
        <TieBadge status={health.status} />
      </div>
      <p className="person-cadence-line" data-testid="cadence-line">
        {cadenceLineOf(health)
          .map((part) => phraseText(t, part))
          .join(' · ')}
      </p>
      {person.isPaused ? (
        <p className="muted">{t('people.health.pausedNote', { name: nameOf(person) })}</p>
      ) : null}
      <Strength person={person} now={clock.now} />
      <GiveAndTake person={person} clock={clock} />
    </section>
  );
}

function Strength({ person, now }: { person: Contact; now: number }) {
  const { t } = useI18n();
  const percent = strengthPercent(strengthAt(person.strength, now));
  const text = t('people.health.strengthValue', {
    value: percent,
    word: t(strengthWordOf(percent)),
  });
  return (
    <div className="person-strength">
      <span id="person-strength-label" className="person-health-label">
        {t('people.health.strength')}
      </span>
      <meter
        min={0}
        max={100}
        low={20}
        high={70}
        optimum={100}
        value={percent}
        aria-labelledby="person-strength-label"
        aria-valuetext={text}
      />
      <span>{text}</span>
    </div>
  );
}

function GiveAndTake({ person, clock }: { person: Contact; clock: HealthClock }) {
  const { t, formatNumber } = useI18n();
  const giveAndTake = giveAndTakeAt(person, clock.now);
  const flags = reciprocityFlagsAt(person, clock.now);
  const amount = (units: number) => formatNumber(units, { maximumFractionDigits: 1 });
  return (
    <div className="person-give-take">
      <h3 className="person-health-label">{t('people.health.giveAndTake')}</h3>
      <p>{t(giveAndTakeSentenceOf(giveAndTake))}</p>
      {giveAndTake.gave + giveAndTake.received > 0 ? (
        <p className="muted">
          {t('people.giveTake.amounts', {
            gave: amount(giveAndTake.gave),
            received: amount(giveAndTake.received),
          })}
        </p>
      ) : null}
      {flags.length > 0 ? (
        <ul className="person-flags">
          {flags.map((flag) => (
            <li key={flag} className={`person-flag person-flag-${flag}`}>
              <strong>{t(`people.flag.${flag}`)}</strong> <FlagNote flag={flag} person={person} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A warm sentence for a flag; "one-sided" says how many times the user went first. */
function FlagNote({ flag, person }: { flag: ReciprocityFlag; person: Contact }) {
  const { t } = useI18n();
  const { me, them } = person.initiative;
  return (
    <>
      {flag === 'one-sided'
        ? t('people.flagNote.one-sided', { me, known: me + them })
        : t(`people.flagNote.${flag}`)}
    </>
  );
}
