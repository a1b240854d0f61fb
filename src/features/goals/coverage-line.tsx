import { useI18n } from '../../i18n/use-i18n';
import type { Coverage } from '../../domain/goals/who-can-help';
import './goals-messages';

/** "Help within 24 hours for 3 of 4 needs", or that no need is named yet. */
export function CoverageLine({ coverage }: { coverage: Coverage | undefined }) {
  const { t } = useI18n();
  if (coverage === undefined) return null;
  return (
    <p className={coverage.covered < coverage.total ? 'goal-coverage has-gap' : 'goal-coverage'}>
      {coverage.total === 0
        ? t('goals.noNeeds')
        : t('goals.coverage', { covered: coverage.covered, count: coverage.total })}
    </p>
  );
}
