// Starts a parse worker: worker threads do not inherit tsx's loader, so it is registered here
// before the TypeScript module is imported. The build always runs under tsx.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
