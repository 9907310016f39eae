import { useEffect, useState } from 'react';
import { api } from '../api/client';

type MailState = 'unknown' | 'configured' | 'not-configured';

let known: Promise<MailState> | undefined;

/** Whether the portal has a mail server (SMTP_URL): asked once per page load. */
export function useMailSettings(): MailState {
  const [state, setState] = useState<MailState>('unknown');
  useEffect(() => {
    let current = true;
    known ??= api.mail.settings().then(
      (settings) => (settings.configured ? 'configured' : 'not-configured'),
      () => {
        known = undefined;
        return 'unknown';
      },
    );
    void known.then((value) => current && setState(value));
    return () => {
      current = false;
    };
  }, []);
  return state;
}
