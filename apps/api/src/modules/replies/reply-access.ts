import { canEdit, type TReplyState } from '@replies/shared';
import { conflict, forbidden } from '../../common/domain-error';
import { isSecretariat, type SessionUser } from '../auth/session-user';

export { isSecretariat };

/** A focal point reaches only their own entity's reply; the Secretariat reaches every reply. */
export function assertMayReach(user: SessionUser, entityCode: string) {
  if (!isSecretariat(user) && user.entityCode !== entityCode) {
    throw forbidden('You can only see and edit the reply of your own State or organization.');
  }
}

/** Once submitted, a reply changes only after the Secretariat returns it. */
export function assertEditable(status: TReplyState) {
  if (!canEdit(status)) {
    throw conflict(
      'NOT_EDITABLE',
      'This reply has been submitted: it can be changed again only if the Secretariat returns it.',
    );
  }
}
