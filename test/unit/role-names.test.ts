import { roleNamesFor } from '../../src/db/role-names';

describe('roleNamesFor', () => {
  it('names the roles after a plain database name', () => {
    expect(roleNamesFor('yibao_graph')).toEqual({
      owner: 'yibao_graph_owner',
      app: 'yibao_graph_app',
    });
    expect(roleNamesFor('yibao_test_0a1b2c3d4e').app).toBe('yibao_test_0a1b2c3d4e_app');
  });

  it('keeps every name a plain identifier of at most 63 bytes, distinct per database', () => {
    const names = [
      'Yibao',
      'yibao',
      'yibao-graph',
      'yibao_graph-',
      'yibao graph',
      '医保平台',
      '2026_city',
      'a'.repeat(57),
      'a'.repeat(58),
      'b'.repeat(63),
      'x"; drop role postgres; --',
    ];
    const seen = new Set<string>();
    for (const name of names) {
      const roles = roleNamesFor(name);
      for (const role of [roles.owner, roles.app]) {
        expect({ name, role, plain: /^[a-z_][a-z0-9_]*$/.test(role) }).toEqual({
          name,
          role,
          plain: true,
        });
        expect(Buffer.byteLength(role)).toBeLessThanOrEqual(63);
        expect(seen.has(role)).toBe(false);
        seen.add(role);
      }
      expect(roles.owner.endsWith('_owner') && roles.app.endsWith('_app')).toBe(true);
    }
    // the longest plain name that fits is used as it is; one byte more is hashed
    expect(roleNamesFor('a'.repeat(57)).owner).toBe(`${'a'.repeat(57)}_owner`);
    expect(roleNamesFor('a'.repeat(58)).owner).toMatch(/^a{40}_[0-9a-f]{10}_owner$/);
    expect(roleNamesFor('Yibao').app).toMatch(/^yibao_[0-9a-f]{10}_app$/);
  });

  it('is deterministic (migrations derive the application role the same way)', () => {
    expect(roleNamesFor('yibao-graph')).toEqual(roleNamesFor('yibao-graph'));
    expect(() => roleNamesFor('')).toThrow();
  });
});
