export { loadConfig, ConfigError } from './config';
export type { AppConfig } from './config';
export { projectRoot } from './project-root';
export { loadOrCreateSecret } from './local-secrets';
