import { useTranslation } from '../../i18n/react';
import type { TEntity } from '@replies/shared';
import { NAME_LANGUAGES } from '../../entities/names';
import { LANGUAGE_INFO } from '../../i18n/languages';
import { TableRegion } from '../../ui/TableRegion';

interface EntitiesTableProps {
  entities: readonly TEntity[];
  labelledBy: string;
  onEdit: (entity: TEntity, trigger: HTMLButtonElement) => void;
}

export function EntitiesTable({ entities, labelledBy, onEdit }: EntitiesTableProps) {
  const { t } = useTranslation();
  if (entities.length === 0) return <p>{t('entities.empty')}</p>;
  return (
    <TableRegion
      labelledBy={labelledBy}
      tableClassName="table--entities"
      head={
        <>
          <th scope="col">{t('entities.columns.code')}</th>
          <th scope="col">{t('entities.columns.type')}</th>
          {NAME_LANGUAGES.map((language) => (
            <th key={language} scope="col">
              {t(`languageNames.${language}`)}
            </th>
          ))}
          <th scope="col">{t('entities.columns.actions')}</th>
        </>
      }
    >
      {entities.map((entity) => (
        <tr key={entity.code}>
          <td className="cell--code" id={`entity-${entity.code}-code`}>
            {entity.code}
          </td>
          <td>{t(`entityTypes.${entity.type}`)}</td>
          {NAME_LANGUAGES.map((language) => {
            const name = entity.names[language];
            return name && name.trim() ? (
              <td key={language} lang={LANGUAGE_INFO[language].htmlLang} dir={LANGUAGE_INFO[language].dir}>
                {name}
              </td>
            ) : (
              <td key={language} className="cell--missing">
                <span aria-hidden="true">—</span>
                <span className="visually-hidden">{t('entities.missing')}</span>
              </td>
            );
          })}
          <td className="cell--actions">
            <button
              type="button"
              className="button button--small"
              onClick={(event) => onEdit(entity, event.currentTarget)}
              aria-describedby={`entity-${entity.code}-code`}
            >
              {t('form.edit')}
            </button>
          </td>
        </tr>
      ))}
    </TableRegion>
  );
}
