import { z } from 'zod';

// Extension pages forbid eval by their content security policy; without this zod would try to
// compile its fast paths with `new Function` and log a CSP violation on every first parse.
// Every entrypoint imports this module first, before any module that builds or runs a schema.
z.config({ jitless: true });
