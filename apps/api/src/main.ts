import '../../../libs/runtime/src/register-aliases';
import { ConfigError, loadConfig } from './config/config';
import { createApp } from './app.factory';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
}

bootstrap().catch((err: unknown) => {
  console.error('Démarrage impossible :', err instanceof Error ? err.message : err);
  process.exit(1);
});
