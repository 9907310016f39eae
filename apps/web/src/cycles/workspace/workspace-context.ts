import type { Dispatch, SetStateAction } from 'react';
import { useOutletContext } from 'react-router';
import type { TCycle } from '@replies/shared';

export interface WorkspaceContext {
  cycle: TCycle;
  slug: string;
  onChanged: Dispatch<SetStateAction<TCycle | null>>;
}

/** The cycle that the workspace loaded once for all its pages. */
export const useWorkspace = () => useOutletContext<WorkspaceContext>();
