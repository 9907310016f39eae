import { Injectable } from '@nestjs/common';
import type { TCreateOffice, TOffice, TUpdateOffice } from '@replies/shared';
import { conflict, notFound } from '../../common/domain-error';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { changedFields, nameColumns } from '../entities/name-columns';
import { OfficesRepository } from './offices.repository';
import { Transactions } from '../../database/transactions';

@Injectable()
export class OfficesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly offices: OfficesRepository,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<TOffice[]> {
    return this.offices.list();
  }

  create(input: TCreateOffice, actor: SessionUser): Promise<TOffice> {
    return this.transactions.run(async (tx) => {
      if (await this.offices.find(tx, input.code))
        throw conflict('OFFICE_EXISTS', `An office with the code ${input.code} already exists.`);
      const office = await this.offices.create(tx, {
        code: input.code,
        ...nameColumns(input.names),
        nameEn: input.names.en,
        website: input.website || null,
        email: input.email || null,
      });
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'office.create',
        targetType: 'Office',
        targetId: office.code,
        after: office,
      });
      return office;
    });
  }

  /** Changes names, website or e-mail address; what changes is marked as edited, so reloading the reference data keeps it. */
  update(code: string, changes: TUpdateOffice, actor: SessionUser): Promise<TOffice> {
    return this.transactions.run(async (tx) => {
      const before = await this.offices.find(tx, code);
      if (!before) throw notFound(`The office ${code}`);
      const columns = {
        ...nameColumns(changes.names ?? {}),
        website: changes.website === undefined ? undefined : changes.website || null,
        email: changes.email === undefined ? undefined : changes.email || null,
      };
      const edited = changedFields(columns, {
        nameEn: before.names.en,
        nameFr: before.names.fr,
        nameEs: before.names.es,
        nameRu: before.names.ru,
        nameZh: before.names.zh,
        nameAr: before.names.ar,
        website: before.website,
        email: before.email,
      });
      const after = await this.offices.update(tx, before.code, {
        ...columns,
        editedFields: [...new Set([...before.editedFields, ...edited])],
      });
      const { editedFields: _, ...shown } = before;
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'office.update',
        targetType: 'Office',
        targetId: before.code,
        before: shown,
        after,
      });
      return after;
    });
  }
}
