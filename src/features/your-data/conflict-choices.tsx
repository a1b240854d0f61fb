// Per-conflict choice: a field the user wrote or edited that the file says differently.
// "Keep mine" is the default, so confirming without looking never overwrites their edit.
import { useI18n } from '../../i18n/use-i18n';
import type { PreviewMatch } from '../../workers/import-protocol';
import { withChoice, type TakeFromFile } from './take-from-file';
import { fieldName, valueText } from './your-data-text';
import './your-data-messages';

export function ConflictChoices({
  matches,
  total,
  choices,
  onChange,
}: {
  matches: readonly PreviewMatch[];
  /** Every conflict in the file, also those past the preview's limit (kept as the user's). */
  total: number;
  choices: TakeFromFile;
  onChange: (choices: TakeFromFile) => void;
}) {
  const text = useI18n();
  const { t } = text;
  const conflicted = matches.filter((match) => match.conflicts.length > 0);
  if (conflicted.length === 0) return null;
  const shown = conflicted.reduce((sum, match) => sum + match.conflicts.length, 0);
  return (
    <section className="transfer-conflicts" aria-labelledby="transfer-conflicts-title">
      <h4 id="transfer-conflicts-title">{t('yourData.preview.conflictsTitle')}</h4>
      <p>{t('yourData.preview.conflictsIntro')}</p>
      {conflicted.flatMap((match) =>
        match.conflicts.map((conflict) => {
          const isFromFile = (choices[match.contactId] ?? []).includes(conflict.field);
          const name = `conflict-${match.contactId}-${conflict.field}`;
          const choose = (fromFile: boolean) => {
            onChange(withChoice(choices, match.contactId, conflict.field, fromFile));
          };
          return (
            <fieldset key={name} className="transfer-conflict">
              <legend>
                {t('yourData.conflict.legend', {
                  name: match.name,
                  field: fieldName(text, conflict.field),
                })}
              </legend>
              <label className="transfer-choice">
                <input
                  type="radio"
                  name={name}
                  checked={!isFromFile}
                  onChange={() => {
                    choose(false);
                  }}
                />
                <span>
                  {t('yourData.conflict.keepMine', { value: valueText(text, conflict.stored) })}
                </span>
              </label>
              <label className="transfer-choice">
                <input
                  type="radio"
                  name={name}
                  checked={isFromFile}
                  onChange={() => {
                    choose(true);
                  }}
                />
                <span>
                  {t('yourData.conflict.takeFile', { value: valueText(text, conflict.incoming) })}
                </span>
              </label>
            </fieldset>
          );
        }),
      )}
      {total > shown ? (
        <p className="muted">{t('yourData.preview.more', { count: total - shown })}</p>
      ) : null}
    </section>
  );
}
