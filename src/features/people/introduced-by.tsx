import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { useIntroducedBy } from '../../live-queries/use-introduced-by';
import { nameOf } from '../../domain/contact';
import { useI18n } from '../../i18n/use-i18n';

/** "Introduced by Anna" under a person's name, once an introduction made for the user says so. */
export function IntroducedBy({ personId }: { personId: string }) {
  const { t } = useI18n();
  const introducers = useIntroducedBy(personId);
  if (!introducers || introducers.length === 0) return null;
  return (
    <p className="person-introduced-by">
      {t('introductions.introducedBy')}{' '}
      {introducers.map((introducer, index) => (
        <Fragment key={introducer.id}>
          {index > 0 ? ', ' : null}
          <Link to={`/people/${introducer.id}`}>{nameOf(introducer)}</Link>
        </Fragment>
      ))}
    </p>
  );
}
