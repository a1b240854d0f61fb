import { Link } from 'react-router-dom';
import { usePeopleList } from '../../live-queries/use-people';
import type { PeopleListPerson } from '../../db/codecs/people-rows';
import { nameOf } from '../../domain/contact';
import type { Id } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { CoverageLine } from './coverage-line';
import type { GoalHelpView, Helper, NeedHelp } from './use-goals-help';
import './goals-messages';

type People = ReadonlyMap<Id, PeopleListPerson>;

/**
 * Per needed expertise, the people who have it, advisors first, each marked as a 24-hour
 * advisor or not and why not; for a need without an advisor, the ties worth reviving.
 */
export function GoalHelpSection({ help, now }: { help: GoalHelpView | undefined; now: number }) {
  const { t } = useI18n();
  const list = usePeopleList();
  if (help === undefined || list === undefined) return null;
  const people: People = new Map(list.map((person) => [person.id, person]));
  return (
    <section className="goal-help" aria-labelledby="goal-help-title">
      <h2 id="goal-help-title">{t('goals.detail.help')}</h2>
      <CoverageLine coverage={help.coverage} />
      {help.needs.map((need) => (
        <NeedCard key={need.key} need={need} people={people} now={now} />
      ))}
    </section>
  );
}

function NeedCard({ need, people, now }: { need: NeedHelp; people: People; now: number }) {
  const { t } = useI18n();
  const headingId = `goal-need-${need.key.replace(/[^\w-]/g, '_')}`;
  const known = need.helpers.filter((helper) => people.has(helper.contactId));
  const revive = need.isCovered
    ? []
    : known.filter(
        (helper) => helper.whyNot.includes('out-of-rhythm') && helper.whyNot.length <= 2,
      );
  return (
    <section className="card goal-need" aria-labelledby={headingId}>
      <h3 id={headingId}>{need.expertise}</h3>
      {need.isCovered ? null : (
        <p className="goal-gap">
          {known.length === 0 ? t('goals.help.nobody') : t('goals.help.gap')}
        </p>
      )}
      {known.length > 0 ? (
        <ul className="goal-helpers">
          {known.map((helper) => (
            <HelperRow key={helper.contactId} helper={helper} people={people} />
          ))}
        </ul>
      ) : null}
      {revive.length > 0 ? (
        <>
          <h4>{t('goals.help.paths')}</h4>
          <ul className="goal-paths">
            {revive.map((helper) => (
              <ReviveRow key={helper.contactId} helper={helper} people={people} now={now} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function HelperRow({ helper, people }: { helper: Helper; people: People }) {
  const { t, formatList } = useI18n();
  const person = people.get(helper.contactId);
  if (person === undefined) return null;
  const why = formatList(helper.whyNot.map((reason) => t(`goals.help.whyNot.${reason}`)));
  return (
    <li className={helper.isAdvisor ? 'goal-helper is-advisor' : 'goal-helper'}>
      <Link to={`/people/${person.id}`}>{nameOf(person)}</Link>{' '}
      <span className="goal-helper-mark">
        {helper.isAdvisor
          ? t('goals.help.advisor')
          : why === ''
            ? t('goals.help.notAdvisorPlain')
            : t('goals.help.notAdvisor', { why })}
      </span>
    </li>
  );
}

function ReviveRow({ helper, people, now }: { helper: Helper; people: People; now: number }) {
  const { t, formatRelativeDays } = useI18n();
  const person = people.get(helper.contactId);
  if (person === undefined) return null;
  const name = nameOf(person);
  const at = person.lastTouchAt;
  return (
    <li>
      <Link to={`/people/${person.id}`}>
        {at === undefined
          ? t('goals.help.reviveNever', { name })
          : t('goals.help.revive', {
              name,
              ago: formatRelativeDays(-Math.round((now - at) / 86_400_000)),
            })}
      </Link>
    </li>
  );
}
