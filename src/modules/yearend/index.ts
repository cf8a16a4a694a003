/**
 * The year end of a province (年终): every region's twelve monthly batches closed, the regions'
 * annual clearing computed and approved, the province's inter-region
 * clearing computed and approved — each step through the modules' services and the job queue, as
 * the region or province whose step it is. Used by the demo year and the year benchmark.
 */
export {
  asPrincipal,
  awaitJob,
  clearInterRegionYear,
  clearRegionsAnnually,
  closeMonthsOfYear,
  yearEndPrincipal,
  type InterRegionCleared,
  type MonthsClosed,
  type YearEndDependencies,
} from './year-close';
export { seedDemoClosedYear, type DemoYearResult } from './yearend.demo';
export { YearEndError } from './yearend.errors';
