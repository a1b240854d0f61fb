import { NavLink, useMatch } from 'react-router-dom';
import { useI18n } from '../i18n/use-i18n';
import type { PlainMessageKey } from '../i18n/translate';
import { openLogSheet } from '../components/log-sheet-store';
import { Icon, type IconName } from '../components/icon';

const LINKS: { to: string; label: PlainMessageKey; icon: IconName }[] = [
  { to: '/', label: 'nav.thisWeek', icon: 'week' },
  { to: '/people', label: 'nav.people', icon: 'people' },
  { to: '/network', label: 'nav.network', icon: 'network' },
  { to: '/settings', label: 'nav.settings', icon: 'settings' },
];

/**
 * Bottom navigation on phones, a side rail on wide screens. Log opens the log sheet, with
 * the person in it when pressed on a person's page.
 */
export function MainNav() {
  const { t } = useI18n();
  const personId = usePersonOnScreen();
  const [thisWeek, people, network, settings] = LINKS.map((link) => (
    <li key={link.to}>
      <NavLink to={link.to} end={link.to === '/'} className="nav-link">
        <Icon name={link.icon} />
        <span>{t(link.label)}</span>
      </NavLink>
    </li>
  ));
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {thisWeek}
        {people}
        <li>
          <button
            type="button"
            className="nav-link nav-log"
            onClick={() => {
              openLogSheet(personId === undefined ? [] : [personId]);
            }}
          >
            <Icon name="log" />
            <span>{t('nav.log')}</span>
          </button>
        </li>
        {network}
        {settings}
      </ul>
    </nav>
  );
}

/** The person whose page is showing, if it is one (the new-person form is not). */
function usePersonOnScreen(): string | undefined {
  const personId = useMatch('/people/:personId')?.params.personId;
  return personId === 'new' ? undefined : personId;
}
