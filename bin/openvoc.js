#!/usr/bin/env node
// The `openvoc` command. The sources are TypeScript, run directly through tsx's loader: there is no
// separate build step for the server to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
