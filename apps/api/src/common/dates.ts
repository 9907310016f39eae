import type { TIsoDate } from '@replies/shared';
import { appConfig } from '../config/config';

/** PostgreSQL DATE columns arrive as JavaScript Dates at UTC midnight. */
export const toIsoDate = (date: Date): TIsoDate => date.toISOString().slice(0, 10);
export const fromIsoDate = (date: TIsoDate): Date => new Date(`${date}T00:00:00.000Z`);

/** The Secretariat's calendar (UN Headquarters); REPORT_TIMEZONE overrides it. */
export const secretariatTimeZone = () => appConfig().reportTimeZone;
