import { Injectable } from '@nestjs/common';
import {
  cycleRuleViolations,
  nextCycleStatus,
  SESSION_RULES,
  type TCycle,
  type TCycleStatus,
  type ZCreateCycle,
  type ZUpdateCycle,
} from '@replies/shared';
import type { z } from 'zod';
import { conflict, DomainError, invalidField, notFound } from '../../common/domain-error';
import type { Tx } from '../../database/prisma.service';
import { AuditService } from '../audit/audit.service';
import { isSecretariat, type SessionUser } from '../auth/session-user';
import { CyclesRepository, type CycleData } from './cycles.repository';
import { Transactions } from '../../database/transactions';

const CANNOT = {
  close: (status: TCycleStatus) =>
    status === 'DRAFT'
      ? 'Nobody has been invited yet: there is nothing to close.'
      : `This cycle is already ${status.toLowerCase()}: only an open cycle can be closed.`,
  reopen: (status: TCycleStatus) => `This cycle is ${status.toLowerCase()}: only a closed cycle can be reopened.`,
};

export type CreateCycleInput = z.output<typeof ZCreateCycle>;
export type UpdateCycleInput = z.output<typeof ZUpdateCycle>;

/** A cycle's fields as given or merged, before the office and previous cycle are looked up. */
type CycleFields = Omit<CycleData, 'previousCycleId'> & { previousCycle: string | null };

