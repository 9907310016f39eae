import { useTranslation } from '../i18n/react';
import { CyclePageFrame } from '../cycles/CyclePageFrame';
import { entityName } from '../entities/names';
import { useEntities } from '../entities/store';
import { useFormat } from '../ui/format';
import { ReplyEditor } from './ReplyEditor';
import { useReplyWithCycle } from './useReplyWithCycle';

/** The reply of one State or organization to one cycle. */
export default function ReplyPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { entities } = useEntities();
  const { slug, entityCode, key, cycle, reply } = useReplyWithCycle();

  const entity = entities.find((e) => e.code === entityCode);
  const name = entity ? entityName(entity, format.language) : { text: entityCode, lang: format.language };

  return (
    <CyclePageFrame
      slug={slug}
      cycle={cycle.data}
      loads={[cycle, reply]}
      heading={t('reply.title', { entity: name.text })}
      // 404, and 403: the reply of another State or organization, which a focal point may not open.
      notFound={t('reply.notFound')}
      content={
        cycle.data && reply.data ? (
          <ReplyEditor
            key={key}
            cycle={cycle.data}
            slug={slug}
            entityCode={entityCode}
            entity={name}
            initial={reply.data}
          />
        ) : null
      }
    />
  );
}
