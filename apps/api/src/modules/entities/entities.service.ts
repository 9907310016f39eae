import { Injectable } from '@nestjs/common';
import type { TCreateOrganization, TEntity, TEntityNames, TEntityType, TUpdateEntity } from '@replies/shared';
import { conflict, invalidField, notFound } from '../../common/domain-error';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../auth/session-user';
import { EntitiesRepository } from './entities.repository';
import { Transactions } from '../../database/transactions';

const byEnglishName = new Intl.Collator('en', { sensitivity: 'base' });

/** Column values for names; an empty name becomes "not known yet". */
function nameColumns(names: Partial<TEntityNames>) {
  const value = (name: string | undefined) => (name === undefined ? undefined : name.trim() || null);
  return {
    nameEn: names.en?.trim() || undefined,
    nameFr: value(names.fr),
    nameEs: value(names.es),
    nameRu: value(names.ru),
    nameZh: value(names.zh),
    nameAr: value(names.ar),
  };
}

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
      const after = await this.entities.update(tx, before.code, {
        type: changes.type,
        ...nameColumns(changes.names ?? {}),
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
