import type { components } from '../../api/schema';

/** GET /api/my-day */
export type MyDay = components['schemas']['MyDayDto'];
export type MyDayTask = MyDay['tasks'][number];
export type MyDayHousehold = MyDay['households'][number];
export type MyDayRight = MyDayHousehold['openRights'][number];
