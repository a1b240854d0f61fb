import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { TieBadge } from '../../components/tie-badge';
import type { Graph } from '../../domain/graph';
import { nameCollator } from '../../domain/name-order';
import { useI18n } from '../../i18n/use-i18n';
import './network-messages';

type NetworkListProps = {
  graph: Graph;
  /** Node indexes the filters show (the user's node among them, left out here). */
  shown: readonly number[];
};

/**
 * The graph's accessible equivalent: the same people the filters show on the graph, by
 * name, each a link to the person, with their status and tier in words.
 */
export function NetworkList({ graph, shown }: NetworkListProps) {
  const { t, language } = useI18n();
  const people = useMemo(() => {
    const { compare } = nameCollator(language);
    return shown
      .flatMap((index) => {
        const node = graph.nodes[index];
        return node && !node.isMe ? [node] : [];
      })
      .sort((a, b) => compare(a.label, b.label));
  }, [graph, shown, language]);
  if (people.length === 0) return <p className="card">{t('network.filter.noMatch')}</p>;
  return (
    <ul className="network-list" aria-label={t('network.list.label')}>
      {people.map((person) => (
        <li key={person.id} className="network-list-item">
          <Link to={`/people/${person.id}`} className="network-list-name">
            {person.label}
          </Link>
          <span className="network-list-facts">
            {person.status && <TieBadge status={person.status} />}
            {person.tier && <span className="muted">{t(`network.tier.${person.tier}`)}</span>}
            {person.organisation !== '' && <span className="muted">{person.organisation}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
