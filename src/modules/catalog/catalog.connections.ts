import { connectionTypes } from '../../graphql/relay';
import { CatalogVersion } from './catalog-version.entity';

export const { Connection: CatalogVersionConnection } = connectionTypes(
  CatalogVersion,
  'CatalogVersion',
  '目录版本',
);
