import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { ParsedImport } from '../../interop/import-types';
import { FilePick, IMPORT_ACCEPT } from '../../components/file-pick';
import { parsedFromPhoneContacts } from './phone-contacts';
import { useTransferServices } from './your-data-services';
import './your-data-messages';

/** The first step: choose a file, or (on Android Chrome) pick people from the phone. */
export function ImportStart({
  onFile,
  onPhoneContacts,
  notice,
}: {
  onFile: (file: File) => void;
  onPhoneContacts: (parsed: ParsedImport) => void;
  notice?: string | undefined;
}) {
  const { t } = useI18n();
  const { contactPicker } = useTransferServices();
  const picker = contactPicker();
  const [phoneMessage, setPhoneMessage] = useState<string>();

  const pickFromPhone = async () => {
    if (!picker) return;
    setPhoneMessage(undefined);
    try {
      const picked = await picker.select(['name', 'email', 'tel'], { multiple: true });
      if (picked.length === 0) setPhoneMessage(t('yourData.import.phoneNone'));
      else onPhoneContacts(parsedFromPhoneContacts(picked));
    } catch (error) {
      console.error('Ties could not open the phone contacts', error);
      setPhoneMessage(t('yourData.import.phoneFailed'));
    }
  };

  return (
    <>
      <p>{t('yourData.import.intro')}</p>
      {notice === undefined ? null : <p role="alert">{notice}</p>}
      <div className="transfer-actions">
        <FilePick
          label={t('yourData.import.pick')}
          accept={IMPORT_ACCEPT}
          onFile={onFile}
          isPrimary
        />
        {picker ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              void pickFromPhone();
            }}
          >
            {t('yourData.import.phone')}
          </button>
        ) : null}
      </div>
      <p role="status">{phoneMessage}</p>
    </>
  );
}
