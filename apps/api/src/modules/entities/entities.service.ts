import { Injectable } from '@nestjs/common';
import type { TCreateOrganization, TEntity, TEntityType, TUpdateEntity } from '@replies/shared';
import { conflict, invalidField, notFound } from '../../common/domain-error';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { EntitiesRepository } from './entities.repository';
import { Transactions } from '../../database/transactions';
import { changedFields, nameColumns } from './name-columns';

const byEnglishName = new Intl.Collator('en', { sensitivity: 'base' });

@Injectable()
export class EntitiesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly entities: EntitiesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(type?: TEntityType): Promise<TEntity[]> {
    const entities = await this.entities.list(type);
    return entities.sort((a, b) => byEnglishName.compare(a.names.en, b.names.en));
  }

  async get(code: string): Promise<TEntity> {
    const entity = await this.entities.get(code.toUpperCase());
    if (!entity) throw notFound(`The entity ${code}`);
    return entity;
  }

  createOrganization(input: TCreateOrganization, actor: SessionUser): Promise<TEntity> {
    return this.transactions.run(async (tx) => {
      if (await this.entities.find(tx, input.code)) {
        throw conflict('ENTITY_EXISTS', `An entity with the code ${input.code} already exists.`);
      }
      const entity = await this.entities.create(tx, {
        code: input.code,
        type: input.type,
        acronymEn: input.acronymEn || null,
        ...nameColumns(input.names),
        nameEn: input.names.en,
      });
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'entity.create',
        targetType: 'Entity',
        targetId: entity.code,
        after: entity,
      });
      return entity;
    });
  }

  update(code: string, changes: TUpdateEntity, actor: SessionUser): Promise<TEntity> {
    return this.transactions.run(async (tx) => {
      const before = await this.entities.find(tx, code.toUpperCase());
      if (!before) throw notFound(`The entity ${code}`);
      if (changes.type && before.type === 'STATE') {
        throw invalidField('type', 'A State stays a State; only organizations move between groups.');
      }
      const columns = nameColumns(changes.names ?? {});
      const stored = await this.entities.editedFields(tx, before.code);
      const edited = changedFields(columns, {
        nameEn: before.names.en,
        nameFr: before.names.fr,
        nameEs: before.names.es,
        nameRu: before.names.ru,
        nameZh: before.names.zh,
        nameAr: before.names.ar,
      });
      // What the administrator changed is theirs: reloading the reference data at start-up leaves it alone.
      const after = await this.entities.update(tx, before.code, {
        type: changes.type,
        ...columns,
        editedFields: [...new Set([...stored, ...edited])],
      });
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'entity.update',
        targetType: 'Entity',
        targetId: before.code,
        before,
        after,
      });
      return after;
    });
  }
}
