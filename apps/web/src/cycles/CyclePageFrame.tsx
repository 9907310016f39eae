import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import type { TCycle } from '@replies/shared';
import { ApiError } from '../api/client';
import { LoadFailedAlert } from '../ui/Alert';
import { useFormat } from '../ui/format';
import { PageHeading } from '../ui/PageHeading';
import type { Loaded } from '../ui/useLoad';
import { cycleTitle } from './text';

interface CyclePageFrameProps {
  slug: string;
  /** The cycle the page belongs to, or null while it loads. */
  cycle: TCycle | null;
  /** Everything the page loads, the cycle first: the first error is shown, and Retry loads them all again. */
  loads: readonly Pick<Loaded<unknown>, 'error' | 'reload'>[];
  heading: string;
  headingId?: string;
  /** Said after the cycle's symbol under the heading; the cycle's title when not given. */
  lead?: ReactNode;
  /** Said when the server answers 404 or 403: the page's thing does not exist, or is not this user's. */
  notFound: string;
  /** The page's content once all it needs is loaded; null while it loads. */
  content: ReactElement | null;
}

/**
 * The frame of a page about one part of a cycle (a reply, its review, the audit trail, the report):
 * the breadcrumb back to the cycle, the heading, the cycle's symbol and title, and what to show while
 * the page loads or when loading failed.
 */
export function CyclePageFrame({
  slug,
  cycle,
  loads,
  heading,
  headingId,
  lead,
  notFound,
  content,
}: CyclePageFrameProps) {
  const { t } = useTranslation();
  const error = loads.find((load) => load.error != null)?.error ?? null;
  const isNotFound = error instanceof ApiError && (error.status === 404 || error.status === 403);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/cycles">{t('cycles.title')}</Link>
        {cycle && (
          <>
            <span aria-hidden="true"> › </span>
            <Link to={`/cycles/${slug}`}>{cycle.symbol}</Link>
          </>
        )}
      </p>
      <PageHeading id={headingId} title={cycle ? `${heading} – ${cycle.symbol}` : heading}>
        {heading}
      </PageHeading>
      {cycle && (
        <p className="lead">
          <span className="cycle-symbol">{cycle.symbol}</span> {lead ?? <CycleTitle cycle={cycle} />}
        </p>
      )}

      {error ? (
        isNotFound ? (
          <p>{notFound}</p>
        ) : (
          <LoadFailedAlert
            intro={t('errors.pageLoadFailed')}
            error={error}
            onRetry={() => loads.forEach((load) => load.reload())}
          />
        )
      ) : (
        (content ?? <p className="loading">{t('app.loading')}</p>)
      )}
    </>
  );
}

/** The title of a cycle, in the interface language when it has one there. */
function CycleTitle({ cycle }: { cycle: TCycle }) {
  const { language } = useFormat();
  const title = cycleTitle(cycle, language);
  return <span lang={title.lang}>{title.text}</span>;
}
