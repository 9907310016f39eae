import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { TCycle } from '@replies/shared';
import { api } from '../api/client';
import { slugOf } from '../cycles/text';
import { useFormat } from '../ui/format';
import { useLoad } from '../ui/useLoad';
import { loadAllChecks } from './checks';
import { ChecksSection } from './ChecksSection';
import { choiceParams, readChoice, type ReportChoice } from './choice';
import { CompiledVersions } from './CompiledVersions';
import { PublishSection } from './PublishSection';
import { ReportControls } from './ReportControls';
import { ReportPreview } from './ReportPreview';

/** The sections of the report page, all following the language and document chosen at the top. */
export function Report({ cycle }: { cycle: TCycle }) {
  const format = useFormat();
  const slug = slugOf(cycle);
  const [params, setParams] = useSearchParams();
  // Until one is chosen, the report is shown in the interface language.
  const choice = useMemo(() => readChoice(params, format.language), [params, format.language]);
  const setChoice = useCallback((next: ReportChoice) => setParams(choiceParams(next), { replace: true }), [setParams]);

  const checks = useLoad((signal) => loadAllChecks(slug, choice.addendum, signal), `${slug}/${choice.addendum}`);
  const versions = useLoad((signal) => api.report.versions(slug, signal), slug);
  // Bumped to compile again: the preview reloads, and with it the list of stored versions.
  const [compilation, setCompilation] = useState(0);

  const { reload: reloadChecks } = checks;
  const { reload: reloadVersions } = versions;
  const compileAgain = useCallback(() => {
    reloadChecks();
    setCompilation((n) => n + 1);
  }, [reloadChecks]);

  return (
    <>
      <ReportControls
        slug={slug}
        choice={choice}
        onChange={setChoice}
        onCompileAgain={compileAgain}
        onDownload={reloadVersions}
      />
      <div className="report-layout">
        <ChecksSection slug={slug} choice={choice} checks={checks} />
        <ReportPreview slug={slug} choice={choice} compilation={compilation} onLoaded={reloadVersions} />
      </div>
      <PublishSection
        cycle={cycle}
        choice={choice}
        checks={checks}
        versions={versions.data}
        onPublished={() => {
          reloadChecks();
          reloadVersions();
        }}
      />
      <CompiledVersions slug={slug} versions={versions} />
    </>
  );
}
