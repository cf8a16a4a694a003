import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { costNote, FIELD_COST } from '../../graphql/field-cost';
import { ADMIN_ROLE } from '../identity';
import { RulePackagePayload, UploadRulePackageInput } from './catalog.inputs';
import { RulePackage } from './rule-package.entity';
import { uploadRulePackage } from './rule-package.service';

@Resolver(() => RulePackage)
export class RulePackageResolver {
  @Authorized(ADMIN_ROLE)
  @Mutation(() => RulePackagePayload, {
    complexity: FIELD_COST.UPLOAD,
    description:
      'Upload a DRG rule package (上传分组规则包). It is compiled first; any problem refuses it whole, every problem listed in extensions.rowErrors (path + reason).' +
      costNote(FIELD_COST.UPLOAD),
  })
  async uploadRulePackage(
    @Arg('input', () => UploadRulePackageInput, { description: 'The package.' })
    input: UploadRulePackageInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { rulePackage: await uploadRulePackage(ctx, input) };
  }
}
