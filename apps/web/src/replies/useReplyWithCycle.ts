import { useParams } from 'react-router';
import { api } from '../api/client';
import { useLoad } from '../ui/useLoad';

/** Loads the cycle and the reply that a page's address names (`…/:slug/…/:entity`). */
export function useReplyWithCycle() {
  const { slug = '', entity: entityCode = '' } = useParams();
  // Names the reply: another cycle or entity shows nothing of the previous one.
  const key = `${slug}/${entityCode}`;
  const cycle = useLoad((signal) => api.cycles.get(slug, signal), slug);
  const reply = useLoad((signal) => api.replies.get(slug, entityCode, signal), key);
  return { slug, entityCode, key, cycle, reply };
}
