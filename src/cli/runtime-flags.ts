/**
 * V8 settings for a streaming run, set before anything else loads. Allocation-site pretenuring
 * watches the first collections and, when a literal's objects happen to be alive then (start-up
 * tables, the first batches in flight), allocates that literal straight into the old generation
 * from then on. In a stream every per-post object dies within a batch, so a wrong guess sends
 * kilobytes a post to the old generation: twice the full collections, GC time 1.3 → 3.5 s over a
 * million posts, and run times that differ by 15% from one run to the next on the same input.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-allocation-site-pretenuring');
