import { useCallback } from 'react';
import { api } from '../../api/client';
import { useLoad } from '../../ui/useLoad';
import { InvitationsSection } from '../InvitationsSection';
import { FocalPointGaps } from '../FocalPointGaps';
import { InviteForm } from '../InviteForm';
import { useWorkspace } from './workspace-context';

/** Whom the cycle asked, how and when; new invitations and reminders. */
export default function InvitationsTab() {
  const { slug, onChanged } = useWorkspace();
  const invitations = useLoad((signal) => api.cycles.invitations(slug, signal), slug);
  const { reload } = invitations;
  const refresh = useCallback(() => {
    reload();
    // The first invitation opens the cycle.
    void api.cycles.get(slug).then(onChanged, () => undefined);
  }, [slug, onChanged, reload]);

  return (
    <>
      <InviteForm slug={slug} invitations={invitations.data ?? []} onInvited={refresh} />
      <InvitationsSection slug={slug} invitations={invitations} onReminded={refresh} />
      <FocalPointGaps invitations={invitations} onInvited={refresh} />
    </>
  );
}
