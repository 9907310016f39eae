import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import type { TEntity, TUpdateUser, TUser } from '@replies/shared';
import { UserRow, type AccountAction } from './UserRow';
import { TableRegion } from '../../ui/TableRegion';

interface UsersTableProps {
  users: readonly TUser[];
  selfId: string;
  entities: readonly TEntity[];
  onUpdate: (id: string, changes: TUpdateUser) => Promise<TUser>;
  onAccountAction: (id: string, action: AccountAction) => Promise<TUser>;
  announce: (message: string) => void;
  labelledBy: string;
}

export function UsersTable({
  users,
  selfId,
  entities,
  onUpdate,
  onAccountAction,
  announce,
  labelledBy,
}: UsersTableProps) {
  const { t } = useTranslation();
  const entityByCode = useMemo(() => new Map(entities.map((e) => [e.code, e])), [entities]);
  if (users.length === 0) return <p>{t('users.empty')}</p>;
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <TableRegion
      labelledBy={labelledBy}
      head={
        <>
          <th scope="col">{t('users.columns.email')}</th>
          <th scope="col">{t('users.columns.name')}</th>
          <th scope="col">{t('users.columns.role')}</th>
          <th scope="col">{t('users.columns.entity')}</th>
          <th scope="col">{t('users.columns.status')}</th>
          <th scope="col">{t('users.columns.actions')}</th>
        </>
      }
    >
      {users.map((user) => (
        <UserRow
          key={user.id}
          user={user}
          isSelf={user.id === selfId}
          entities={entities}
          entityByCode={entityByCode}
          onUpdate={onUpdate}
          onAccountAction={onAccountAction}
          announce={announce}
        />
      ))}
    </TableRegion>
  );
}
