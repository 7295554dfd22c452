import '../../../libs/runtime/src/register-aliases';
import { teardownTemplate } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  await teardownTemplate();
}
