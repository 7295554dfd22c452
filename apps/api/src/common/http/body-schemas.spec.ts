// The global pipe lets parameters without a zod schema through (ids, raw list queries), so a body
// typed with a plain class would reach a service unchecked. Every @Body() must have a schema: a zod
// DTO as its type, or a ZodBodyPipe of its own.
import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ZodBodyPipe } from './validation';

const MODULES = path.resolve(__dirname, '../../modules');

function controllerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? controllerFiles(path.join(dir, e.name)) : e.name.endsWith('.controller.ts') ? [path.join(dir, e.name)] : [],
  );
}

interface RouteArg {
  index: number;
  pipes: unknown[];
}

function bodyParams(): { route: string; checked: boolean }[] {
  const out: { route: string; checked: boolean }[] = [];
  for (const file of controllerFiles(MODULES)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(file) as Record<string, unknown>;
    for (const controller of Object.values(exported)) {
      if (typeof controller !== 'function') continue;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, RouteArg>;
        const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? []) as unknown[];
        for (const [key, arg] of Object.entries(args)) {
          if (Number(key.split(':')[0]) !== RouteParamtypes.BODY) continue;
          const checked = (types[arg.index] as { isZodDto?: boolean } | undefined)?.isZodDto === true || arg.pipes.some((p) => p instanceof ZodBodyPipe);
          out.push({ route: `${controller.name}.${method}`, checked });
        }
      }
    }
  }
  return out;
}

describe('request bodies', () => {
  it('are all parsed by a zod schema', () => {
    const bodies = bodyParams();
    expect(bodies.length).toBeGreaterThanOrEqual(15);
    expect(bodies.filter((b) => !b.checked).map((b) => b.route)).toEqual([]);
    expect(bodies.map((b) => b.route)).toContain('RightsController.transition');
  });
});
