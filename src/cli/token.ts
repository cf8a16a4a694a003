import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { issueToken, Scope } from '../modules/identity';

/**
 * `npm run token -- --scope REGION --code 510100 [--roles ADMIN,VIEWER] [--ttl 12h] [--sub name]`
 * prints a signed token. It signs with the same development key as the server (created by
 * whichever runs first), or with JWT_SECRET when configured.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scope: { type: 'string' },
      code: { type: 'string' },
      roles: { type: 'string', default: 'ADMIN' },
      ttl: { type: 'string', default: '12h' },
      sub: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const scope = values.scope?.toUpperCase();
  if (values.help || !scope || !(scope in Scope)) {
    console.error(
      'usage: npm run token -- --scope NATIONAL|PROVINCE|REGION|HOSPITAL --code CODE [--roles ADMIN] [--ttl 12h] [--sub NAME]',
    );
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfig();
  const token = await issueToken(config, {
    scope: scope as Scope,
    code: values.code,
    roles: values.roles ? values.roles.split(',').filter(Boolean) : [],
    expiresIn: values.ttl,
    subject: values.sub,
  });
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
