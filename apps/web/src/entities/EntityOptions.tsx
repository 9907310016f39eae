import { useMemo } from 'react';
import { useTranslation } from '../i18n/react';
import { ENTITY_TYPES, type TEntity, type TEntityType } from '@replies/shared';
import { asLanguage } from '../i18n/languages';
import { entityName, sortByName } from './names';

/** The <option>s of an entity <select>, grouped States / United Nations system / other organizations. */
export function EntityOptions({ entities }: { entities: readonly TEntity[] }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage);
  const groups = useMemo(() => {
    const sorted = sortByName(entities, language);
    return ENTITY_TYPES.map((type) => ({ type, entities: sorted.filter((e) => e.type === type) }));
  }, [entities, language]);

  return groups
    .filter((group) => group.entities.length > 0)
    .map((group) => (
      <optgroup key={group.type} label={t(`entityGroups.${group.type}`)}>
        {group.entities.map((entity) => {
          const name = entityName(entity, language);
          return (
            <option key={entity.code} value={entity.code} lang={name.lang}>
              {name.text}
            </option>
          );
        })}
      </optgroup>
    ));
}

/** The <option>s of a <select> of entity groups (States, United Nations system…), in the interface language. */
export function EntityGroupOptions({ groups = ENTITY_TYPES }: { groups?: readonly TEntityType[] }) {
  const { t } = useTranslation();
  return groups.map((type) => (
    <option key={type} value={type}>
      {t(`entityGroups.${type}`)}
    </option>
  ));
}
