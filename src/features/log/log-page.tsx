import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { openLogSheet, useLogSheetStore } from '../../components/log-sheet-store';
import { useI18n } from '../../i18n/use-i18n';

/**
 * The /log route (the manifest's shortcut): opens the log sheet at once, prefilled with
 * ?person=<id> when given, over a short page. Closing the sheet goes to This week.
 */
export default function LogPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const personId = searchParams.get('person');

  useEffect(() => {
    openLogSheet(personId ? [personId] : []);
    return useLogSheetStore.subscribe((state, previous) => {
      if (previous.isOpen && !state.isOpen) void navigate('/');
    });
  }, [personId, navigate]);

  return (
    <section className="page">
      <h1>{t('log.title')}</h1>
      <p className="muted">{t('log.page.body')}</p>
    </section>
  );
}
