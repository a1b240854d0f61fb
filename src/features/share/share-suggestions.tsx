import { memo, useId } from 'react';
import { nameOf } from '../../domain/contact';
import type { ShareSuggestion } from '../../domain/share/share-match';
import type { Contact, Id } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { matchText } from './match-text';
import './share-messages';

/** The suggestions shown: enough to choose from; the rest are a search away. */
export const SHOWN_SUGGESTIONS = 20;

type ShareSuggestionsProps = {
  suggestions: readonly ShareSuggestion[];
  /** How many more matched than are shown. */
  moreCount: number;
  /** People ticked before who no longer match what is shared now: kept, so no tick is lost. */
  earlierIds: readonly Id[];
  peopleById: ReadonlyMap<Id, Contact>;
  pickedIds: readonly Id[];
  onToggle: (id: Id, isPicked: boolean) => void;
};

/** The people whose expertise, tags or goals match, each with a tick box and what matched. */
/**
 * Memoised: each keystroke renders the screen at once with the suggestions of the text a
 * moment ago (useDeferredValue in share-page.tsx); the list is made again only once the
 * suggestions themselves change, not in that urgent render.
 */
export const ShareSuggestions = memo(function ShareSuggestions(props: ShareSuggestionsProps) {
  const { suggestions, moreCount, earlierIds, peopleById, pickedIds, onToggle } = props;
  const { t, formatList } = useI18n();
  const rows = [
    ...earlierIds.map((id) => ({ id, detail: t('share.pickedEarlier') })),
    ...suggestions.map((suggestion) => ({
      id: suggestion.personId,
      detail: t('share.matched', {
        matches: formatList(suggestion.matches.map((match) => matchText(match, t))),
      }),
    })),
  ];
  return (
    <fieldset className="share-suggestions">
      <legend>{t('share.suggestions')}</legend>
      <ul>
        {rows.map((row) => {
          const person = peopleById.get(row.id);
          return person ? (
            <SuggestionRow
              key={row.id}
              name={nameOf(person)}
              detail={row.detail}
              isPicked={pickedIds.includes(row.id)}
              onToggle={(isPicked) => {
                onToggle(row.id, isPicked);
              }}
            />
          ) : null;
        })}
      </ul>
      {moreCount > 0 ? <p className="muted">{t('share.more', { count: moreCount })}</p> : null}
    </fieldset>
  );
});

type SuggestionRowProps = {
  name: string;
  detail: string;
  isPicked: boolean;
  onToggle: (isPicked: boolean) => void;
};

function SuggestionRow({ name, detail, isPicked, onToggle }: SuggestionRowProps) {
  const detailId = useId();
  return (
    <li>
      <label>
        <input
          type="checkbox"
          checked={isPicked}
          aria-describedby={detailId}
          onChange={(event) => {
            onToggle(event.target.checked);
          }}
        />{' '}
        {name}
      </label>
      <p id={detailId} className="muted share-matched">
        {detail}
      </p>
    </li>
  );
}
