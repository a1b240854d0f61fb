import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { currentTime } from '../../db/clock';
import { usePerson } from '../../live-queries/use-people';
import { nameOf } from '../../domain/contact';
import { DAY_MS, dayNumberOfKey } from '../../domain/tie-health';
import type { Birthday, Contact, LabelledValue } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import type { PlainMessageKey } from '../../i18n/translate';
import { formatTouchAgo } from './relative-touch';

/**
 * Only web addresses become links: an imported LinkedIn field could hold anything, and
 * a `javascript:` address must never be clickable.
 */
function webUrlOf(text: string): string | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** A dialable tel: address: digits and a leading plus only. */
function telHrefOf(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') ? '+' : ''}${digits.replace(/\+/g, '')}`;
}

/** A phone's or an e-mail's label beside its value: a kind in words, a custom one verbatim. */
function EntryLabel({ entry }: { entry: LabelledValue }) {
  const { t } = useI18n();
  if (entry.kind === undefined) return null;
  const text = entry.kind === 'custom' ? (entry.label ?? '') : t(`people.entryKind.${entry.kind}`);
  return text === '' ? null : <span className="entry-label"> {text}</span>;
}

function Row({ label, children }: { label: PlainMessageKey; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <dt>{t(label)}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Chips({ labels }: { labels: readonly string[] }) {
  return (
    <ul className="chips">
      {labels.map((label) => (
        <li key={label} className="chip">
          {label}
        </li>
      ))}
    </ul>
  );
}

function useBirthdayText(): (birthday: Birthday) => string {
  const { formatDate } = useI18n();
  return ({ month, day, year }) =>
    // 2000 is a leap year, so a 29 February birthday without a year still formats.
    formatDate(new Date(year ?? 2000, month - 1, day).getTime(), {
      day: 'numeric',
      month: 'long',
      ...(year === undefined ? {} : { year: 'numeric' }),
    });
}

/** A 'YYYY-MM-DD' day as the language writes a date, or the text as stored if it is no day. */
function useDayText(): (key: string) => string {
  const { formatDate } = useI18n();
  return (key) => {
    const day = dayNumberOfKey(key);
    // Noon UTC of that day, formatted in UTC: the date stays the one stored in every zone.
    return day === undefined
      ? key
      : formatDate(day * DAY_MS + DAY_MS / 2, {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        });
  };
}

function MetVia({ id }: { id: string }) {
  const person = usePerson(id);
  if (!person) return null;
  return <Link to={`/people/${person.id}`}>{nameOf(person)}</Link>;
}

/** The person's details: only the fields that hold something. */
export function PersonDetails({ person }: { person: Contact }) {
  const { t, language, formatDate } = useI18n();
  const birthdayText = useBirthdayText();
  const dayText = useDayText();
  const [now] = useState(currentTime);
  const linkedIn = person.linkedInUrl ? webUrlOf(person.linkedInUrl) : null;

  return (
    <section className="card person-details" aria-labelledby="person-details">
      <h2 id="person-details">{t('people.person.details')}</h2>
      <dl>
        <Row label="people.person.lastTouch">
          {person.lastTouchAt === undefined
            ? t('people.neverTouched')
            : `${formatTouchAgo(person.lastTouchAt, now, language)} (${formatDate(person.lastTouchAt)})`}
        </Row>
        <Row label="people.field.affiliation">
          {t(
            person.affiliation === 'internal' ? 'people.person.internal' : 'people.person.external',
          )}
        </Row>
        <Row label="people.field.tier">{t(`people.tier.${person.tier}`)}</Row>
        {person.emails.length > 0 ? (
          <Row label="people.field.emails">
            <ul>
              {person.emails.map((email, index) => (
                <li key={`${index}:${email.value}`}>
                  <a href={`mailto:${email.value}`}>{email.value}</a>
                  <EntryLabel entry={email} />
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
        {person.phones.length > 0 ? (
          <Row label="people.field.phones">
            <ul>
              {person.phones.map((phone, index) => (
                <li key={`${index}:${phone.value}`}>
                  <a href={telHrefOf(phone.value)}>{phone.value}</a>
                  <EntryLabel entry={phone} />
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
        {person.linkedInUrl ? (
          <Row label="people.field.linkedIn">
            {linkedIn ? (
              <a href={linkedIn} target="_blank" rel="noopener noreferrer">
                {person.linkedInUrl}
                <span className="visually-hidden"> {t('people.person.opensNewTab')}</span>
              </a>
            ) : (
              person.linkedInUrl
            )}
          </Row>
        ) : null}
        {person.connectedOn ? (
          <Row label="people.field.connectedOn">{dayText(person.connectedOn)}</Row>
        ) : null}
        {person.location ? <Row label="people.field.location">{person.location}</Row> : null}
        {person.birthday ? (
          <Row label="people.field.birthday">{birthdayText(person.birthday)}</Row>
        ) : null}
        {person.tags.length > 0 ? (
          <Row label="people.field.tags">
            <Chips labels={person.tags} />
          </Row>
        ) : null}
        {person.expertise.length > 0 ? (
          <Row label="people.field.expertise">
            <Chips labels={person.expertise} />
          </Row>
        ) : null}
        {person.howWeMet ? (
          <Row label="people.field.howWeMet">
            <p className="person-text">{person.howWeMet}</p>
          </Row>
        ) : null}
        {person.metViaId ? (
          <Row label="people.field.metVia">
            <MetVia id={person.metViaId} />
          </Row>
        ) : null}
        {person.notes ? (
          <Row label="people.field.notes">
            <p className="person-text">{person.notes}</p>
          </Row>
        ) : null}
      </dl>
    </section>
  );
}
