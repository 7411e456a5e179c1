import { formatDate, todayIso } from '@/utils/format';

/** An instant as the day it fell on in Italy (Europe/Rome), written 30/06/2021. */
export function formatPublicationDate(instant: string | null | undefined): string {
  return instant ? formatDate(todayIso(new Date(instant))) : formatDate(null);
}