@Injectable()
export class CyclesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly cycles: CyclesRepository,
    private readonly audit: AuditService,
  ) {}

  list(user: SessionUser): Promise<TCycle[]> {
    if (isSecretariat(user)) return this.cycles.list();
    return user.entityCode ? this.cycles.list({ invitedEntity: user.entityCode }) : Promise.resolve([]);
  }

  /** The cycle behind `ref`; a focal point sees only cycles their entity is invited to (404 otherwise). */
  async get(ref: string, user: SessionUser): Promise<TCycle> {
    const found = await this.cycles.findForEntity(ref, user.entityCode ?? null);
    if (!found || (!isSecretariat(user) && !(user.entityCode && found.invited))) {
      throw notFound(`The reporting cycle ${ref}`);
    }
    return found.cycle;
  }

  create(input: CreateCycleInput, actor: SessionUser): Promise<TCycle> {
    return this.transactions.run(async (tx) => {
      const data = await this.toData(
        tx,
        {
          ...input,
          session: input.session ?? null,
          sessionDates: input.sessionDates ?? null,
          agenda: input.agenda ? { ...input.agenda, listSymbol: input.agenda.listSymbol ?? null } : null,
          issuedOn: input.issuedOn ?? null,
          fullTextUrl: input.fullTextUrl ?? null,
          mandate: input.mandate ?? {},
          request: input.request ?? {},
          introduction: input.introduction ?? {},
          observations: input.observations ?? {},
          previousCycle: input.previousCycle ?? null,
        },
        null,
      );
      const cycle = await this.cycles.create(tx, data);
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'cycle.create',
        targetType: 'Cycle',
        targetId: cycle.id,
        cycleId: cycle.id,
        after: cycle,
      });
      return cycle;
    });
  }

  update(ref: string, changes: UpdateCycleInput, actor: SessionUser): Promise<TCycle> {
    return this.transactions.run(async (tx) => {
      const before = await this.cycles.findByRef(ref, tx);
      if (!before) throw notFound(`The reporting cycle ${ref}`);
      const pick = <K extends keyof UpdateCycleInput & keyof TCycle>(key: K) =>
        (changes[key] !== undefined ? changes[key] : before[key]) as TCycle[K];
      const merged: CycleFields = {
        symbol: pick('symbol'),
        resolution: pick('resolution'),
        organ: pick('organ'),
        officeCode: changes.officeCode ?? before.office?.code ?? '',
        session: pick('session'),
        sessionDates: pick('sessionDates'),
        agenda: changes.agenda
          ? { ...changes.agenda, listSymbol: changes.agenda.listSymbol ?? null }
          : changes.agenda === null
            ? null
            : before.agenda,
        issuedOn: pick('issuedOn'),
        reportLanguage: pick('reportLanguage'),
        fullTextUrl: pick('fullTextUrl'),
        title: pick('title'),
        mandate: pick('mandate'),
        request: pick('request'),
        introduction: pick('introduction'),
        observations: pick('observations'),
        noteVerbaleOn: pick('noteVerbaleOn'),
        orgLettersOn: pick('orgLettersOn'),
        cutoffOn: pick('cutoffOn'),
        replyWordLimit: pick('replyWordLimit'),
        summaryWordLimit: pick('summaryWordLimit'),
        newInformationOnly: pick('newInformationOnly'),
        previousCycle: changes.previousCycle !== undefined ? changes.previousCycle : (before.previousCycle?.id ?? null),
      };
      if (merged.symbol !== before.symbol && (await this.cycles.hasPublications(tx, before.id))) {
        throw conflict(
          'SYMBOL_LOCKED',
          'This report has been published: its symbol, printed in public addresses, can no longer change.',
        );
      }
      const problems = cycleRuleViolations(merged);
      if (problems.length) throw new DomainError(400, 'VALIDATION', problems[0].message, {}, problems);
      const data = await this.toData(tx, merged, before.id);
      const after = await this.cycles.update(tx, before.id, data);
      if (after.replyWordLimit !== before.replyWordLimit)
        await this.cycles.recountOverLimit(tx, before.id, after.replyWordLimit);
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'cycle.update',
        targetType: 'Cycle',
        targetId: before.id,
        cycleId: before.id,
        before,
        after,
      });
      return after;
    });
  }

  /** The editor closes a cycle (no more reminders; replies received now go to an addendum) or reopens it. */
  changeStatus(ref: string, event: 'close' | 'reopen', actor: SessionUser): Promise<TCycle> {
    return this.transactions.run(async (tx) => {
      const cycle = await this.cycles.findByRef(ref, tx);
      if (!cycle) throw notFound(`The reporting cycle ${ref}`);
      const stored = await this.cycles.lockStoredStatus(tx, cycle.id);
      const next = nextCycleStatus(cycle.status, event);
      if (!next) throw conflict('INVALID_TRANSITION', CANNOT[event](cycle.status));
      const after = await this.cycles.setStatus(tx, cycle.id, next);
      if (after.status !== next) {
        throw new DomainError(
          409,
          'CUTOFF_PASSED',
          `The cut-off date (${cycle.cutoffOn}) has passed: move it to a later date to reopen the cycle.`,
          {},
          undefined,
          { params: { date: cycle.cutoffOn } },
        );
      }
      await this.audit.record(tx, {
        actorId: actor.id,
        action: `cycle.${event}`,
        targetType: 'Cycle',
        targetId: cycle.id,
        cycleId: cycle.id,
        before: { status: stored },
        after: { status: next },
      });
      return after;
    });
  }

  private async toData(tx: Tx, input: CycleFields, selfId: string | null): Promise<CycleData> {
    if (await this.cycles.symbolTaken(tx, input.symbol, selfId ?? undefined)) {
      throw conflict('SYMBOL_TAKEN', `A reporting cycle for ${input.symbol} already exists.`);
    }
    const officeCode = input.officeCode ? await this.cycles.officeCode(tx, input.officeCode) : null;
    if (!officeCode) throw invalidField('officeCode', 'Choose one of the offices listed.');
    let previousCycleId: string | null = null;
    if (input.previousCycle) {
      const previous = await this.cycles.findByRef(input.previousCycle, tx);
      if (!previous || previous.id === selfId)
        throw invalidField('previousCycle', `There is no other reporting cycle ${input.previousCycle}.`);
      previousCycleId = previous.id;
    }
    const { previousCycle: _, ...fields } = input;
    return {
      ...fields,
      officeCode,
      // The Security Council has no sessions: a number left in the form is not kept.
      session: SESSION_RULES[input.organ].kind === 'none' ? null : input.session,
      orgLettersOn: [...input.orgLettersOn].sort(),
      previousCycleId,
    };
  }
}
