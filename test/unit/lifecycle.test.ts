import { refuseChange, retirementDay } from '../../src/domain/lifecycle';

/** The lifecycle catalog versions and payment standards share (services check it first). */
describe('version lifecycle', () => {
  it('lets only a draft change or publish', () => {
    expect(refuseChange('DRAFT')).toBeNull();
    expect(refuseChange('PUBLISHED')).toEqual({ reason: 'NOT_DRAFT', status: 'PUBLISHED' });
    expect(refuseChange('RETIRED')).toEqual({ reason: 'NOT_DRAFT', status: 'RETIRED' });
  });

  it('retires a published version from today or a later day, never an earlier one', () => {
    expect(retirementDay('PUBLISHED', undefined, '2026-03-01')).toEqual({ day: '2026-03-01' });
    expect(retirementDay('PUBLISHED', '2026-04-01', '2026-03-01')).toEqual({ day: '2026-04-01' });
    expect(retirementDay('PUBLISHED', '2026-02-28', '2026-03-01')).toEqual({
      reason: 'RETIRED_IN_PAST',
      requested: '2026-02-28',
    });
    expect(retirementDay('DRAFT', '2026-04-01', '2026-03-01')).toEqual({
      reason: 'NOT_PUBLISHED',
      status: 'DRAFT',
    });
    expect(retirementDay('RETIRED', undefined, '2026-03-01')).toMatchObject({
      reason: 'NOT_PUBLISHED',
    });
  });
});
