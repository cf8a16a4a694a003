import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { costNote, FIELD_COST } from '../../graphql/field-cost';
import { ADMIN_ROLE } from '../identity';
import { CatalogError } from './catalog.errors';
import { removeRows, requireOwnDraft, writeRows } from './catalog-rows.service';
import {
  validateBedDayCategories,
  validateDrgGroups,
  validateTcmDiseases,
  type Validated,
} from './catalog-rows.validation';
import { BED_DAY_CATEGORIES, DRG_GROUPS, TCM_DISEASES, type CatalogTable } from './catalog-tables';
import {
  BedDayCategoryInput,
  CatalogRowsPayload,
  DrgGroupInput,
  TcmDiseaseInput,
  UploadDipCatalogInput,
} from './catalog.inputs';
import { uploadDipCatalog } from './dip-catalog.upload';

const MAX_ROWS = 20_000;

async function upsert(
  ctx: RequestContext,
  versionId: string,
  table: CatalogTable,
  validated: Validated,
  what: string,
) {
  const version = await requireOwnDraft(ctx, versionId, table);
  const count = await writeRows(ctx, version, table, validated.rows, validated.errors, what);
  return { catalogVersion: version, count };
}

function capped<T>(rows: T[]): T[] {
  if (rows.length > MAX_ROWS)
    throw new CatalogError('INVALID_INPUT', `At most ${MAX_ROWS} rows per call`);
  return rows;
}

/** Writing rows into the caller's DRAFT versions: add or change by code, or remove. */
@Resolver()
export class CatalogRowsResolver {
  @Authorized(ADMIN_ROLE)
  @Mutation(() => CatalogRowsPayload, {
    description:
      'Add or change DRG groups of a draft by code (维护DRG病组); inherited rows become OVERRIDDEN. All rows or none.',
  })
  upsertDrgGroups(
    @Arg('versionId', () => ID, { description: 'The draft DRG version.' }) versionId: string,
    @Arg('groups', () => [DrgGroupInput], { description: 'Rows to write.' })
    groups: DrgGroupInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return upsert(ctx, versionId, DRG_GROUPS, validateDrgGroups(capped(groups)), 'DRG groups');
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => CatalogRowsPayload, {
    description:
      'Add or change TCM-advantage diseases of a draft (维护中医优势病种). All rows or none.',
  })
  upsertTcmDiseases(
    @Arg('versionId', () => ID, { description: 'The draft TCM_ADVANTAGE version.' })
    versionId: string,
    @Arg('diseases', () => [TcmDiseaseInput], { description: 'Rows to write.' })
    diseases: TcmDiseaseInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return upsert(
      ctx,
      versionId,
      TCM_DISEASES,
      validateTcmDiseases(capped(diseases)),
      'TCM-advantage diseases',
    );
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => CatalogRowsPayload, {
    description: 'Add or change bed-day categories of a draft (维护床日类别). All rows or none.',
  })
  upsertBedDayCategories(
    @Arg('versionId', () => ID, { description: 'The draft BED_DAY version.' }) versionId: string,
    @Arg('categories', () => [BedDayCategoryInput], { description: 'Rows to write.' })
    categories: BedDayCategoryInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return upsert(
      ctx,
      versionId,
      BED_DAY_CATEGORIES,
      validateBedDayCategories(capped(categories)),
      'Bed-day categories',
    );
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => CatalogRowsPayload, {
    complexity: FIELD_COST.UPLOAD,
    description:
      'Load a whole DIP catalog into a draft (上传DIP目录), JSON or CSV, replacing its groups and auxiliary rows. Validated by the DIP grouper itself; any bad row refuses the upload with every problem in extensions.rowErrors, and nothing is stored.' +
      costNote(FIELD_COST.UPLOAD),
  })
  async uploadDipCatalog(
    @Arg('input', () => UploadDipCatalogInput, { description: 'The draft and the catalog text.' })
    input: UploadDipCatalogInput,
    @Ctx() ctx: RequestContext,
  ) {
    const { version, count } = await uploadDipCatalog(ctx, input);
    return { catalogVersion: version, count };
  }

  @Authorized(ADMIN_ROLE)
  @Mutation(() => CatalogRowsPayload, { description: 'Remove rows of a draft by code (删除条目).' })
  async removeCatalogRows(
    @Arg('versionId', () => ID, { description: 'The draft version.' }) versionId: string,
    @Arg('codes', () => [String], { description: 'Codes of the rows to remove.' }) codes: string[],
    @Ctx() ctx: RequestContext,
  ) {
    const { version, count } = await removeRows(ctx, versionId, capped(codes));
    return { catalogVersion: version, count };
  }
}
