import type { TcmAdvantageStandardRow } from './parameters';

/**
 * TCM-advantage standards below their pre-pilot standard (seed 000 二(二): the standard of a
 * TCM-advantage disease is not lower than before the pilot). A standard with any such row must
 * not be published; the rows are listed so the bureau can correct them.
 */
export function tcmStandardsBelowPrePilot(
  rows: readonly TcmAdvantageStandardRow[],
): TcmAdvantageStandardRow[] {
  return rows.filter((row) => row.standard.lt(row.prePilotStandard));
}
