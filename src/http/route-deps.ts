// What route modules receive from the app: the database and the configuration, nothing global.
import type pg from 'pg';
import type { Config } from '../config.ts';

export interface RouteDeps {
  db: pg.Pool;
  config: Config;
}
