import { useTranslation } from '../i18n/react';
import { useMailSettings } from './useMailSettings';

/** Says plainly, wherever mail would leave, that no mail server is configured and nothing is sent. */
export function NoMailServerNotice({ what = 'general' }: { what?: 'general' | 'invite' | 'account' | 'receipt' }) {
  const { t } = useTranslation();
  if (useMailSettings() !== 'not-configured') return null;
  return <p className="alert alert--warning">{t(`mailServer.notConfigured.${what}`)}</p>;
}
