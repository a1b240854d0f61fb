import { useId, useMemo } from 'react';
import { searchNodes, type Graph } from '../../domain/graph';
import { useI18n } from '../../i18n/use-i18n';
import { setNetworkQuery, useNetworkStore } from './network-store';
import './network-messages';

/** Most people listed under the search box: enough to pick from, short enough to scan. */
const MAX_RESULTS = 8;

type NetworkSearchProps = {
  graph: Graph;
  isShown: Uint8Array;
  /** A person was picked: the screen selects them and brings them into view. */
  onPick: (node: number) => void;
};

/** Find a person by name, organisation or tag; Enter takes the first match. */
export function NetworkSearch({ graph, isShown, onPick }: NetworkSearchProps) {
  const { t, language } = useI18n();
  const id = useId();
  const query = useNetworkStore((state) => state.query);
  const results = useMemo(
    () => searchNodes(graph, query, language, MAX_RESULTS),
    [graph, query, language],
  );
  const isSearching = query.trim() !== '';
  const pick = (node: number) => {
    setNetworkQuery('');
    onPick(node);
  };
  return (
    <div className="network-search" role="search">
      <div className="field">
        <label htmlFor={id}>{t('network.search.label')}</label>
        <input
          id={id}
          type="search"
          value={query}
          placeholder={t('network.search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setNetworkQuery(event.target.value);
          }}
          onKeyDown={(event) => {
            const first = results[0];
            if (event.key === 'Enter' && first !== undefined) {
              event.preventDefault();
              pick(first);
            }
          }}
        />
      </div>
      {isSearching &&
        (results.length > 0 ? (
          <ul className="network-results" aria-label={t('network.search.results')}>
            {results.map((node) => {
              const person = graph.nodes[node];
              if (!person) return null;
              return (
                <li key={person.id}>
                  <button type="button" onClick={() => pick(node)}>
                    <span className="network-result-name">{person.label}</span>
                    {(person.organisation !== '' || isShown[node] !== 1) && (
                      <span className="muted">
                        {[
                          person.organisation,
                          isShown[node] === 1 ? '' : t('network.search.hidden'),
                        ]
                          .filter((part) => part !== '')
                          .join(' · ')}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted" role="status">
            {t('network.search.noMatch', { query: query.trim() })}
          </p>
        ))}
    </div>
  );
}
