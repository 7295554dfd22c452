import type { components } from '../../api/schema';

/** A task as the API returns it (GET /api/tasks). */
export type Task = components['schemas']['TaskDto'];
