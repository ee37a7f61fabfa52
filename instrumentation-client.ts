// Runs in the browser before the app's own code. zod probes for eval with `new Function("")` when
// it builds an object schema; under the Content-Security-Policy (proxy.ts: no 'unsafe-eval') the
// probe is refused and reported as a violation, though zod catches it. Turning zod's JIT off before
// any schema is built skips the probe. The browser only parses small forms, so nothing is lost.
import { z } from "zod";

z.config({ jitless: true });
