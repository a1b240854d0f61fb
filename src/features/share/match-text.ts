import type { ShareMatch } from '../../domain/share/share-match';
import type { I18n } from '../../i18n/i18n-context';
import './share-messages';

/** One thing that matched, in the user's words: expertise “Pricing”, goal “Expand …”. */
export function matchText(match: ShareMatch, t: I18n['t']): string {
  switch (match.source) {
    case 'expertise':
      return t('share.match.expertise', { label: match.label });
    case 'tag':
      return t('share.match.tag', { label: match.label });
    case 'goal':
      return t('share.match.goal', { label: match.label });
  }
}
