import { memo, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { failureText } from '../../components/failure-text';
import { showToast } from '../../components/toast-store';
import { currentTime } from '../../db/clock';
import { createIntroduction, deleteIntroduction } from '../../db/writes/introductions';
import { usePeopleList } from '../../live-queries/use-people';
import type { GoalHelpOfGoal } from '../../live-queries/use-goal-help';
import type { PeopleListPerson } from '../../db/codecs/people-rows';
import { nameOf } from '../../domain/contact';
import type { Helper, NeedHelp } from '../../domain/goals/who-can-help';
import type { IntroductionPath, Paths, RevivePath } from '../../domain/goals/paths';
import { isOpenIntroduction } from '../../domain/goals/introductions';
import type { Id, Introduction } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { CoverageLine } from './coverage-line';
import './goals-messages';

type People = ReadonlyMap<Id, PeopleListPerson>;

/** Everyone by id, made once per list read: the list is kept between visits (use-people.ts). */
const peopleOfList = new WeakMap<readonly PeopleListPerson[], People>();

function peopleByIdOf(list: readonly PeopleListPerson[]): People {
  let people = peopleOfList.get(list);
  if (people === undefined) {
    people = new Map(list.map((person) => [person.id, person]));
    peopleOfList.set(list, people);
  }
  return people;
}

/** Holders shown at first, warmest first; a need many people have would list thousands. */
export const HOLDERS_SHOWN = 5;
/** How many more each "Show more" adds. */
export const HOLDERS_MORE = 20;

/**
 * Per needed expertise, the people who have it, warmest first, each marked as a 24-hour
 * advisor or not and why not; for a need nobody warm covers, the ways to help: ties worth
 * reviving, and warm people who could introduce the user to someone who has it.
 */
export function GoalHelpSection({
  goalId,
  help,
  introductions,
}: {
  goalId: Id;
  help: GoalHelpOfGoal | undefined;
  /** The goal's introductions. */
  introductions: readonly Introduction[];
}) {
  const { t } = useI18n();
  const list = usePeopleList();
  const asked = useMemo(
    () =>
      introductions.filter(
        (introduction) => introduction.direction === 'for-me' && isOpenIntroduction(introduction),
      ),
    [introductions],
  );
  if (help === undefined || list === undefined) return null;
  const people = peopleByIdOf(list);
  return (
    <section className="goal-help" aria-labelledby="goal-help-title">
      <h2 id="goal-help-title">{t('goals.detail.help')}</h2>
      <CoverageLine coverage={help.coverage} />
      {help.needs.map((need) => (
        <NeedCard
          key={need.key}
          need={need}
          paths={help.paths.get(need.key)}
          people={people}
          goalId={goalId}
          asked={asked}
        />
      ))}
    </section>
  );
}

type NeedCardProps = {
  need: NeedHelp;
  paths: Paths | undefined;
  people: People;
  goalId: Id;
  /** Open introductions the user asked for, for this goal. */
  asked: readonly Introduction[];
};

/**
 * One need. Memoised: the People list's live query delivers its kept list again just after
 * the page opens, and every prop is then the same object, so the cards are not made twice.
 */
const NeedCard = memo(function NeedCard({ need, paths, people, goalId, asked }: NeedCardProps) {
  const { t } = useI18n();
  const headingId = `goal-need-${need.key.replace(/[^\w-]/g, '_')}`;
  const [shown, setShown] = useState(HOLDERS_SHOWN);
  const helpers = need.helpers.filter((helper) => people.has(helper.contactId));
  const more = Math.min(HOLDERS_MORE, helpers.length - shown);
  const revive = paths?.revive.filter((path) => people.has(path.contactId)) ?? [];
  const introductions =
    paths?.introductions.filter((path) => people.has(path.viaId) && people.has(path.toId)) ?? [];
  return (
    <section className="card goal-need" aria-labelledby={headingId}>
      <h3 id={headingId}>{need.expertise}</h3>
      {need.isCovered ? null : (
        <p className="goal-gap">
          {helpers.length === 0 ? t('goals.help.nobody') : t('goals.help.gap')}
        </p>
      )}
      {helpers.length > 0 ? (
        <ul className="goal-helpers" aria-label={t('goals.help.holders')}>
          {helpers.slice(0, shown).map((helper) => (
            <HelperRow key={helper.contactId} helper={helper} people={people} goalId={goalId} />
          ))}
        </ul>
      ) : null}
      {more > 0 ? (
        <p className="goal-helpers-more">
          <span className="muted">{t('goals.help.showing', { shown, count: helpers.length })}</span>{' '}
          <button
            type="button"
            className="button"
            onClick={() => {
              setShown((count) => count + HOLDERS_MORE);
            }}
          >
            {t('goals.help.showMore', { count: more })}
          </button>
        </p>
      ) : null}
      {revive.length + introductions.length > 0 ? (
        <>
          <h4 id={`${headingId}-paths`}>{t('goals.help.paths')}</h4>
          <ul className="goal-paths" aria-labelledby={`${headingId}-paths`}>
            {revive.map((path) => (
              <ReviveRow key={`revive-${path.contactId}`} path={path} people={people} />
            ))}
            {introductions.map((path) => (
              <IntroductionRow
                key={`intro-${path.viaId}-${path.toId}`}
                path={path}
                people={people}
                goalId={goalId}
                requested={asked.find(
                  (introduction) =>
                    introduction.firstId === path.viaId && introduction.secondId === path.toId,
                )}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
});

type HelperRowProps = { helper: Helper; people: People; goalId: Id };

/** A holder of the expertise, with an "Ask" that opens their page's ask form for this goal. */
function HelperRow({ helper, people, goalId }: HelperRowProps) {
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
      </span>{' '}
      <Link
        to={`/people/${person.id}?ask=${encodeURIComponent(goalId)}`}
        className="goal-helper-ask"
        aria-label={t('goals.help.askLabel', { name: nameOf(person) })}
      >
        {t('goals.help.ask')}
      </Link>
    </li>
  );
}

function ReviveRow({ path, people }: { path: RevivePath; people: People }) {
  const { t, formatDaysAgo } = useI18n();
  const person = people.get(path.contactId);
  if (person === undefined) return null;
  const name = nameOf(person);
  return (
    <li>
      <Link to={`/people/${person.id}`}>
        {path.daysSinceTouch === undefined
          ? t('goals.help.reviveNever', { name })
          : t('goals.help.revive', { name, ago: formatDaysAgo(path.daysSinceTouch) })}
      </Link>
    </li>
  );
}

type IntroductionRowProps = {
  path: IntroductionPath;
  people: People;
  goalId: Id;
  /** The open request for this very introduction, when the user has made one. */
  requested: Introduction | undefined;
};

/**
 * A path through someone the user knows: one tap records the request ("ask Anna to
 * introduce me to Erik", for this goal), which then shows on both people's pages to be
 * moved through its yeses; Undo takes the request back.
 */
function IntroductionRow({ path, people, goalId, requested }: IntroductionRowProps) {
  const { t } = useI18n();
  const via = people.get(path.viaId);
  const to = people.get(path.toId);
  if (via === undefined || to === undefined) return null;
  const names = { via: nameOf(via), to: nameOf(to) };

  async function request() {
    try {
      const id = await createIntroduction({
        direction: 'for-me',
        firstId: path.viaId,
        secondId: path.toId,
        goalId,
        note: '',
        at: currentTime(),
      });
      showToast({
        message: t('goals.help.requested', names),
        actionLabel: t('common.undo'),
        onAction: async () => {
          try {
            await deleteIntroduction(id);
          } catch (error) {
            showToast({ tone: 'error', message: failureText(error, t) });
          }
        },
      });
    } catch (error) {
      showToast({
        tone: 'error',
        message: t('goals.help.requestFailed', { reason: failureText(error, t) }),
      });
    }
  }

  return (
    <li className="goal-path">
      <Link to={`/people/${via.id}`}>
        {t('goals.help.introduce', { ...names, how: t(`goals.help.through.${path.through}`) })}
      </Link>{' '}
      {requested ? (
        <Link to={`/people/${via.id}`} className="goal-path-requested">
          {t('goals.help.requestedState', names)}
        </Link>
      ) : (
        <button type="button" className="button" onClick={() => void request()}>
          {t('goals.help.request')}
        </button>
      )}
    </li>
  );
}
