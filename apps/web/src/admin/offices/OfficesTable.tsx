import { useTranslation } from '../../i18n/react';
import type { TOffice } from '@replies/shared';
import { NAME_LANGUAGES } from '../../entities/names';
import { LANGUAGE_INFO } from '../../i18n/languages';
import { TableRegion } from '../../ui/TableRegion';

interface OfficesTableProps {
  offices: readonly TOffice[];
  labelledBy: string;
  onEdit: (office: TOffice, trigger: HTMLButtonElement) => void;
}

export function OfficesTable({ offices, labelledBy, onEdit }: OfficesTableProps) {
  const { t } = useTranslation();
  if (offices.length === 0) return <p>{t('offices.empty')}</p>;
  return (
    <TableRegion
      labelledBy={labelledBy}
      tableClassName="table--entities"
      head={
        <>
          <th scope="col">{t('offices.columns.code')}</th>
          {NAME_LANGUAGES.map((language) => (
            <th key={language} scope="col">
              {t(`languageNames.${language}`)}
            </th>
          ))}
          <th scope="col">{t('offices.columns.website')}</th>
          <th scope="col">{t('offices.columns.email')}</th>
          <th scope="col">{t('offices.columns.actions')}</th>
        </>
      }
    >
      {offices.map((office) => (
        <tr key={office.code}>
          <td className="cell--code" id={`office-${office.code}-code`}>
            {office.code}
          </td>
          {NAME_LANGUAGES.map((language) => {
            const name = office.names[language];
            return name && name.trim() ? (
              <td key={language} lang={LANGUAGE_INFO[language].htmlLang} dir={LANGUAGE_INFO[language].dir}>
                {name}
              </td>
            ) : (
              <td key={language} className="cell--missing">
                <span aria-hidden="true">—</span>
                <span className="visually-hidden">{t('offices.missing')}</span>
              </td>
            );
          })}
          <td dir="ltr">{office.website ?? '—'}</td>
          <td dir="ltr">{office.email ?? '—'}</td>
          <td className="cell--actions">
            <button
              type="button"
              className="button button--small"
              onClick={(event) => onEdit(office, event.currentTarget)}
              aria-describedby={`office-${office.code}-code`}
            >
              {t('form.edit')}
            </button>
          </td>
        </tr>
      ))}
    </TableRegion>
  );
}
