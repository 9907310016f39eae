import { useTranslation } from '../../i18n/react';
import { NavLink } from 'react-router';

export const WORKSPACE_TABS = ['overview', 'invitations', 'replies', 'report', 'settings'] as const;
export type WorkspaceTab = (typeof WORKSPACE_TABS)[number];

export const tabHref = (slug: string, tab: WorkspaceTab) =>
  tab === 'overview' ? `/cycles/${slug}` : `/cycles/${slug}/${tab}`;

/** The parts of a cycle's workspace, each at its own address. */
export function CycleTabs({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('workspace.tabsLabel')}>
      <ul>
        {WORKSPACE_TABS.map((tab) => (
          <li key={tab}>
            <NavLink to={tabHref(slug, tab)} end className="tabs__link">
              {t(`workspace.tabs.${tab}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
