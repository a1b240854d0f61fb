import { useRef } from 'react';
import { useFocusOnAppear } from '../../components/use-focus-on-appear';
import { useI18n } from '../../i18n/use-i18n';

/** Cancel in a confirmation: focus lands on this safe choice, so a stray Enter replaces nothing. */
export function CancelButton({
  onCancel,
  isDisabled = false,
}: {
  onCancel: () => void;
  isDisabled?: boolean;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLButtonElement>(null);
  useFocusOnAppear(ref);
  return (
    <button type="button" className="button" ref={ref} disabled={isDisabled} onClick={onCancel}>
      {t('common.cancel')}
    </button>
  );
}
