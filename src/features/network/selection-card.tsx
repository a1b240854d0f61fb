import { Link } from 'react-router-dom';
import { openLogSheet } from '../../components/log-sheet-store';
import { TieBadge } from '../../components/tie-badge';
import type { GraphNode } from '../../domain/graph';
import { useI18n } from '../../i18n/use-i18n';
import './network-messages';

type SelectionCardProps = {
  node: GraphNode;
  /** How many shown people the selected one is linked to (the user not counted). */
  linkedCount: number;
  isBridge: boolean;
  onClear: () => void;
};

/** The selected person: who they are, and Open and Log. */
export function SelectionCard({ node, linkedCount, isBridge, onClear }: SelectionCardProps) {
  const { t } = useI18n();
  const name = node.isMe ? t('network.me') : node.label;
  return (
    <section className="card selection-card" aria-label={t('network.card.label')}>
      <div className="selection-heading">
        <h2>{name}</h2>
        <button
          type="button"
          className="button selection-clear"
          aria-label={t('network.card.clear')}
          title={t('network.card.clear')}
          onClick={onClear}
        >
          ×
        </button>
      </div>
      {node.isMe ? (
        <p className="muted">{t('network.card.meBody')}</p>
      ) : (
        <>
          <p className="selection-facts">
            {node.status && <TieBadge status={node.status} />}
            {node.tier && <span>{t(`network.tier.${node.tier}`)}</span>}
            {node.organisation !== '' && <span className="muted">{node.organisation}</span>}
          </p>
          <p className="muted selection-facts">
            <span>{t('network.card.knows', { count: linkedCount })}</span>
            {isBridge && <span>{t('network.card.bridge')}</span>}
            {node.flags.map((flag) => (
              <span key={flag}>{t(`network.flag.${flag}`)}</span>
            ))}
          </p>
          <div className="selection-actions">
            <Link
              to={`/people/${node.id}`}
              className="button primary"
              aria-label={t('network.card.openLabel', { name })}
            >
              {t('network.card.open')}
            </Link>
            <button
              type="button"
              className="button"
              aria-label={t('network.card.logLabel', { name })}
              onClick={() => {
                openLogSheet([node.id]);
              }}
            >
              {t('network.card.log')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
